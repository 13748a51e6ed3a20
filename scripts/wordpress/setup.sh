#!/usr/bin/env bash
# Installs, starts and seeds a real WordPress (Debian's `wordpress` package) on
# http://127.0.0.1:18400, for tintuc's WordPress tests. Idempotent: a second run on a
# machine that has everything only checks, and finishes in seconds.
#
# Needs root on Debian 12 (bookworm). Uses Debian packages only (nothing from GitHub):
# wordpress, php-fpm, php-mysql, php-gd, mariadb-server, nginx. No systemd: the three
# daemons are started through their init scripts (`service`). scripts/wordpress/stop.sh
# stops them. Run by another user, it changes nothing: it succeeds when the site already
# answers with the whole demo newsroom, and otherwise says what is missing and how to get
# it (`sudo ./tasks setup --system`), and fails.
#
# Environment (all optional):
#   WP_PORT      port nginx listens on, on 127.0.0.1 only (default 18400)
#   WP_SKIP_SEED 1 = install and start, but do not seed
#   WP_PURGE_URLS the servers deploy/wordpress/tintuc-purge.php tells of each change (default:
#                the tests' on 127.0.0.1:18093, secret tests/fixtures/purge-secret.txt)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${WP_PORT:-18400}"
HOST="127.0.0.1"
SITE_URL="http://$HOST:$PORT"
DB_NAME="tintuc_wp"
DB_USER="tintuc_wp"
DB_PASSWORD="tintuc_wp_local_only"   # MariaDB listens on this machine only
WP_ROOT="/usr/share/wordpress"
WP_CONTENT="/var/lib/wordpress/wp-content"
CONFIG="/etc/wordpress/config-$HOST.php"
# The admin's password: random, made once, readable by root only (install.php sets it).
ADMIN_PASSWORD_FILE="/etc/wordpress/tintuc-admin-password"
NGINX_SITE="/etc/nginx/sites-available/tintuc-wordpress"
PURGE_URLS="${WP_PURGE_URLS:-http://127.0.0.1:18093/_tintuc/purge}"
PURGE_SECRET="$(tr -d '\n' <"$HERE/../../tests/fixtures/purge-secret.txt")"
PACKAGES=(wordpress wordpress-theme-twentytwentythree php-fpm php-cli php-mysql php-gd
          php-mbstring php-xml mariadb-server mariadb-client nginx curl ca-certificates)

log() { printf '[wordpress] %s\n' "$*" >&2; }
die() { printf '[wordpress] error: %s\n' "$*" >&2; exit 1; }

# Writes stdin to $1 only when the content differs; returns 0 when it changed the file.
write_if_changed() {
  local target="$1" tmp
  tmp="$(mktemp)"
  cat >"$tmp"
  if [ -f "$target" ] && cmp -s "$tmp" "$target"; then rm -f "$tmp"; return 1; fi
  mkdir -p "$(dirname "$target")"
  mv "$tmp" "$target" && chmod 644 "$target"
}

# ---------------------------------------------------------------- packages
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

