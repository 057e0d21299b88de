#!/usr/bin/env bash
# The benchmark: builds the release, serves it with brotli as a real host does,
# measures it in headless Chromium (4x CPU, Slow 4G) and appends the table to
# bench/RESULTS.md. See the README's "Benchmark" section.
# Usage: bash bench/run.sh [--no-build] [--runs N] [--no-record]
#        bash bench/run.sh --profile [--no-build]   (a CPU profile of start-up instead)
# Port: BENCH_PORT (default 8150).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

build=1
profile=0
pass=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --profile) profile=1 ;;
    *) pass+=("$a") ;;
  esac
done
port="${BENCH_PORT:-8150}"

if [ "$build" = 1 ]; then
  trunk build --release
fi

# The site: the app as built, plus the static floor page with the same stylesheets.
site=bench/out/site
rm -rf "$site"
mkdir -p "$site/style"
cp -r dist/. "$site/"
cp style/*.css "$site/style/"
cp bench/static-home.html "$site/static-home.html"

if [ "$profile" = 1 ]; then
  # The same optimised code with its function names kept, so the profile names
  # Rust functions. Integrity hashes are dropped: this file differs from dist's.
  named=bench/out/site-named
  rm -rf "$named" && cp -r "$site" "$named"
  # The main module again from the split step's output (scripts/build-wasm.mjs),
  # demangled by wasm-bindgen this time; the same code, so the chunks still fit.
  wasm=$(cd dist && ls sdg_circle-*_bg.wasm)
  wasm-bindgen --target web --keep-lld-exports --no-typescript --out-dir bench/out/named-bindgen \
    --out-name sdg_circle target/wasm-split/release/split/sdg_circle.wasm
  wasm-opt bench/out/named-bindgen/sdg_circle_bg.wasm -Oz -g --low-memory-unused -o "$named/$wasm"
  # Demangling renames the exports the JS glue calls, so the glue comes from the
  # same wasm-bindgen run, importing the build's loader.
  glue=$(cd dist && ls sdg_circle-*.js)
  loader=$(cd dist && ls __wasm_split-*.js)
  sed "s|from \"./__wasm_split.js\"|from \"./$loader\"|" bench/out/named-bindgen/sdg_circle.js >"$named/$glue"
  sed -i 's/ integrity="[^"]*"//g' "$named/index.html"
  # The chunks with their (mangled) names too, so a page's own code is named.
  for chunk in target/wasm-split/release/split/chunk_*.wasm; do
    base=$(basename "$chunk" .wasm)
    shipped=$(cd dist && ls "$base"-*.wasm)
    wasm-opt "$chunk" -Oz -g --low-memory-unused -o "$named/$shipped" 2>/dev/null
  done
  site=$named
fi

node tests/e2e/server.mjs --brotli --port "$port" --dir "$site" >bench/out/server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  if node -e "fetch('http://127.0.0.1:$port/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  sleep 0.2
done

# The server brotli-compresses each file on its first request: do that now, so
# no measured load waits for the compressor.
node -e '
const [port, ...files] = process.argv.slice(1);
Promise.all(files.map((f) => fetch(`http://127.0.0.1:${port}/${f}`, { headers: { "accept-encoding": "br" } })
  .then((r) => r.arrayBuffer())));
' "$port" $(cd "$site" && find . -type f | sed "s|^\./||")

echo "load before: $(uptime)" >&2
if [ "$profile" = 1 ]; then
  node bench/profile.mjs --port "$port" ${pass[@]+"${pass[@]}"}
  exit
fi
node bench/bench.mjs --port "$port" ${pass[@]+"${pass[@]}"}
