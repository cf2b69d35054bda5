"""The walk-through ``demos/skincare.ipynb`` runs top to bottom in a real kernel (nbclient)."""

from __future__ import annotations

import json
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from tests.support.paths import ROOT

DEMO = ROOT / "demos" / "skincare.ipynb"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def outputs(notebook: Any) -> list[dict[str, Any]]:
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]


def test_skincare_notebook_runs_top_to_bottom(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    notebook = nbformat.read(DEMO, as_version=4)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert not any(cell.get("outputs") for cell in code_cells), "commit the demo without outputs"
    resources = {"metadata": {"path": str(DEMO.parent)}}
    NotebookClient(notebook, timeout=60, kernel_name="python3", resources=resources).execute()

    produced = outputs(notebook)
    assert not [o for o in produced if o["output_type"] == "error"]
    views = [o["data"][WIDGET_VIEW]["model_id"] for o in produced if WIDGET_VIEW in o.get("data", {})]
    assert len(views) == 2 and len(set(views)) == 1  # one widget, displayed in two cells
    text = "".join(o.get("text", "") for o in produced if o["output_type"] == "stream")
    content = "Is the Vitamin C serum OK for sensitive skin?"
    question = {"type": "OPEN_OCTOCOM", "message": {"content": content}}
    assert f"detail: {json.dumps(question)}" in text
    assert "ChatWidget.open_chat(content='   '): content must not be empty or only white space" in text
    assert "ChatWidget.open_chat(image_url='https://example.com/selfie.jpg'): content is required" in text
    assert "ChatWidget.open_chat(image_url='javascript:alert(1)'): image_url must be an absolute" in text
    assert '"imageUrl": "https://cdn.glow.example/uploads/selfie.jpg"' in text
