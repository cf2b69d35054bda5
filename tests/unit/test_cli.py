"""The octocom-streamlit command: snippet, argument checks, exit codes, what it hands to Streamlit.

`demo` and `try-loader` starting a real server are tested end to end (tests/e2e/test_wheel.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import octocom_streamlit
from octocom_streamlit.cli import (
    STREAMLIT_DEFAULTS,
    check_loader,
    gallery_app,
    main,
    read_loader,
    streamlit_command,
    try_loader_app,
)
from octocom_streamlit.protocol.contract import OpenChatEvent

ROOT = Path(__file__).resolve().parents[2]


def command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "octocom_streamlit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version_and_help() -> None:
    version = command("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"octocom-streamlit {octocom_streamlit.__version__}"
    helped = command("--help")
    assert helped.returncode == 0
    for name in ("demo", "try-loader", "snippet", "--server.port"):
        assert name in helped.stdout
    assert "SNIPPET|URL|@FILE" in command("try-loader", "--help").stdout
    assert "streamlit options" in command("demo", "--help").stdout


@pytest.mark.parametrize(
    ("args", "content", "image_url"),
    [
        ([], None, None),
        (["Hello, I need help with my order."], "Hello, I need help with my order.", None),
        (
            ["See photo", "--image-url", "https://cdn.example.com/u/1.jpg"],
            "See photo",
            "https://cdn.example.com/u/1.jpg",
        ),
        (['</script><b>"hi"</b>'], '</script><b>"hi"</b>', None),
    ],
)
def test_snippet_prints_to_js(
    args: list[str], content: str | None, image_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["snippet", *args]) == 0
    assert capsys.readouterr().out == OpenChatEvent.create(content, image_url).to_js() + "\n"


@pytest.mark.parametrize(
    ("args", "field", "rule"),
    [
        (["   "], "message.content", "must not be empty"),
        (["x" * 10_001], "message.content", "10000"),
        (["--image-url", "https://cdn.example.com/a.png"], "message", "content is required"),
        (["Hi", "--image-url", "javascript:alert(1)"], "message.imageUrl", "http(s)"),
        (["Hi", "--image-url", "/relative.png"], "message.imageUrl", ""),
    ],
)
def test_invalid_snippet_names_field_and_rule_and_exits_2(args: list[str], field: str, rule: str) -> None:
    result = command("snippet", *args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"octocom-streamlit: {field}: ") and rule in result.stderr


def test_a_bad_loader_gets_the_error_loader_gets_and_exit_2(tmp_path: Path) -> None:
    bad = "<div>not a script</div>"
    at = AppTest.from_string(f"import octocom_streamlit as oc\noc.chat_widget(loader={bad!r})").run()
    (raised,) = at.exception
    result = command("try-loader", bad, "--server.port", "1")
    assert result.returncode == 2
    assert result.stderr == f"octocom-streamlit: {raised.message}\n"  # what loader= says
    assert "loader" in result.stderr and "<script>" in result.stderr

    snippet = tmp_path / "snippet.html"
    snippet.write_text('<script src="ftp://example.com/x.js"></script>')
    from_file = command("try-loader", f"@{snippet}")
    assert from_file.returncode == 2 and "loader" in from_file.stderr and "http(s)" in from_file.stderr
    missing = command("try-loader", f"@{tmp_path / 'nope.html'}")
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    assert command("try-loader").returncode == 2
    assert command("frobnicate").returncode == 2


def test_streamlit_gets_our_defaults_then_the_users_options() -> None:
    cmd = streamlit_command(Path("/x/app.py"), ["--server.port", "8600", "--server.address", "0.0.0.0"])
    assert cmd[:5] == [sys.executable, "-m", "streamlit", "run", "/x/app.py"]
    assert cmd[5:9] == list(STREAMLIT_DEFAULTS)
    assert STREAMLIT_DEFAULTS == ("--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false")
    # The user's options come last: Streamlit takes the last value of a repeated option.
    assert cmd[9:] == ["--server.port", "8600", "--server.address", "0.0.0.0"]


def test_the_apps_it_runs_exist() -> None:
    # From a source checkout (editable install) the gallery is demos/gallery; the wheel's copy is
    # tested end to end.
    assert gallery_app() == ROOT / "demos" / "gallery" / "app.py"
    assert try_loader_app().is_file()


def test_try_loader_accepts_a_snippet_a_url_or_a_file(tmp_path: Path) -> None:
    snippet = '<script src="https://widget.example.com/loader.js" data-bot-id="b1" async></script>'
    (tmp_path / "snippet.html").write_text(snippet)
    assert read_loader(f"@{tmp_path / 'snippet.html'}") == snippet
    assert read_loader("https://widget.example.com/loader.js") == "https://widget.example.com/loader.js"
    for loader in (snippet, "https://widget.example.com/loader.js", "<script>window.x = 1;</script>"):
        check_loader(loader)  # what chat_widget(loader=...) accepts, the command accepts


def test_the_docstring_examples_run() -> None:
    import doctest

    import octocom_streamlit.cli

    result = doctest.testmod(octocom_streamlit.cli)
    assert result.attempted >= 7 and result.failed == 0


def test_try_loader_says_a_loader_failure_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue #19: the page showed the failure twice (chat_widget's warning and its own error)."""
    from octocom_streamlit.cli import LOADER_ENV
    from octocom_streamlit.testing import send_widget_event

    monkeypatch.setenv(LOADER_ENV, '<script src="https://widget.example.com/loader.js" async></script>')
    at = AppTest.from_file(str(try_loader_app())).run()
    assert [info.value for info in at.info] == ["Loading your widget's script…"]
    send_widget_event(at, "loader_failed", error="the loader script could not be fetched (HTTP error)")
    at.run()
    said = [element.value for element in [*at.warning, *at.error, *at.info, *at.success]]
    assert len([text for text in said if "could not be fetched" in text]) == 1, said
    assert not at.info and not at.success  # no "Loading…" beside the failure
