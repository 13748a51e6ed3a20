#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently: a second run
# on a machine that has it all takes a few seconds. Nothing is downloaded from
# GitHub (this network can't reach it): crates.io, npm and Debian only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
log() { printf '[install] %s\n' "$*" >&2; }

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  rustup component list --installed | grep -q "^$comp" || rustup component add "$comp"
done

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
command -v gzip >/dev/null || need_apt+=(gzip)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  log "trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  log "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Without --locked: its lockfile pins a crate this registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Node tools (wasm-opt from npm's binaryen, Playwright) are pinned by
# package-lock.json. Playwright must not download a browser: Debian's is used.
if [ ! -f node_modules/.install-stamp ] || [ package-lock.json -nt node_modules/.install-stamp ]; then
  log "npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.install-stamp
fi
ver=$("$root/node_modules/.bin/wasm-opt" --version 2>/dev/null || true)
case "$ver" in
  *"version $BINARYEN_VERSION"*) ;;
  *) echo "wasm-opt from node_modules is '$ver', expected version $BINARYEN_VERSION" >&2; exit 1 ;;
esac
log "tools ready: $(trunk --version), $(wasm-bindgen --version), $ver, $(chromium --version 2>/dev/null)"
