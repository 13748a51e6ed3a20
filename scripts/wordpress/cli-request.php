<?php
/**
 * Makes a command-line run of WordPress's code look like a request for $path on
 * $site: Debian's wp-config.php picks /etc/wordpress/config-<host>.php from the
 * Host header. Shared by install.php and seed.php (run by setup.sh, as root).
 */
if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

function tintuc_cli_request( $site, $path ) {
	$url = parse_url( $site );
	$_SERVER['HTTP_HOST']      = $url['host'] . ( isset( $url['port'] ) ? ':' . $url['port'] : '' );
	$_SERVER['SERVER_NAME']    = $url['host'];
	$_SERVER['SERVER_PORT']    = (string) ( $url['port'] ?? 80 );
	$_SERVER['REQUEST_URI']    = $path;
	$_SERVER['SCRIPT_NAME']    = $path;
	$_SERVER['PHP_SELF']       = $path;
	$_SERVER['REQUEST_METHOD'] = 'GET';
}
