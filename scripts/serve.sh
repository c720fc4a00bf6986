#!/usr/bin/env bash
# Install Winnow into .venv (pinned by requirements.lock) and start the service with the committed model.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c requirements.lock -e .
exec .venv/bin/winnow serve
