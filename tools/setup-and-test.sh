#!/usr/bin/env bash
# Sets up a fresh Debian machine that has Node.js 20 and runs every test: installs the Debian
# packages the browser tests drive when they are missing (through sudo unless run as root), then
# `npm ci` and `npm test`. This is the README's test command, and CI (.ci/run) runs exactly it.
set -euo pipefail
cd "$(dirname "$0")/.."

# The tests drive Debian's Chromium, Firefox ESR and WebKitGTK (MiniBrowser under Xvfb through
# WebKitWebDriver); test tools may not download browsers of their own.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
# The WordPress plugin's suite (test/wordpress) runs Debian's WordPress 6.1 on PHP's built-in
# server with a MariaDB of its own.
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
[ -x /usr/bin/php ] || missing+=(php)
php -m 2>/dev/null | grep -qx mysqli || missing+=(php-mysql)
[ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
# The print test (test/print.test.ts) reads Chromium's PDF with poppler-utils: its text, its
# bitmaps, its pages as images.
[ -x /usr/bin/pdftoppm ] || missing+=(poppler-utils)
# The screen-reader test (test/a11y/screen-reader) runs Orca over AT-SPI on a private session bus,
# presses keys with xdotool, and turns accessibility on with gdbus.
[ -x /usr/bin/orca ] || missing+=(orca)
python3 -c 'import pyatspi' 2>/dev/null || missing+=(python3-pyatspi gir1.2-atspi-2.0)
[ -x /usr/bin/xdotool ] || missing+=(xdotool)
[ -x /usr/bin/dbus-run-session ] || missing+=(dbus-daemon dbus-x11)

if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "Installing ${missing[*]} needs root: run this as root, or install sudo." >&2
      exit 1
    fi
    as_root=(sudo)
  fi
  echo "Installing what the tests drive: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm test
