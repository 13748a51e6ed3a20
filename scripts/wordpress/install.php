<?php
/**
 * Installs WordPress through its own code (wp_install()) and sets the site's options.
 * Idempotent: an installed site only has its options checked, and its admin's password
 * set to the one in the password file if it is another (e.g. the fixed one of old).
 *
 * Run by setup.sh as `php install.php http://127.0.0.1:18400 PASSWORD_FILE`, as root,
 * once the database, /etc/wordpress/config-127.0.0.1.php and the password file (random,
 * made once, root only) exist.
 */
require __DIR__ . '/cli-request.php';
$site = $argv[1] ?? 'http://127.0.0.1:18400';
$password_file = $argv[2] ?? '';
$admin_password = is_readable( $password_file ) ? trim( (string) file_get_contents( $password_file ) ) : '';
if ( strlen( $admin_password ) < 24 ) {
	fwrite( STDERR, "[wordpress] error: no admin password in '$password_file' (setup.sh writes one)\n" );
	exit( 1 );
}
tintuc_cli_request( $site, '/wp-admin/install.php' );

define( 'WP_INSTALLING', true );

// Pluggable: there is no mail on this machine, and nobody to tell.
function wp_new_blog_notification( $blog_title, $blog_url, $user_id, $password ) {}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

const TINTUC_ADMIN_LOGIN = 'admin';

if ( ! is_blog_installed() ) {
	$result = wp_install(
		'Mặt trận Tổ quốc quận Hoàn Kiếm',
		TINTUC_ADMIN_LOGIN,
		'admin@tintuc.invalid',
		true,
		'',
		$admin_password,
		''
	);
	// The sample content of a new site: "Hello world!" (and its comment) and "Sample Page".
	foreach ( array( 'hello-world' => 'post', 'sample-page' => 'page' ) as $name => $type ) {
		$sample = get_page_by_path( $name, OBJECT, $type );
		if ( $sample ) {
			wp_delete_post( $sample->ID, true );
		}
	}
	fwrite( STDERR, "[wordpress] installed WordPress {$GLOBALS['wp_version']} (admin user id {$result['user_id']})\n" );
}

// Any page on this machine can reach 127.0.0.1: the admin's password is the file's, never
// a well-known one (a site installed before had 'tintuc-admin').
$admin = get_user_by( 'login', TINTUC_ADMIN_LOGIN );
if ( $admin && ! wp_check_password( $admin_password, $admin->user_pass, $admin->ID ) ) {
	wp_set_password( $admin_password, $admin->ID );
	fwrite( STDERR, "[wordpress] the admin's password is now the one in $password_file\n" );
}

$options = array(
	'blogname'                     => 'Mặt trận Tổ quốc quận Hoàn Kiếm',
	'blogdescription'              => 'Cổng thông tin Ủy ban MTTQ Việt Nam quận Hoàn Kiếm',
	'siteurl'                      => $site,
	'home'                         => $site,
	// The newsroom is in Hà Nội: a fixed UTC+7, so `date` and `date_gmt` differ.
	'gmt_offset'                   => '7',
	'timezone_string'              => '',
	'date_format'                  => 'd/m/Y',
	'time_format'                  => 'g:i A',
	'start_of_week'                => '1',
	'posts_per_page'               => '10',
	'uploads_use_yearmonth_folders' => '1',
	// Settings > Media: "medium" is 320 px wide, the demo newsroom's small thumbnail.
	'medium_size_w'                => '320',
	'medium_size_h'                => '320',
	'default_comment_status'       => 'closed',
	'default_ping_status'          => 'closed',
	'default_pingback_flag'        => '0',
);
foreach ( $options as $name => $value ) {
	if ( (string) get_option( $name ) !== (string) $value ) {
		update_option( $name, $value );
	}
}

// Pretty permalinks: /<slug>/, and /wp-json/ routed by WordPress's rewrite rules.
global $wp_rewrite;
if ( '/%postname%/' !== get_option( 'permalink_structure' ) ) {
	$wp_rewrite->set_permalink_structure( '/%postname%/' );
	flush_rewrite_rules( false );
} elseif ( ! get_option( 'rewrite_rules' ) ) {
	flush_rewrite_rules( false );
}
