"""Every ``>>>`` example in the package's docstrings is one that the doctest run executes.

``make test-python`` runs ``pytest --doctest-modules octocom_streamlit``, which finds examples
as :class:`doctest.DocTestFinder` does: only through the objects each module defines. A
docstring it cannot reach (say, a method of ``ArgumentError``, whose ``__module__`` is
``octocom_streamlit`` rather than its file's module) holds an example that never runs, so can
never fail. This test reads every docstring from the source and checks that the finder
reaches each one that holds an example.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
from pathlib import Path

import octocom_streamlit

PACKAGE = Path(octocom_streamlit.__file__).resolve().parent
#: Streamlit scripts that run when imported; the doctest run leaves them out (conftest.py).
SCRIPTS = {PACKAGE / "_apps" / "try_loader.py", PACKAGE / "__main__.py"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _docstrings_with_examples(path: Path) -> dict[str, str]:
    """Each docstring of ``path`` that holds ``>>>`` (cleaned, as ``inspect.cleandoc`` does), by name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {}
    if ">>>" in (ast.get_docstring(tree) or ""):
        found[ast.get_docstring(tree) or ""] = f"{path.name} (module)"
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            docstring = ast.get_docstring(node) or ""
            if ">>>" in docstring:
                found[docstring] = f"{path.name}: {node.name} (line {node.lineno})"
    return found


def test_every_docstring_example_is_collected_by_the_doctest_run() -> None:
    written: dict[str, str] = {}
    collected: set[str] = set()
    finder = doctest.DocTestFinder()
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in SCRIPTS:
            continue
        written |= _docstrings_with_examples(path)
        for test in finder.find(importlib.import_module(_module_name(path))):
            if test.examples and test.docstring is not None:
                collected.add(inspect.cleandoc(test.docstring))
    assert written, "no docstring examples found: is the package where this test looks?"
    never_run = sorted(name for docstring, name in written.items() if docstring not in collected)
    assert never_run == [], "these docstrings' examples are never run as doctests"
