"""The demo gallery's flows under AppTest, with octocom_streamlit.testing (no server, no browser).

The same pages in Chromium: tests/e2e/test_gallery.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Button

from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.testing import opened_chats, send_widget_event

GALLERY = Path(__file__).resolve().parents[2] / "demos" / "gallery" / "app.py"


@pytest.fixture
def gallery(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    # `streamlit run` puts the script's folder on sys.path (the gallery imports demo_log);
    # AppTest does so only in newer Streamlit versions.
    monkeypatch.syspath_prepend(str(GALLERY.parent))
    at = AppTest.from_file(str(GALLERY), default_timeout=30).run()
    assert not at.exception
    return at


def contents(events: list[OpenChatEvent]) -> list[str | None]:
    return [None if event.message is None else event.message.content for event in events]


def button(at: AppTest, label: str) -> Button:
    return next(b for b in at.button if b.label == label)


def log(at: AppTest) -> list[tuple[str, str]]:
    return [(entry["what"], entry["detail"]) for entry in at.session_state["gallery_event_log"]]


def test_the_guide_examples_send_the_guides_events_with_an_offline_photo(gallery: AppTest) -> None:
    at = gallery.switch_page("views/guide_examples.py").run()
    for key in [button.key for button in at.button]:
        at.button(key=key).click().run()
    sent = opened_chats(at)
    assert contents(sent) == [
        None,
        "Hello, I need help with my order.",
        "I ran into an issue during checkout.",
        "My parcel arrived damaged, see photo.",
    ]
    photo = sent[-1].message
    assert photo is not None and photo.image_url is not None
    assert photo.image_url.startswith("data:image/")  # no network needed to show it


def test_the_scripted_pricing_rule_is_sent_delayed_and_cancelled(gallery: AppTest) -> None:
    at = gallery.switch_page("views/scripted_flows.py").run()
    at.slider[0].set_value(5).run()
    button(at, "Visit the pricing page").click().run()
    button(at, "Leave the pricing page").click().run()
    at.text_input(key="flow-search").input("vitamin c").run()
    button(at, "Run search").click().run()
    sent = contents(opened_chats(at))
    assert sent == ["Can you help me choose a plan?", "I searched for: vitamin c"]
    assert ("open_chat", "Can you help me choose a plan?") in log(at)


def test_age_check_opens_the_chat_only_for_age_gated_products(gallery: AppTest) -> None:
    at = gallery.switch_page("views/age_check.py").run()
    at.radio[0].set_value("Sparkling water (6 pack)").run()
    at.button[0].click().run()
    assert opened_chats(at) == []
    at.radio[0].set_value("Islay single malt").run()
    at.button[0].click().run()
    (event,) = opened_chats(at)
    assert event.message is not None and "Islay single malt" in event.message.content


def test_a_search_with_no_results_sends_its_query_once(gallery: AppTest) -> None:
    at = gallery.switch_page("views/search_bar.py").run()
    at.text_input[0].input("serum").run()
    assert opened_chats(at) == []
    at.text_input[0].input("sunscreen for kids").run()
    at.run()  # a rerun does not send the same query again
    (sent,) = contents(opened_chats(at))
    assert sent == 'I searched for "sunscreen for kids" but found nothing. Can you help me?'


def test_what_the_visitor_does_in_the_widget_reaches_the_event_log(gallery: AppTest) -> None:
    send_widget_event(gallery, "opened", by="person")
    send_widget_event(gallery, "customer_message", content="Do you ship to Norway?")
    gallery.run()
    assert log(gallery)[-2:] == [("opened", "by person"), ("customer_message", "Do you ship to Norway?")]
    # The event log stays across pages: the widget is drawn once, in the entry script.
    at = gallery.switch_page("views/home.py").run()
    assert not at.exception
    send_widget_event(at, "closed", by="person")
    at.run()
    assert log(at)[-1] == ("closed", "by person")


@pytest.mark.parametrize(
    ("pieces", "request_text"),
    [
        ([], "Please recommend furniture in Japandi style"),
        (["Armchair"], "Please recommend an armchair in Japandi style"),
        (["Sofa"], "Please recommend a sofa in Japandi style"),
        (["Armchair", "Rug"], "Please recommend an armchair and a rug in Japandi style"),
        (["Sofa", "Lamp", "Shelf"], "Please recommend a sofa, a lamp and a shelf in Japandi style"),
    ],
)
def test_the_furniture_request_is_grammatical_for_every_choice(
    gallery: AppTest, pieces: list[str], request_text: str
) -> None:
    """Issue #19: "Please recommend a armchair", "a furniture" with nothing selected."""
    at = gallery.switch_page("views/furniture.py").run()
    at.selectbox[0].set_value("Japandi")
    at.multiselect[0].set_value(pieces).run()
    button(at, "Get recommendations").click().run()
    (sent,) = contents(opened_chats(at))
    assert sent == f"{request_text} for the room in this photo, within 1500 EUR."


def test_the_pricing_nudge_status_follows_what_happened(gallery: AppTest) -> None:
    """Issue #19: "The chat opens in 1 s, unless you leave the page" stayed after it opened."""
    at = gallery.switch_page("views/scripted_flows.py").run()
    at.slider[0].set_value(20).run()
    button(at, "Visit the pricing page").click().run()
    assert [info.value for info in at.info] == ["The chat opens in 20 s, unless you leave the page."]
    nudge = at.session_state["pricing_nudge"]
    at.session_state["pricing_nudge"] = {**nudge, "armed": nudge["armed"] - 21}  # 21 s on the page
    at.run()
    assert not at.info
    assert [success.value for success in at.success] == ["The chat opened after 20 s on the pricing page."]

    button(at, "Visit the pricing page").click().run()
    button(at, "Leave the pricing page").click().run()
    assert [info.value for info in at.info] == ["You left the pricing page after 0 s: the chat stays closed."]
    assert not at.success
