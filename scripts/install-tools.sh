#!/usr/bin/env bash
# Installs what the build and the tests need, idempotently: a second run on a
# machine that has it all takes a few seconds. Nothing is downloaded from
# GitHub (this network can't reach it): crates.io, npm and Debian only.
#
#   scripts/install-tools.sh [part...]     (no part: all of them)
#
#   rust      the wasm32 target, rustfmt and clippy (rustup)
#   bindgen   wasm-bindgen-cli, the version of Cargo.lock (cargo install)
#   trunk     Trunk (cargo install)
#   node      npm packages of package-lock.json: wasm-opt, esbuild, Playwright
#   browser   Debian's chromium and chromium-driver
#   compress  Debian's brotli and gzip (the byte budget)
#
# Debian packages need root. Run as another user, it installs nothing from
# Debian: it names what is missing, the command that installs it, and fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
CHROME_PATH=${CHROME_PATH:-$(sed -n 's/.*"binary": *"\([^"]*\)".*/\1/p' webdriver.json)}
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
log() { printf '[install] %s\n' "$*" >&2; }

parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(rust bindgen trunk node browser compress)
for p in "${parts[@]}"; do
  case $p in
    rust | bindgen | trunk | node | browser | compress | load) ;;
    *) log "unknown part '$p' (rust, bindgen, trunk, node, browser, compress, load)"; exit 2 ;;
  esac
done
want() { [[ " ${parts[*]} " == *" $1 "* ]]; }

# ---------------------------------------------------------------- Debian
need_apt=()
if want browser; then
  [ -x "$CHROME_PATH" ] || need_apt+=(chromium)
  [ -x "$CHROMEDRIVER" ] || need_apt+=(chromium-driver)
fi
if want compress; then
  command -v brotli >/dev/null || need_apt+=(brotli)
  command -v gzip >/dev/null || need_apt+=(gzip)
fi
# The load generator of the benchmark (not the tests).
if want load; then
  command -v wrk >/dev/null || need_apt+=(wrk)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "apt: ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    log "missing Debian packages: ${need_apt[*]}"
    log "installing them needs root; run (once):"
    log "  sudo ./tasks setup --system     # every Debian package the tasks use, and the test WordPress"
    log "or only these:"
    log "  sudo apt-get install --no-install-recommends ${need_apt[*]}"
    exit 1
  fi
fi

# ---------------------------------------------------------------- Rust
if want rust; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  for comp in rustfmt clippy; do
    rustup component list --installed | grep -q "^$comp" || rustup component add "$comp"
  done
fi

if want trunk && ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  log "trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if want bindgen; then
  # wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
  WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
  if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
    log "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    # Without --locked: its lockfile pins a crate this registry lacks.
    # Without TLS (the test runner talks to chromedriver on localhost), and
    # optimised less (it runs for seconds per build): half the compile.
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --no-default-features --force
  fi
fi

# ---------------------------------------------------------------- Node
# Node tools (wasm-opt from npm's binaryen, esbuild, Playwright) are pinned by
# package-lock.json. Playwright must not download a browser: Debian's is used.
if want node; then
  if [ ! -f node_modules/.install-stamp ] || [ package-lock.json -nt node_modules/.install-stamp ]; then
    log "npm packages"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
    touch node_modules/.install-stamp
  fi
  ver=$("$root/node_modules/.bin/wasm-opt" --version 2>/dev/null || true)
  case "$ver" in
    *"version $BINARYEN_VERSION"*) ;;
    *) log "wasm-opt from node_modules is '$ver', expected version $BINARYEN_VERSION"; exit 1 ;;
  esac
fi

ready=()
want trunk && ready+=("$(trunk --version)")
want bindgen && ready+=("$(wasm-bindgen --version)")
want node && ready+=("$ver")
want browser && ready+=("$("$CHROME_PATH" --version 2>/dev/null || true)")
log "ready (${parts[*]})${ready[*]:+: }$(IFS=,; echo "${ready[*]}" | sed 's/,/, /g')"
