#!/usr/bin/env bash
# Installs what is missing, builds the release, and serves SDG Circle with its
# sync server for live sessions (sync/server.mjs) on http://127.0.0.1:8080.
#   bash scripts/serve.sh            this computer only
#   bash scripts/serve.sh --lan      also the local network: participants' phones
#                                    join over this computer's Wi-Fi (the QR codes
#                                    name its address)
# Other options go to the server: --port N, --data DIR (default sync-data/).
# After a change to the code, run it again.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release
exec node sync/server.mjs --port 8080 --dist dist --data sync-data "$@"
