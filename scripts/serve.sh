#!/usr/bin/env bash
# Installs what is missing, then builds and serves SDG Circle on http://127.0.0.1:8080
# (release build, rebuilt on every change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# No autoreload: its injected inline script would (rightly) be blocked by the CSP.
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080 "$@"
