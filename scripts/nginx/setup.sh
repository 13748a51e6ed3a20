#!/usr/bin/env bash
# Serves tintuc through nginx the way deploy/nginx/ says, for the tests
# (tests/e2e/nginx.spec.mjs, `./tasks nginx`):
#
#   http://127.0.0.1:18100  deploy/nginx/tintuc-static.conf: a copy of the release
#                           build (target/nginx/static/) with the tests' config.json
#                           (API on 127.0.0.1:18081), its headers written for it
#                           as a deployer would (./tasks csp), /api/ enabled
#   http://127.0.0.1:18101  deploy/nginx/tintuc-server.conf: in front of a
#                           tintuc-server on 127.0.0.1:18102 (the spec starts it)
#   http://127.0.0.1:18104  the same recipe again, in front of the server on the test
#                           WordPress (127.0.0.1:18093, which Playwright starts): what
#                           an edit or a takedown in WordPress does through nginx
#                           (tests/e2e/purge.spec.mjs). A second portal on one nginx
#                           needs its own names for the recipe's cache zone, upstream
#                           and map, as a deployer would give them.
#
# The recipe files are rendered with the test's ports and paths only (listen,
# server_name, the build's path, the upstream addresses), into
# /etc/nginx/sites-available/tintuc-test-{static,server}, and nginx is reloaded
# (gracefully: the WordPress site on 18400 and anything else it serves go on).
# Idempotent: a second run with nothing changed reloads nothing.
#
# Needs Debian's nginx and libnginx-mod-http-brotli-static. As root it installs
# what is missing; run by another user it installs, writes and reloads nothing:
# it succeeds when the sites are already as they would be rendered, and
# otherwise says what is missing and how to get it, and fails.
#
#   scripts/nginx/setup.sh [--install-only]    (--install-only: the packages alone)
#
# Environment (all optional): NGINX_STATIC_PORT (18100), NGINX_SERVER_PORT
# (18101), NGINX_UPSTREAM_PORT (18102), NGINX_UPSTREAM2_PORT (18103: the
# second copy of the server), NGINX_BACKEND_PORT (18081), NGINX_WP_PORT (18104),
# NGINX_WP_UPSTREAM_PORT (18093), WP_PORT (18400), TINTUC_DIST (target/dist-e2e).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATIC_PORT="${NGINX_STATIC_PORT:-18100}"
SERVER_PORT="${NGINX_SERVER_PORT:-18101}"
UPSTREAM_PORT="${NGINX_UPSTREAM_PORT:-18102}"
UPSTREAM2_PORT="${NGINX_UPSTREAM2_PORT:-18103}"
BACKEND_PORT="${NGINX_BACKEND_PORT:-18081}"
WP_SITE_PORT="${NGINX_WP_PORT:-18104}"
WP_UPSTREAM_PORT="${NGINX_WP_UPSTREAM_PORT:-18093}"
WP_BACKEND_PORT="${WP_PORT:-18400}"
DIST="${TINTUC_DIST:-$ROOT/target/dist-e2e}"
DEPLOY="$ROOT/target/nginx/static"
CONFIG="$ROOT/tests/e2e/config.e2e.json"
SITES=/etc/nginx/sites-available
STAMP=/etc/nginx/tintuc-test.sum
PACKAGES=(nginx libnginx-mod-http-brotli-static)

log() { printf '[nginx] %s\n' "$*" >&2; }
die() { printf '[nginx] error: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

# ---------------------------------------------------------------- packages
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! is_root; then
    log "missing Debian packages: ${missing[*]}"
    log "installing them and serving the test sites need root; run (once):"
    log "  sudo bash scripts/nginx/setup.sh       (or: sudo ./tasks setup --system)"
    exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
fi

if [ "${1:-}" = --install-only ]; then
  echo "nginx and its brotli_static module are installed"
  exit 0
fi

# ---------------------------------------------------------------- the deployed copy
# The build is needed from here on only: packages install on a fresh clone.
DIST="$(cd "$DIST" 2>/dev/null && pwd)" || die "no build in ${TINTUC_DIST:-target/dist-e2e} (run ./tasks build)"
# As a deployer would: the build, the site's config.json, its headers
# written for that config (scripts/build.mjs --reconfigure, ./tasks csp).
# Made beside the served one, which it replaces only when root can also
# reload nginx.
work="$(mktemp -d)"
trap 'rm -rf "$work" "$DEPLOY.new"' EXIT
rm -rf "$DEPLOY.new"
mkdir -p "$(dirname "$DEPLOY")"
cp -a "$DIST" "$DEPLOY.new"
rm -rf "$DEPLOY.new/nginx"
cp "$CONFIG" "$DEPLOY.new/config.json"
node "$ROOT/scripts/build.mjs" --reconfigure "$DEPLOY.new" >/dev/null

# ---------------------------------------------------------------- the sites
# Only the values a deployer edits are replaced; anything left of them means
# the recipe changed shape, and this script with it.
render() { # recipe, port [upstream upstream2 backend]
  local out
  out="$(sed -e "s#^\(\s*\)listen 80;#\1listen 127.0.0.1:$2;#" \
      -e 's#server_name tintuc\.example;#server_name 127.0.0.1 localhost;#' \
      -e "s#/srv/tintuc/dist#$DEPLOY#g" \
      -e "s#127\.0\.0\.1:8080#127.0.0.1:${3:-$UPSTREAM_PORT}#g" \
      -e "s#127\.0\.0\.1:8082#127.0.0.1:${4:-$UPSTREAM2_PORT}#g" \
      -e "s#127\.0\.0\.1:8081#127.0.0.1:${5:-$BACKEND_PORT}#g" \
      -e 's/^\(\s*\)#~ /\1/' "$ROOT/deploy/nginx/$1")"
  if grep -nE '^\s*[^#]*(listen 80;|tintuc\.example|/srv/tintuc|127\.0\.0\.1:808[012][^0-9])' <<<"$out" >&2; then
    die "deploy/nginx/$1 has a value scripts/nginx/setup.sh does not render (above)"
  fi
  printf '# Rendered by scripts/nginx/setup.sh from deploy/nginx/%s for the tests: do not edit.\n%s\n' "$1" "$out"
}
render tintuc-static.conf "$STATIC_PORT" >"$work/tintuc-test-static"
render tintuc-server.conf "$SERVER_PORT" >"$work/tintuc-test-server"
# The second portal: its own cache zone, cache folder, upstream and map names.
render tintuc-server.conf "$WP_SITE_PORT" "$WP_UPSTREAM_PORT" "$WP_UPSTREAM_PORT" "$WP_BACKEND_PORT" \
  | sed -e 's#keys_zone=tintuc:#keys_zone=tintuc_wp:#' -e 's#proxy_cache tintuc;#proxy_cache tintuc_wp;#' \
        -e 's#/var/cache/nginx/tintuc #/var/cache/nginx/tintuc-wp #' \
        -e 's#tintuc_\(server\|backend\)\b#tintuc_wp_\1#g' -e 's#\$tintuc_\([a-z_]*\)#$tintuc_wp_\1#g' \
  >"$work/tintuc-test-wordpress-server"
