#!/usr/bin/env bash
# Installs what SDG Circle needs and is missing; a second run does nothing.
# Everything comes from crates.io, npm or Debian apt: no other downloads.
#   bash scripts/setup.sh           build tools (Rust target, trunk, wasm-bindgen, npm packages)
#   bash scripts/setup.sh --browser also Debian's Chromium, ChromeDriver and redis-server, for the tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14          # trunk 0.22 needs a newer rustc than 1.95
WASM_SPLIT_VERSION=0.2.4       # splits the wasm into lazily loaded chunks (scripts/build-wasm.mjs)
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

command -v cargo >/dev/null || { echo "Rust (rustup) is required: https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js and npm are required" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}$"; then
  say "installing trunk ${TRUNK_VERSION} (one-off, about 10 minutes on 2 cores)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

# Must equal the wasm-bindgen crate in Cargo.lock, or trunk tries to download one.
# Not --locked: its lockfile pins a webpki-roots the registry here does not serve.
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}$"; then
  say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (one-off, about 3 minutes)"
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
fi

# The release build splits the wasm (scripts/build-wasm.mjs). It has no --version,
# so cargo's list of installed packages says which one is there.
if ! cargo install --list | grep -q "^wasm_split_cli_support v${WASM_SPLIT_VERSION}:"; then
  say "installing wasm-split-cli ${WASM_SPLIT_VERSION} (one-off, about 1 minute)"
  cargo install wasm_split_cli_support --version "${WASM_SPLIT_VERSION}" --features build-binary --locked
fi

# npm packages: Playwright (no browser download) and binaryen's wasm-opt 132
# (Debian's wasm-opt 108 produces a wasm that never mounts).
if ! [ -x node_modules/.bin/wasm-opt ] || ! [ -x node_modules/.bin/playwright ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  # redis-server: the test of two sync server instances behind one address.
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] || ! [ -x /usr/bin/redis-server ]; then
    say "installing Debian's chromium, chromium-driver and redis-server"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver redis-server >/dev/null
  fi
fi
