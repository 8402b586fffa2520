#!/bin/sh
# Installs the Debian 12 packages jixiao builds and tests with, if any is missing.
# Idempotent and quiet when everything is there.  Uses sudo when not root.
set -eu
PKGS="build-essential cmake pkg-config libglib2.0-dev libjson-glib-dev libicu-dev icu-devtools
libutf8proc-dev libcmocka-dev libpoppler-glib-dev libcairo2-dev libsqlite3-dev libpq-dev
libxlsxwriter-dev clang libxml2-dev libzip-dev python3-jsonschema postgresql postgresql-client"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
