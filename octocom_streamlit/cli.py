"""The ``octocom-streamlit`` command (also ``python -m octocom_streamlit``).

* ``octocom-streamlit demo [streamlit options...]``: the demo gallery, from the
  installed package, on 127.0.0.1 by default.
* ``octocom-streamlit try-loader SNIPPET|URL|@FILE [streamlit options...]``: one page
  that loads your real Octocom widget and sends it the guide's examples.
* ``octocom-streamlit snippet [CONTENT] [--image-url URL]``: print the
  ``openChatEvent`` snippet of one open request.
* ``octocom-streamlit notebooks [FOLDER]``: copy the skincare walk-through notebooks
  (Jupyter and marimo) into FOLDER (default: the current folder).

Streamlit options (``--server.port 8600``, ``--server.headless true``...) are passed
through to ``streamlit run``; given ones win over this command's defaults.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from octocom_streamlit.arguments import ArgumentError, CommandLine, validate_call

PACKAGE = Path(__file__).resolve().parent
#: The environment variable that hands the validated loader to the try-loader page.
LOADER_ENV = "OCTOCOM_TRY_LOADER"
#: ``streamlit run`` options given before the user's own (the user's, given later, win).
STREAMLIT_DEFAULTS = ("--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false")

USAGE_ERROR = 2

#: The walk-through notebooks the wheel carries, and how to run each once copied.
NOTEBOOKS = {
    "skincare.ipynb": 'jupyter lab skincare.ipynb      # pip install "octocom-streamlit[jupyter]" jupyterlab',
    "skincare_marimo.py": 'marimo run skincare_marimo.py   # pip install "octocom-streamlit[jupyter]" marimo',
}


def gallery_app() -> Path:
    """Return the demo gallery's entry script: the copy in the wheel, or ``demos/`` of a checkout.

    Raises
    ------
    FileNotFoundError
        When neither is there.

    Examples
    --------
    >>> gallery_app().name
    'app.py'
    """
    packaged, checkout = PACKAGE / "_demos" / "gallery", PACKAGE.parent / "demos" / "gallery"
    for candidate in (packaged / "app.py", checkout / "app.py"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "the demo gallery is missing: it ships in octocom-streamlit's wheel "
        "(octocom_streamlit/_demos/gallery) and lives in demos/gallery of a source checkout"
    )


def demo_notebooks() -> list[Path]:
    """Return the walk-through notebooks: the copies in the wheel, or ``demos/`` of a checkout.

    Raises
    ------
    FileNotFoundError
        When they are in neither place.

    Examples
    --------
    >>> [path.name for path in demo_notebooks()]
    ['skincare.ipynb', 'skincare_marimo.py']
    """
    for folder in (PACKAGE / "_demos", PACKAGE.parent / "demos"):
        found = [folder / name for name in NOTEBOOKS]
        if all(path.is_file() for path in found):
            return found
    raise FileNotFoundError(
        "the demo notebooks are missing: they ship in octocom-streamlit's wheel (octocom_streamlit/_demos) "
        "and live in demos/ of a source checkout"
    )


def copy_notebooks(folder: Path) -> list[Path]:
    """Copy the walk-through notebooks into ``folder``; an existing file there exits with code 2.

    Parameters
    ----------
    folder : pathlib.Path
        Where to put them (created if missing). Nothing is overwritten: if either file
        is already there, nothing is copied.

    Returns
    -------
    list of pathlib.Path
        The copies.
    """
    sources = demo_notebooks()
    taken = [str(folder / source.name) for source in sources if (folder / source.name).exists()]
    if taken:
        _fail(
            f"notebooks: {' and '.join(taken)} already there; nothing was copied. Give another folder: "
            "octocom-streamlit notebooks FOLDER"
        )
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copyfile(source, folder / source.name)) for source in sources]


def try_loader_app() -> Path:
    """Return the try-loader page's script, part of the package.

    Examples
    --------
    >>> try_loader_app().name
    'try_loader.py'
    """
    return PACKAGE / "_apps" / "try_loader.py"


def streamlit_command(app: Path, streamlit_args: Sequence[str]) -> list[str]:
    """Return the ``python -m streamlit run`` command line for ``app`` with the user's options.

    Parameters
    ----------
    app : pathlib.Path
        The Streamlit script.
    streamlit_args : sequence of str
        The user's ``streamlit run`` options; they come after ours, so they win.

    Returns
    -------
    list of str

    Examples
    --------
    >>> streamlit_command(Path("app.py"), ["--server.port", "8600"])[-2:]
    ['--server.port', '8600']
    """
    return [sys.executable, "-m", "streamlit", "run", str(app), *STREAMLIT_DEFAULTS, *streamlit_args]


def _run_streamlit(app: Path, streamlit_args: Sequence[str], env: dict[str, str] | None = None) -> int:
    command = streamlit_command(app, streamlit_args)
    environ = {**os.environ, **(env or {})}
    if os.name == "posix":  # become the server: signals (Ctrl-C, a supervisor's TERM) reach it directly
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, command, environ)
    return subprocess.call(command, env=environ)  # pragma: no cover (Windows)


def _fail(message: str) -> NoReturn:
    print(f"octocom-streamlit: {message}", file=sys.stderr)
    raise SystemExit(USAGE_ERROR)


#: The words each command's input has on the command line, by the argument of the call it makes.
TRY_LOADER = CommandLine("try-loader", {"loader": "SNIPPET"})
SNIPPET = CommandLine("snippet", {"content": "CONTENT", "image_url": "--image-url"})


def read_loader(argument: str) -> str:
    """Return the loader text: ``@FILE`` reads the file, anything else is the snippet or URL.

    Parameters
    ----------
    argument : str
        ``SNIPPET``, ``URL`` or ``@FILE`` as given on the command line.

    Returns
    -------
    str
        The text to pass to ``chat_widget(loader=...)``; an unreadable file exits with code 2.

    Examples
    --------
    >>> read_loader("https://widget.example.com/loader.js")
    'https://widget.example.com/loader.js'
    """
    if argument.startswith("@"):
        path = Path(argument[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            _fail(f"loader: cannot read {path}: {error.strerror or error}")
    return argument


def check_loader(text: str) -> None:
    """Validate ``text`` exactly as ``chat_widget(loader=text)`` does; exit 2 with the error.

    Parameters
    ----------
    text : str
        The embed snippet, a script URL or inline ``<script>`` code.

    Examples
    --------
    >>> check_loader('<script src="https://widget.example.com/loader.js" async></script>')
    >>> check_loader("<script async></script>")  # prints "try-loader ...: SNIPPET: ..." on stderr, exits 2
    Traceback (most recent call last):
    SystemExit: 2
    """
    from octocom_streamlit.widget_options import OptionArguments

    try:  # the rules of chat_widget(loader=...)
        validate_call(TRY_LOADER, OptionArguments, {"loader": text})
    except ArgumentError as error:
        _fail(str(error))


_HELP = {
    "demo": "run the demo gallery (offline preview widget) from the installed package",
    "try-loader": "load your real Octocom widget in one page and send it the guide's examples",
    "snippet": "print the openChatEvent snippet (OpenChatEvent.create(...).to_js()) of one request",
    "notebooks": "copy the skincare walk-through notebooks (Jupyter, marimo) into a folder, to run them",
}


def _parser() -> argparse.ArgumentParser:
    from octocom_streamlit import __version__

    parser = argparse.ArgumentParser(
        prog="octocom-streamlit",
        description="Prototype Octocom chat-widget workflows (openChatEvent) in Streamlit.",
        epilog="Streamlit options after demo/try-loader go to `streamlit run` "
        "(e.g. --server.port 8600); the server listens on 127.0.0.1 unless --server.address is given.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.add_parser(
        "demo",
        help=_HELP["demo"],
        description=_HELP["demo"] + ".",
        usage="octocom-streamlit demo [streamlit options...]",
    )
    try_loader = commands.add_parser(
        "try-loader",
        help=_HELP["try-loader"],
        description=_HELP["try-loader"] + ".",
        usage="octocom-streamlit try-loader SNIPPET|URL|@FILE [streamlit options...]",
    )
    try_loader.add_argument(
        "loader",
        metavar="SNIPPET|URL|@FILE",
        help="the embed snippet from your Octocom dashboard, its script URL, or @file holding the snippet",
    )
    snippet = commands.add_parser("snippet", help=_HELP["snippet"], description=_HELP["snippet"] + ".")
    snippet.add_argument("content", nargs="?", default=None, help="the customer's message (omit: open only)")
    snippet.add_argument("--image-url", default=None, help="image sent with CONTENT")
    notebooks = commands.add_parser(
        "notebooks",
        help=_HELP["notebooks"],
        description=_HELP["notebooks"] + ": " + " and ".join(NOTEBOOKS) + ". Nothing is overwritten.",
        epilog="Then: " + "; ".join(run.split("  ")[0] for run in NOTEBOOKS.values()),
    )
    notebooks.add_argument(
        "folder", metavar="FOLDER", nargs="?", default=".", help="where to copy them (default: this folder)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``octocom-streamlit`` command.

    Parameters
    ----------
    argv : sequence of str or None
        The arguments after the program name (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        The exit status: 0, or 2 for invalid input (the field and the rule go to stderr).
        ``demo`` and ``try-loader`` become the Streamlit server and do not return on POSIX.

    Examples
    --------
    >>> main(["snippet", "Hi"])
    document.dispatchEvent(new CustomEvent("openChatEvent", {
      detail: {"type": "OPEN_OCTOCOM", "message": {"content": "Hi"}},
    }));
    0
    """
    args = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    # demo and try-loader pass everything after their own arguments to streamlit run.
    if args and args[0] == "demo" and not {"-h", "--help"} & set(args[1:]):
        return _run_streamlit(gallery_app(), args[1:])
    if args and args[0] == "try-loader" and len(args) > 1 and args[1] not in ("-h", "--help"):
        loader = read_loader(args[1])
        check_loader(loader)
        return _run_streamlit(try_loader_app(), args[2:], env={LOADER_ENV: loader})
    options = parser.parse_args(args)
    if options.command == "snippet":
        from octocom_streamlit.commands import MessageArguments

        try:
            arguments = {"content": options.content, "image_url": options.image_url}
            event = validate_call(SNIPPET, MessageArguments, arguments).event
        except ArgumentError as error:
            _fail(str(error))
        print(event.to_js())
        return 0
    if options.command == "notebooks":
        copies = copy_notebooks(Path(options.folder))
        names = " and ".join(path.name for path in copies)
        print(f"Copied {names} into {copies[0].parent.resolve()}. Run them:")
        for path in copies:
            print(f"  {NOTEBOOKS[path.name]}")
        return 0
    parser.print_help()  # demo/try-loader with --help, or try-loader without its loader
    return 0 if {"-h", "--help"} & set(args) else USAGE_ERROR
