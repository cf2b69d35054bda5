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
    return command_in(None, *args)


def test_version_and_help() -> None:
    version = command("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"octocom-streamlit {octocom_streamlit.__version__}"
    helped = command("--help")
    assert helped.returncode == 0
    for name in ("demo", "try-loader", "snippet", "notebooks", "--server.port"):
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
    ("args", "message"),
    [
        (["   "], "snippet '   ': CONTENT must not be empty or only white space"),
        (
            ["x" * 10_001],
            "snippet '" + "x" * 59 + "…': CONTENT must be at most 10000 characters long, got 10001",
        ),
        (
            ["--image-url", "https://cdn.example.com/a.png"],
            "snippet --image-url https://cdn.example.com/a.png: CONTENT is required when a message is given: "
            "an --image-url alone is not allowed by the openChatEvent contract (message.content is "
            "required). Give CONTENT with the image, or neither to only open",
        ),
        (
            ["Hi", "--image-url", "javascript:alert(1)"],
            "snippet --image-url 'javascript:alert(1)': --image-url must be an absolute http(s) URL or a "
            "data:image/...;base64, URL; got scheme 'javascript'",
        ),
        (
            ["Hi", "--image-url", "photo.jpg"],
            "snippet --image-url photo.jpg: --image-url must be an absolute http(s) URL or a "
            "data:image/...;base64, URL; got scheme '(none: relative or malformed)'. Give the https:// URL "
            "of the picture (the live widget fetches it: upload it to your storage first), or a "
            "data:image/...;base64, URL",
        ),
    ],
    ids=["blank", "long", "image alone", "javascript", "a file name"],
)
def test_invalid_snippet_input_is_named_as_typed_and_exits_2(args: list[str], message: str) -> None:
    result = command("snippet", *args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"octocom-streamlit: {message}\n"
    assert "message.imageUrl" not in result.stderr and "image_url" not in result.stderr


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        (
            "<script async></script>",
            "try-loader '<script async></script>': SNIPPET: a <script> with neither src nor code loads "
            'nothing; give it the src="https://..." of your Octocom widget, as in the snippet from your '
            "Octocom dashboard",
        ),
        (
            '<script src="https://octocom.ai/widget.js"',
            "try-loader '<script src=\"https://octocom.ai/widget.js\"': SNIPPET: the <script tag is not "
            'closed: it needs its ">" and a </script> after it; copy the whole snippet from your Octocom '
            "dashboard",
        ),
        (
            '<script src="https://octocom.ai/widget.js" async>',
            "try-loader '<script src=\"https://octocom.ai/widget.js\" async>': SNIPPET: the <script> "
            "element is not closed: end it with </script>; copy the whole snippet from your Octocom "
            "dashboard",
        ),
        (
            "octocom.ai/widget.js",
            "try-loader octocom.ai/widget.js: SNIPPET: the script URL has no https:// in front; give it in "
            "full: https://octocom.ai/widget.js",
        ),
    ],
    ids=["no src and no code", "an unfinished tag", "no </script>", "no https://"],
)
def test_try_loader_says_what_is_wrong_with_the_snippet(snippet: str, message: str) -> None:
    result = command("try-loader", snippet, "--server.port", "1")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"octocom-streamlit: {message}\n"


def test_a_bad_loader_gets_the_error_loader_gets_and_exit_2(tmp_path: Path) -> None:
    bad = "<div>not a script</div>"
    at = AppTest.from_string(f"import octocom_streamlit as oc\noc.chat_widget(loader={bad!r})").run()
    (raised,) = at.exception
    result = command("try-loader", bad, "--server.port", "1")
    assert result.returncode == 2
    # what loader= says, in the command's words
    assert raised.message == (
        "chat_widget(loader='<div>not a script</div>'): loader must be a script URL, a LoaderScript, or "
        "the <script> snippet from your Octocom dashboard (only <script> elements)"
    )
    assert result.stderr == (
        "octocom-streamlit: try-loader '<div>not a script</div>': SNIPPET must be a script URL, a "
        "LoaderScript, or the <script> snippet from your Octocom dashboard (only <script> elements)\n"
    )

    snippet = tmp_path / "snippet.html"
    snippet.write_text('<script src="ftp://example.com/x.js"></script>')
    from_file = command("try-loader", f"@{snippet}")
    assert (
        from_file.returncode == 2
        and "SNIPPET src must be" in from_file.stderr
        and "http(s)" in from_file.stderr
    )
    missing = command("try-loader", f"@{tmp_path / 'nope.html'}")
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    assert command("try-loader").returncode == 2
    assert command("frobnicate").returncode == 2


def command_in(folder: Path | None, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "octocom_streamlit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=folder,
    )


def test_notebooks_copies_the_two_walk_throughs_and_overwrites_nothing(tmp_path: Path) -> None:
    copied = command_in(tmp_path, "notebooks")
    assert copied.returncode == 0, copied.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["skincare.ipynb", "skincare_marimo.py"]
    for name in ("skincare.ipynb", "skincare_marimo.py"):
        assert (tmp_path / name).read_bytes() == (ROOT / "demos" / name).read_bytes()
    assert copied.stdout == (
        f"Copied skincare.ipynb and skincare_marimo.py into {tmp_path.resolve()}. Run them:\n"
        '  jupyter lab skincare.ipynb      # pip install "octocom-streamlit[jupyter]" jupyterlab\n'
        '  marimo run skincare_marimo.py   # pip install "octocom-streamlit[jupyter]" marimo\n'
    )
    (tmp_path / "skincare.ipynb").write_text("my own notes")
    again = command_in(tmp_path, "notebooks")
    assert again.returncode == 2
    assert again.stderr == (
        "octocom-streamlit: notebooks: skincare.ipynb and skincare_marimo.py already there; nothing was "
        "copied. Give another folder: octocom-streamlit notebooks FOLDER\n"
    )
    assert (tmp_path / "skincare.ipynb").read_text() == "my own notes"
    elsewhere = command_in(tmp_path, "notebooks", "walk-through")
    assert elsewhere.returncode == 0 and (tmp_path / "walk-through" / "skincare_marimo.py").is_file()
    assert "skincare.ipynb and skincare_marimo.py" in command("notebooks", "--help").stdout


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
    assert result.attempted >= 6 and result.failed == 0


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
