#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, host
# unit tests, component tests in headless Chromium, and end-to-end tests
# against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
# The split points (src/ui/lazy.rs) exist only with the release build's feature.
cargo clippy --target wasm32-unknown-unknown --features split --lib --bins -- -D warnings
# The host builds the domain and its tests too, where sizes are 64-bit.
cargo clippy --all-targets -- -D warnings

step "host tests (domain, bad-file corpus, fuzz)"
cargo test

step "release build steps (node --test)"
node --test tests/build-steps.test.mjs

step "sync server (node --test: real server processes, Redis for several instances)"
node --test --test-concurrency=1 tests/sync/

step "component tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test 'web*'

step "release build"
trunk build --release

step "end-to-end tests (Playwright, Chromium)"
npx playwright test