# What nginx reads at (re)load: the sites and the headers they include.
sum="$(cat "$work/tintuc-test-static" "$work/tintuc-test-server" "$work/tintuc-test-wordpress-server" "$DEPLOY.new"/nginx/*.conf | sha256sum | cut -d' ' -f1)"

running() { [ -f /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; }
answers() { curl -s -o /dev/null "http://127.0.0.1:$1/" 2>/dev/null; }

if ! is_root; then
  if running && [ -L /etc/nginx/sites-enabled/tintuc-test-static ] && [ -L /etc/nginx/sites-enabled/tintuc-test-server ] \
     && [ -L /etc/nginx/sites-enabled/tintuc-test-wordpress-server ] \
     && [ "$(cat "$STAMP" 2>/dev/null)" = "$sum" ] && diff -rq "$DEPLOY.new" "$DEPLOY" >/dev/null 2>&1 \
     && answers "$STATIC_PORT" && answers "$SERVER_PORT"; then
    log "the test sites are as rendered and nginx has loaded them (not root: nothing written or reloaded)"
    echo "nginx ready: http://127.0.0.1:$STATIC_PORT (static), http://127.0.0.1:$SERVER_PORT (server), http://127.0.0.1:$WP_SITE_PORT (server on WordPress)"
    exit 0
  fi
  log "the test sites on $STATIC_PORT and $SERVER_PORT need writing to /etc/nginx or nginx a reload"
  log "(a new build changes its policy): that needs root; run:"
  log "  sudo bash scripts/nginx/setup.sh"
  exit 1
fi

rm -rf "$DEPLOY"
mv "$DEPLOY.new" "$DEPLOY"
install -d -m 755 /var/cache/nginx   # the micro-cache's parent (tintuc-server.conf)
install -m 644 "$work/tintuc-test-static" "$SITES/tintuc-test-static"
install -m 644 "$work/tintuc-test-server" "$SITES/tintuc-test-server"
install -m 644 "$work/tintuc-test-wordpress-server" "$SITES/tintuc-test-wordpress-server"
for site in tintuc-test-static tintuc-test-server tintuc-test-wordpress-server; do
  ln -sfn "$SITES/$site" "/etc/nginx/sites-enabled/$site"
done
if ! nginx -t -q 2>/dev/null; then
  nginx -t || true
  # Never leave a configuration nginx refuses: the other sites reload from it too.
  rm -f /etc/nginx/sites-enabled/tintuc-test-{static,server,wordpress-server} "$STAMP"
  die "nginx refuses the rendered sites (above); they are disabled again"
fi
if ! running; then
  log "starting nginx"
  service nginx start >/dev/null
elif [ "$(cat "$STAMP" 2>/dev/null)" != "$sum" ]; then
  log "reloading nginx (graceful: its other sites go on)"
  nginx -s reload
fi
if [ "$(cat "$STAMP" 2>/dev/null)" != "$sum" ]; then
  # A new build: pages cached from the last one name its files.
  find /var/cache/nginx/tintuc /var/cache/nginx/tintuc-wp -type f -delete 2>/dev/null || true
fi
echo "$sum" >"$STAMP"

# A reload lets old workers finish: wait until the new policy is served.
want="$(sed -n 's/^add_header Content-Security-Policy "\(.*\)" always;$/\1/p' "$DEPLOY/nginx/reader.conf")"
for _ in $(seq 1 80); do
  got="$(curl -s -D - -o /dev/null "http://127.0.0.1:$STATIC_PORT/" 2>/dev/null | tr -d '\r' \
    | sed -n 's/^[Cc]ontent-[Ss]ecurity-[Pp]olicy: //p')"
  [ "$got" = "$want" ] && answers "$SERVER_PORT" && break
  sleep 0.25
done
[ "$got" = "$want" ] || die "http://127.0.0.1:$STATIC_PORT/ does not send the build's policy (see /var/log/nginx/error.log)"
echo "nginx ready: http://127.0.0.1:$STATIC_PORT (static), http://127.0.0.1:$SERVER_PORT (server), http://127.0.0.1:$WP_SITE_PORT (server on WordPress)"
