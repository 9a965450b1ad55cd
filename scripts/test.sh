#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian machine, then runs them all (lint, unit, browser).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
python -m ruff check .
python -m ruff format --check .
python -m pytest "$@"
