from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.jupyter.harness import JupyterServer


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/jupyter/" in str(item.path):
            item.add_marker(pytest.mark.jupyter)


@pytest.fixture(scope="module")
def jupyter_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterServer]:
    server = JupyterServer(Path(tmp_path_factory.mktemp("jupyter")))
    yield server
    server.stop()
