"""Firefox's :class:`~tests.support.engines.protocol.PageDriver`: Debian's ``firefox-esr`` over Marionette.

There is no geckodriver here: :func:`running_firefox` starts ``firefox-esr --headless --marionette``
itself with a fresh profile whose ``user.js`` sets the Marionette port (a free one) and turns off
updates, telemetry, first-run pages and every background service (each service URL points at
nothing), then connects Mozilla's own client (PyPI ``marionette-driver``). Page scripts run with
``sandbox=None``: in the page's own global, as the other engines run them. Each driver is a new tab
(its own sessionStorage and Streamlit session), closed in teardown.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from tests.support.engines import w3c
from tests.support.servers import free_port

FIREFOX = os.environ.get("OCTOCOM_FIREFOX", "/usr/bin/firefox-esr")

#: Preferences written to the fresh profile's user.js (besides ``marionette.port``).
PREFS: dict[str, object] = {
    # no updates of the browser, its add-ons or its search engines
    "app.update.disabledForTesting": True,
    "app.update.auto": False,
    "app.update.url": "",
    "extensions.update.enabled": False,
    "extensions.getAddons.cache.enabled": False,
    "extensions.blocklist.enabled": False,
    "browser.search.update": False,
    # no telemetry, health report or crash report
    "toolkit.telemetry.enabled": False,
    "toolkit.telemetry.unified": False,
    "toolkit.telemetry.archive.enabled": False,
    "toolkit.telemetry.server": "",
    "datareporting.healthreport.uploadEnabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "browser.crashReports.unsubmittedCheck.enabled": False,
    "browser.tabs.crashReporting.sendReport": False,
    # no first-run, welcome, what's-new or default-browser pages
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.page": 0,
    "browser.startup.homepage": "about:blank",
    "browser.startup.homepage_override.mstone": "ignore",
    "startup.homepage_welcome_url": "about:blank",
    "startup.homepage_welcome_url.additional": "",
    "browser.aboutwelcome.enabled": False,
    "trailhead.firstrun.branches": "nofirstrun-empty",
    "browser.newtabpage.enabled": False,
    "browser.newtab.preload": False,
    "browser.sessionstore.resume_from_crash": False,
    "browser.tabs.warnOnClose": False,
    "browser.warnOnQuit": False,
    # no network besides the pages the tests open: every service points at nothing
    "services.settings.server": "data:,#remote-settings-off",
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "browser.safebrowsing.downloads.enabled": False,
    "browser.safebrowsing.blockedURIs.enabled": False,
    "browser.safebrowsing.provider.google.updateURL": "",
    "browser.safebrowsing.provider.google4.updateURL": "",
    "browser.safebrowsing.provider.mozilla.updateURL": "",
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "network.dns.disablePrefetch": True,
    "network.prefetch-next": False,
    "network.http.speculative-parallel-limit": 0,
    "network.trr.mode": 5,
    "browser.ping-centre.telemetry": False,
    "browser.newtabpage.activity-stream.feeds.telemetry": False,
    "browser.newtabpage.activity-stream.telemetry": False,
    "browser.discovery.enabled": False,
    "extensions.systemAddon.update.enabled": False,
    "extensions.systemAddon.update.url": "",
    "media.gmp-manager.url": "",
    "media.gmp-gmpopenh264.enabled": False,
    "identity.fxaccounts.enabled": False,
    "geo.provider.network.url": "",
    "browser.region.network.url": "",
    "captivedetect.canonicalURL": "",
    "dom.push.connection.enabled": False,
    "privacy.sanitize.sanitizeOnShutdown": False,
    # nothing asks before a page unloads (a test tab closes whatever it shows)
    "dom.disable_beforeunload": True,
    # read chrome/userChrome.css (below): phone-sized windows
    "toolkit.legacyUserProfileCustomizations.stylesheets": True,
}

#: The browser window's stylesheet: Firefox keeps its window at least 500 px wide (the root's
#: ``min-width``, for its toolbars); phone-sized viewports (375 px) need narrower windows.
USER_CHROME = ":root { min-width: 0 !important; }\n"


def _user_js(port: int) -> str:
    import json

    prefs = {"marionette.port": port, **PREFS}
    return "".join(f"user_pref({json.dumps(name)}, {json.dumps(value)});\n" for name, value in prefs.items())


class FirefoxDriver(w3c.WebDriverPage):
    engine = "firefox"

    def __init__(self, firefox: Firefox) -> None:
        from marionette_driver.marionette import Actions

        self._firefox = firefox
        self._client = firefox.client
        self._actions = Actions(self._client)
        self._handle: str = self._client.open(type="tab", focus=True)["handle"]
        self._client.switch_to_window(self._handle, focus=True)

    def close(self) -> None:
        self._client.switch_to_window(self._handle, focus=True)
        self._client.close()
        self._client.switch_to_window(self._firefox.home, focus=True)

    def goto(self, url: str) -> None:
        self._client.navigate(url)

    def activate(self) -> None:
        self._client.switch_to_window(self._handle, focus=True)

    def run_js(self, body: str, *args: object) -> Any:
        return self._client.execute_script(body, script_args=list(args), sandbox=None)

    def _outer(self) -> tuple[int, int]:
        rect = self._client.window_rect
        return int(rect["width"]), int(rect["height"])

    def _perform(self, actions: w3c.Actions) -> None:
        self._actions.perform(actions)
        self._actions.release()

    def _resize(self, width: int, height: int) -> None:
        self._client.set_window_rect(width=width, height=height)

    def _png(self) -> bytes:
        return base64.b64decode(self._client.screenshot(full=False))


class Firefox:
    """A running headless Firefox and its Marionette session; :meth:`new_driver` opens a tab."""

    def __init__(self, client: Any, home: str) -> None:
        self.client = client
        self.home = home

    def new_driver(self) -> FirefoxDriver:
        return FirefoxDriver(self)


@contextmanager
def running_firefox() -> Iterator[Firefox]:
    """Start headless ``firefox-esr`` with Marionette on a free port in a fresh profile; quit on exit."""
    from marionette_driver.marionette import Marionette

    profile = Path(tempfile.mkdtemp(prefix="octocom-firefox-"))
    port = free_port()
    (profile / "user.js").write_text(_user_js(port))
    (profile / "chrome").mkdir()
    (profile / "chrome" / "userChrome.css").write_text(USER_CHROME)
    log = profile / "firefox.log"
    env = {**os.environ, "MOZ_HEADLESS": "1", "MOZ_CRASHREPORTER_DISABLE": "1"}
    with log.open("w") as out:
        process = subprocess.Popen(
            [FIREFOX, "--headless", "--marionette", "--no-remote", "--profile", str(profile), "about:blank"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    client = Marionette(host="127.0.0.1", port=port)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"firefox-esr exited early:\n{log.read_text()}")
            try:
                client.start_session()
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield Firefox(client, client.current_window_handle)
    finally:
        with suppress(Exception):
            client.delete_session()
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(profile, ignore_errors=True)
