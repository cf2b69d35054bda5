"""One small page driver for Chromium, Firefox and WebKit (see :mod:`.protocol`).

``ENGINES`` and ``PageDriver`` are the interface; ``chromium.py``, ``firefox.py`` and ``webkit.py``
implement it over Playwright, Marionette and WebKitWebDriver; ``fixtures.py`` gives tests a fresh
``driver`` per engine.
"""

from tests.support.engines.protocol import ENGINES, KEYS, PageDriver

__all__ = ["ENGINES", "KEYS", "PageDriver"]
