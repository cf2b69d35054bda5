#!/usr/bin/env bash
# The browser tests drive Debian's browsers (Playwright's own browser downloads do not work on
# these machines). Install what is missing, from Debian's packages:
#   chromium            /usr/bin/chromium (Playwright, every browser suite)
#   firefox-esr         /usr/bin/firefox-esr (Marionette, tests/browsers)
#   webkit2gtk-driver   /usr/bin/WebKitWebDriver and WebKitGTK's MiniBrowser (tests/browsers)
#   xvfb                /usr/bin/Xvfb: MiniBrowser needs an X display, the tests start their own
# Usage: ensure-browsers.sh [chromium] [firefox] [webkit]   (no argument: all three)
set -euo pipefail
engines=("$@")
if [ ${#engines[@]} -eq 0 ]; then engines=(chromium firefox webkit); fi
missing=()
for engine in "${engines[@]}"; do
  case "$engine" in
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    firefox) [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr) ;;
    webkit)
      [ -x /usr/bin/WebKitWebDriver ] && compgen -G "/usr/lib/*/webkit2gtk-4.*/MiniBrowser" >/dev/null \
        || missing+=(webkit2gtk-driver)
      [ -x /usr/bin/Xvfb ] || missing+=(xvfb)
      ;;
    *) echo "ensure-browsers.sh: unknown engine '$engine' (chromium, firefox or webkit)" >&2; exit 2 ;;
  esac
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for engine in "${engines[@]}"; do
  case "$engine" in
    chromium) /usr/bin/chromium --version 2>/dev/null ;;
    firefox) /usr/bin/firefox-esr --version ;;
    webkit) echo "WebKitGTK $(dpkg-query -W -f '${Version}\n' 'libwebkit2gtk-4.*' 2>/dev/null | head -n 1) (WebKitWebDriver, MiniBrowser)" ;;
  esac
done