# ---------------------------------------------------------------- not root: check only
if [ "$(id -u)" != 0 ]; then
  if [ "${#missing[@]}" -gt 0 ]; then
    log "missing Debian packages: ${missing[*]}"
    log "installing them, starting WordPress and seeding it need root; run (once):"
    log "  sudo ./tasks setup --system"
    log "or the WordPress part alone:"
    log "  sudo bash scripts/wordpress/setup.sh"
    exit 1
  fi
  # Seeded: the seed article is there, as many posts as data/ has articles, and as many
  # tags as their topics (a site seeded before the topics has none).
  slug="$(php -r 'echo json_decode(file_get_contents($argv[1]))->slug;' "$HERE/../../tests/fixtures/seed.json")"
  want="$(find "$HERE/../../data/articles" -name '*.json' | wc -l)"
  have="$(curl -s -D - -o /dev/null "$SITE_URL/wp-json/wp/v2/posts?per_page=1" 2>/dev/null \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "x-wp-total" { print $2 }' || true)"
  seed="$(curl -s "$SITE_URL/wp-json/wp/v2/posts?slug=$slug&_fields=id" 2>/dev/null || true)"
  want_tags="$(php -r '$s = array();
    foreach (glob($argv[1] . "/*.json") as $f) {
      foreach (json_decode(file_get_contents($f), true)["tags"] ?? array() as $t) { $s[$t["slug"]] = 1; }
    }
    echo count($s);' "$HERE/../../data/articles")"
  have_tags="$(curl -s -D - -o /dev/null "$SITE_URL/wp-json/wp/v2/tags?per_page=1" 2>/dev/null \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "x-wp-total" { print $2 }' || true)"
  if [ "$have" = "$want" ] && [[ "$seed" == '[{"id":'* ]] && [ "$have_tags" = "$want_tags" ]; then
    log "$SITE_URL answers with the $want articles of data/ (not root: nothing installed, started or seeded)"
    echo "wordpress ready: $SITE_URL/wp-json/"
    exit 0
  fi
  if [ -z "$have" ]; then state="does not answer"
  elif [ "$have" != "$want" ]; then state="has $have posts, not the $want of data/"
  elif [[ "$seed" != '[{"id":'* ]]; then state="has no post $slug"
  else state="has ${have_tags:-no} tags, not the $want_tags topics of data/"; fi
  log "the packages are installed, but $SITE_URL $state"
  log "starting MariaDB, php-fpm and nginx and seeding need root; run:"
  log "  sudo bash scripts/wordpress/setup.sh     (or: sudo ./tasks setup --system)"
  exit 1
fi

if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # nginx and php-fpm in the same transaction, so that apt satisfies wordpress's
  # "apache2 | httpd" and "libapache2-mod-php | php" with them and never pulls apache2.
  apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
fi

PHPV="$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')"
FPM_SERVICE="php$PHPV-fpm"
FPM_SOCKET="/run/php/php$PHPV-fpm.sock"

# ---------------------------------------------------------------- MariaDB
if ! mysqladmin --silent ping >/dev/null 2>&1; then
  log "starting mariadb"
  service mariadb start >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do
    mysqladmin --silent ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  mysqladmin --silent ping >/dev/null 2>&1 || die "mariadb did not start (see /var/log/mysql/)"
fi
mysql -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
SQL

# ---------------------------------------------------------------- WordPress config
# Debian's /usr/share/wordpress/wp-config.php loads /etc/wordpress/config-<host>.php, the
# host being the request's Host header without its port. The salts are made once and kept.
if [ -f "$CONFIG" ] && grep -qF "tintuc-wordpress-config v2 $SITE_URL $PURGE_URLS" "$CONFIG"; then
  :
else
  log "writing $CONFIG"
  salts=""
  for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    salts+="define( '$k', '$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')' );"$'\n'
  done
  mkdir -p /etc/wordpress
  cat >"$CONFIG" <<PHP
