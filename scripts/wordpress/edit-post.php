<?php
/**
 * Changes one post the way an editor would, through WordPress's own API, so that
 * its hooks run (the purge plugin's among them). For tests/e2e/purge.spec.mjs:
 *
 *   php edit-post.php SITE create SLUG TITLE   prints the new post's ID (published,
 *                                              dated 2001, never changed since: on no
 *                                              list's first page)
 *   php edit-post.php SITE title ID TITLE      a corrected title
 *   php edit-post.php SITE trash ID            into the trash
 *   php edit-post.php SITE delete ID           gone for good
 *
 * As root (it reads /etc/wordpress's config), after setup.sh.
 */
require __DIR__ . '/cli-request.php';
// Not `$action`: WordPress's admin code uses that global.
list( , $tintuc_site, $tintuc_action ) = array_pad( $argv, 3, '' );
tintuc_cli_request( $tintuc_site, '/wp-admin/post.php' );
require '/usr/share/wordpress/wp-load.php';

function fail( $message ) {
	fwrite( STDERR, "[wordpress] edit-post: $message\n" );
	exit( 1 );
}

$admins = get_users( array( 'role' => 'administrator', 'orderby' => 'ID', 'number' => 1 ) );
if ( ! $admins ) {
	fail( 'no administrator: run setup.sh first' );
}
wp_set_current_user( $admins[0]->ID );

switch ( $tintuc_action ) {
	case 'create':
		$categories = get_categories( array( 'hide_empty' => true, 'number' => 1 ) );
		$id = wp_insert_post(
			array(
				'post_name'     => $argv[3],
				'post_title'    => $argv[4],
				'post_content'  => '<p>Bài kiểm tra: sửa và gỡ bài hiện ra trong vài giây.</p>',
				'post_status'   => 'publish',
				'post_date'     => '2001-01-01 08:00:00',
				'post_category' => $categories ? array( $categories[0]->term_id ) : array(),
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fail( $id->get_error_message() );
		}
		// As if published then (WordPress stamps the save's time as its last change).
		$wpdb->query( $wpdb->prepare( "UPDATE $wpdb->posts SET post_modified = post_date, post_modified_gmt = post_date_gmt WHERE ID = %d", $id ) );
		clean_post_cache( $id );
		echo $id, "\n";
		break;
	case 'title':
		$done = wp_update_post( array( 'ID' => (int) $argv[3], 'post_title' => $argv[4] ), true );
		if ( is_wp_error( $done ) ) {
			fail( $done->get_error_message() );
		}
		break;
	case 'trash':
		wp_trash_post( (int) $argv[3] ) || fail( "cannot trash post $argv[3]" );
		break;
	case 'delete':
		wp_delete_post( (int) $argv[3], true ) || fail( "cannot delete post $argv[3]" );
		break;
	default:
		fail( "unknown action '$tintuc_action' (create, title, trash, delete)" );
}
