"""The package's layers: the wire at the bottom, no import circles.

Read from the source (every ``import``, also those inside functions; not those under
``if TYPE_CHECKING:``), so a lazy import cannot hide a circle.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "octocom_streamlit"
ROOT = PACKAGE.parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in PACKAGE.rglob("*.py")
        if "_demos" not in path.parts and "_frontend" not in path.parts
    }


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(path: Path) -> set[str]:
    """Every module name an import in ``path`` names (``from a import b``: ``a.b`` and ``a``)."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return names


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {imported for imported in _imported(path) if imported in modules and imported != name}
        for name, path in modules.items()
    }


def test_protocol_imports_only_itself_the_standard_library_and_pydantic() -> None:
    allowed_roots = set(sys.stdlib_module_names) | {"pydantic", "pydantic_core", "__future__"}
    for name, path in _modules().items():
        if not name.startswith("octocom_streamlit.protocol"):
            continue
        for imported in _imported(path):
            root = imported.split(".")[0]
            inside = imported.startswith("octocom_streamlit.protocol")
            allowed = inside or (root in allowed_roots and root != "octocom_streamlit")
            assert allowed, f"{name} imports {imported}"


def test_no_import_circle() -> None:
    graph = _graph()
    state: dict[str, str] = {}
    circles: list[list[str]] = []

    def walk(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for imported in sorted(graph[name]):
            if state.get(imported) == "open":
                circles.append([*trail[trail.index(imported) :], imported])
            elif imported not in state:
                walk(imported, [*trail, imported])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            walk(name, [name])
    assert circles == []


def test_the_graph_sees_imports_inside_functions() -> None:
    """The reader is not blind: cli.py imports the loader's rules inside a function."""
    assert "octocom_streamlit.widget_options" in _graph()["octocom_streamlit.cli"]