<?php
// tintuc-wordpress-config v2 $SITE_URL $PURGE_URLS (written by tintuc's scripts/wordpress/setup.sh)
// A local test site: http://$HOST:$PORT, database on this machine only.
define( 'DB_NAME', '$DB_NAME' );
define( 'DB_USER', '$DB_USER' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$salts\$table_prefix = 'wp_';
define( 'WP_HOME', '$SITE_URL' );
define( 'WP_SITEURL', '$SITE_URL' );
define( 'WP_CONTENT_DIR', '$WP_CONTENT' );
define( 'WP_DEBUG', false );
// No network here but this machine: never call wordpress.org, never spawn cron by HTTP.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_ALLOW_MULTISITE', false );
// deploy/wordpress/tintuc-purge.php: the servers it tells of each change, and their secret.
define( 'TINTUC_PURGE_URLS', '$PURGE_URLS' );
define( 'TINTUC_PURGE_SECRET', '$PURGE_SECRET' );
PHP
  chown root:www-data "$CONFIG"
  chmod 640 "$CONFIG"
fi
# The same site when asked as localhost:PORT (links still say 127.0.0.1).
ln -sfn "config-$HOST.php" /etc/wordpress/config-localhost.php

# ---------------------------------------------------------------- wp-content
mkdir -p "$WP_CONTENT/uploads"
# Debian links the packaged themes into WP_CONTENT_DIR on install; make sure of it.
for t in "$WP_ROOT"/wp-content/themes/*/; do
  t="${t%/}"
  [ -e "$WP_CONTENT/themes/$(basename "$t")" ] || ln -s "$t" "$WP_CONTENT/themes/$(basename "$t")"
done
install -d -m 755 "$WP_CONTENT/mu-plugins"   # the purge plugin: loaded from there, always
install -m 644 "$HERE/../../deploy/wordpress/tintuc-purge.php" "$WP_CONTENT/mu-plugins/tintuc-purge.php"
# No plugin is needed for CORS: WordPress's REST server itself answers an Origin with
# Access-Control-Allow-Origin and exposes X-WP-Total, X-WP-TotalPages and Link.
chown -R www-data:www-data "$WP_CONTENT/uploads"

# ---------------------------------------------------------------- php-fpm
if ! { [ -S "$FPM_SOCKET" ] && [ -f "/run/php/php$PHPV-fpm.pid" ] \
       && kill -0 "$(cat "/run/php/php$PHPV-fpm.pid")" 2>/dev/null; }; then
  log "starting $FPM_SERVICE"
  service "$FPM_SERVICE" start >/dev/null
  for _ in $(seq 1 40); do [ -S "$FPM_SOCKET" ] && break; sleep 0.25; done
  [ -S "$FPM_SOCKET" ] || die "$FPM_SERVICE did not start"
fi

# ---------------------------------------------------------------- nginx
nginx_changed=0
write_if_changed "$NGINX_SITE" <<NGINX && nginx_changed=1
# Written by tintuc's scripts/wordpress/setup.sh: WordPress on $SITE_URL.
server {
    listen $HOST:$PORT;
    server_name $HOST localhost;
    root $WP_ROOT;
    index index.php;
    client_max_body_size 32m;

    # Pretty permalinks, /wp-json/ included.
    location / {
        try_files \$uri \$uri/ /index.php?\$args;
    }

    # Debian keeps wp-content (uploads, themes, plugins) in $WP_CONTENT.
    location ^~ /wp-content/ {
        alias $WP_CONTENT/;
        location ~ \.php\$ { return 403; }
    }

    location ~ \.php\$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass unix:$FPM_SOCKET;
    }
}
NGINX
ln -sfn "$NGINX_SITE" /etc/nginx/sites-enabled/tintuc-wordpress
# Debian's default site would listen on port 80, which this needs not.
if [ -L /etc/nginx/sites-enabled/default ]; then
  rm -f /etc/nginx/sites-enabled/default
  nginx_changed=1
fi
nginx -t -q 2>/dev/null || { nginx -t; die "nginx configuration test failed"; }
if [ -f /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then
  if [ "$nginx_changed" = 1 ]; then log "reloading nginx"; nginx -s reload; fi
else
  log "starting nginx"
  service nginx start >/dev/null
fi

for _ in $(seq 1 40); do
  curl -s -o /dev/null "http://$HOST:$PORT/" && break
  sleep 0.25
done

# ---------------------------------------------------------------- install + seed
# The admin's password, made once: any page on this machine can reach the site, so
# not a well-known one. Root's alone (log in as `admin` with it: sudo cat the file).
if [ ! -s "$ADMIN_PASSWORD_FILE" ]; then
  log "writing a random admin password to $ADMIN_PASSWORD_FILE (root only)"
  ( umask 077; head -c 32 /dev/urandom | base64 | tr -d '\n/+=' >"$ADMIN_PASSWORD_FILE.new" )
  mv "$ADMIN_PASSWORD_FILE.new" "$ADMIN_PASSWORD_FILE"
fi
chown root:root "$ADMIN_PASSWORD_FILE"
chmod 600 "$ADMIN_PASSWORD_FILE"
# Through WordPress's own code (wp_install() etc.), as a PHP CLI script.
php "$HERE/install.php" "$SITE_URL" "$ADMIN_PASSWORD_FILE"
if [ "${WP_SKIP_SEED:-0}" != 1 ]; then
  php "$HERE/seed.php" "$SITE_URL"
fi
chown -R www-data:www-data "$WP_CONTENT/uploads"

code="$(curl -s -o /dev/null -w '%{http_code}' "$SITE_URL/wp-json/wp/v2/posts?per_page=1")"
[ "$code" = 200 ] || die "$SITE_URL/wp-json/wp/v2/posts answered HTTP $code"
echo "wordpress ready: $SITE_URL/wp-json/"
