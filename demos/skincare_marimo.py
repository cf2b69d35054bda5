"""A skincare flow with the Octocom chat widget, as a marimo notebook.

    marimo run demos/skincare_marimo.py    # as an app
    marimo edit demos/skincare_marimo.py   # to change it

The same flow as the gallery's *Skincare suggestions* page and ``demos/skincare.ipynb``:
a visitor answers two questions, adds a selfie and asks for a routine; the page
dispatches Octocom's ``openChatEvent`` once per request, and what the visitor types in
the widget comes back to Python (the last cell re-runs when it does).
"""
# ruff: noqa: B018  (marimo shows a cell's last expression)

import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium")


@app.cell
def _():
    import marimo as mo

    from octocom_streamlit.jupyter import ChatWidget

    chat = ChatWidget(
        layout="inline",
        height=460,
        title="Glow & Co. skincare",
        subtitle="Skin advisor · preview",
        greeting="Hi! Tell me about your skin and I'll suggest a routine.",
        accent_color="#be185d",
    )
    chat_ui = mo.ui.anywidget(chat)  # the widget as a marimo UI element: cells that use it re-run
    mo.md(
        """
        # Skincare suggestions, with the Octocom chat widget

        Answer two questions, add a selfie if you like, and ask for a routine: the chat opens
        with the question written for you, exactly as on the real site (Octocom's
        `openChatEvent`, dispatched once per request). This is the offline **preview
        widget**: no account, no network.
        """
    )
    return chat, chat_ui, mo


@app.cell
def _(mo):
    skin = mo.ui.dropdown(
        ["Dry", "Oily", "Combination", "Sensitive"], value="Dry", label="Your skin by midday"
    )
    concern = mo.ui.dropdown(
        ["Redness", "Breakouts", "Fine lines", "Dark spots"], value="Redness", label="Your main concern"
    )
    selfie = mo.ui.file(filetypes=[".png", ".jpg", ".jpeg", ".webp"], label="Add a selfie")
    ask = mo.ui.run_button(label="Ask for a routine")
    product = mo.ui.run_button(label="Ask about the Vitamin C serum")
    return ask, concern, product, selfie, skin


@app.cell
def _(ask, chat_ui, concern, mo, product, selfie, skin):
    mo.hstack(
        [mo.vstack([skin, concern, selfie, ask, mo.md("---"), product], gap=1), chat_ui],
        widths=[1, 2],
        align="start",
    )
    return


@app.cell
def _(ask, chat, concern, selfie, skin):
    # A run button is True only in the run its click caused: one open per click.
    if ask.value:
        message = (
            f"Hi! My skin feels {skin.value.lower()} by midday and my main concern is "
            f"{concern.value.lower()}. Which routine would you suggest?"
        )
        if selfie.value:
            chat.open_chat(message + " I attached a selfie.", image=selfie.contents())
        else:
            chat.open_chat(message)
        # The preview widget's scripted answer (Octocom's live widget answers by itself).
        chat.reply(
            f"Thanks! For {skin.value.lower()} skin and {concern.value.lower()}: a gentle cleanser, "
            "the Calm Serum in the evening and Hydra Balm morning and night."
        )
    return


@app.cell
def _(chat, product):
    if product.value:
        chat.open_chat("Is the Vitamin C serum OK for sensitive skin?")
        chat.reply("Yes: it is fragrance-free at 10 %. Start every other morning.")
    return


@app.cell
def _(chat, chat_ui, mo):
    chat_ui.value  # depends on the widget: re-runs when the visitor does something in it
    typed = chat.customer_messages
    mo.vstack(
        [
            mo.md("### What the visitor typed, back in Python"),
            mo.plain_text("\n".join(typed) if typed else "(nothing yet: type a message in the widget)"),
        ]
    )
    return


if __name__ == "__main__":
    app.run()
