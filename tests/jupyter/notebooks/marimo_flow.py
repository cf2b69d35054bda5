"""The marimo notebook of the marimo end-to-end test (tests/jupyter/test_marimo_e2e.py).

As a new user writes it: the first cell makes the widget and calls ``open_chat``
before anything displays it; another cell wraps it in ``mo.ui.anywidget``; a reactive
cell reads ``ui.value`` and shows what came back to Python. Two buttons re-run cells:
one calls ``open_chat`` after display, one re-runs the cell that displays the widget.
"""
# ruff: noqa: B018  (marimo shows a cell's last expression, and a bare name makes a dependency)

import marimo

__generated_with = "0.25.2"
app = marimo.App()


@app.cell
def _():
    import json

    import marimo as mo

    from octocom_streamlit.jupyter import ChatWidget

    heard = []  # every event on_event hands to Python, in order
    w = ChatWidget(layout="inline", height=360, title="Glow & Co. skincare", on_event=heard.append)
    w.open_chat(
        "Before display: which serum suits dry skin?", image_url="https://cdn.glow.example/selfie.jpg"
    )
    ask = mo.ui.button(label="Ask about my order", value=0, on_click=lambda n: n + 1)
    again = mo.ui.button(label="Show the widget again", value=0, on_click=lambda n: n + 1)
    return again, ask, heard, json, mo, w


@app.cell
def _(again, mo, w):
    ui = mo.ui.anywidget(w)
    # Clicking "Show the widget again" re-runs this cell (it reads again.value).
    mo.vstack([mo.plain_text(f"display cell runs: {again.value + 1}"), ui])
    return (ui,)


@app.cell
def _(ask, w):
    if ask.value:
        w.open_chat(f"After display, click {ask.value}: where is my order?")
    ask
    return


@app.cell
def _(again):
    again
    return


@app.cell
def _(heard, json, mo, ui, w):
    ui.value  # depends on the widget: re-runs when the page reports an event
    typed = [e.content for e in heard if e.type == "customer_message"]
    delivered = [e.seq for e in heard if e.type == "delivered"]
    mo.plain_text(
        "python heard: "
        + json.dumps({"customer_messages": w.customer_messages, "on_event": typed, "delivered": delivered})
    )
    return


if __name__ == "__main__":
    app.run()
