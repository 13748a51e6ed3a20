#!/usr/bin/env bash
# Stops the three services that setup.sh starts: nginx, php-fpm and MariaDB.
# Their data stays: setup.sh starts them again in seconds.
set -uo pipefail
[ "$(id -u)" = 0 ] || { echo "[wordpress] run as root" >&2; exit 1; }
command -v php >/dev/null || { echo "[wordpress] not installed: nothing to stop" >&2; exit 0; }
PHPV="$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')"
status=0
for s in nginx "php$PHPV-fpm" mariadb; do
  if [ -x "/etc/init.d/$s" ]; then
    service "$s" stop >/dev/null 2>&1 || { echo "[wordpress] could not stop $s" >&2; status=1; }
  fi
done
echo "[wordpress] stopped nginx, php$PHPV-fpm and mariadb"
exit $status
