<?php
/**
 * Seeds the local WordPress with the demo newsroom's data (../../data), through
 * WordPress's own PHP API: wp_insert_term (categories and tags), wp_insert_user,
 * wp_handle_sideload + wp_insert_attachment + wp_generate_attachment_metadata,
 * wp_insert_post, wp_set_object_terms (a post's tags), set_post_thumbnail.
 *
 * Idempotent: every seeded object carries a private meta key (_tintuc_source for
 * attachments, _tintuc_slug for posts) or is found by slug/login, and is created only when
 * missing, updated only when it differs from the data. A second run changes nothing.
 *
 * Run by setup.sh as `php seed.php http://127.0.0.1:18400`, as root.
 */
require __DIR__ . '/cli-request.php';
$site = $argv[1] ?? 'http://127.0.0.1:18400';
tintuc_cli_request( $site, '/wp-admin/index.php' );

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/post.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$data_dir = realpath( __DIR__ . '/../../data' );
if ( ! $data_dir || ! is_file( "$data_dir/categories.json" ) ) {
	fail( 'data directory not found next to the scripts: ' . __DIR__ . '/../../data' );
}

function fail( $message ) {
	fwrite( STDERR, "[wordpress] seed error: $message\n" );
	exit( 1 );
}

function say( $message ) {
	fwrite( STDERR, "[wordpress] $message\n" );
}

function read_json( $path ) {
	$value = json_decode( file_get_contents( $path ), true );
	if ( null === $value ) {
		fail( "cannot read $path: " . json_last_error_msg() );
	}
	return $value;
}

// ------------------------------------------------------------------ who writes
// Post content must be stored exactly as the newsroom wrote it, <script> and onerror
// included (tintuc's own sanitizer is tested against it): write as the administrator,
// who has unfiltered_html, and keep kses and the other save-time content filters off.
$admins = get_users( array( 'role' => 'administrator', 'orderby' => 'ID', 'number' => 1 ) );
if ( ! $admins ) {
	fail( 'no administrator: run install.php first' );
}
wp_set_current_user( $admins[0]->ID );
if ( ! current_user_can( 'unfiltered_html' ) ) {
	fail( 'the administrator lacks unfiltered_html (DISALLOW_UNFILTERED_HTML?)' );
}
kses_remove_filters();
if ( function_exists( 'wp_remove_targeted_link_rel_filters' ) ) {
	wp_remove_targeted_link_rel_filters();
}

$stats = array_fill_keys( array( 'categories', 'tags', 'users', 'media', 'posts' ), array( 'created' => 0, 'updated' => 0 ) );

// ------------------------------------------------------------------ categories
// Created in the file's order (term ids ascend in that order). "Thông báo" becomes a
// child of "Tin tức - Sự kiện"; "Chuyên mục trống" is a category without posts.
$categories = read_json( "$data_dir/categories.json" );
$categories[] = array(
	'slug'        => 'chuyen-muc-trong',
	'name'        => 'Chuyên mục trống',
	'description' => 'Chuyên mục chưa có bài viết nào',
);
$parents  = array( 'thong-bao' => 'tin-tuc-su-kien' );
$term_ids = array();
foreach ( $categories as $c ) {
	$parent = isset( $parents[ $c['slug'] ] ) ? $term_ids[ $parents[ $c['slug'] ] ] : 0;
	$want   = array(
		'slug'        => $c['slug'],
		'description' => $c['description'] ?? '',
		'parent'      => $parent,
	);
	$term = get_term_by( 'slug', $c['slug'], 'category' );
	if ( ! $term ) {
		$r = wp_insert_term( wp_slash( $c['name'] ), 'category', wp_slash( $want ) );
		if ( is_wp_error( $r ) ) {
			fail( "category {$c['slug']}: " . $r->get_error_message() );
		}
		$term_ids[ $c['slug'] ] = (int) $r['term_id'];
		$stats['categories']['created']++;
	} else {
		$term_ids[ $c['slug'] ] = (int) $term->term_id;
		if ( $term->name !== $c['name'] || $term->description !== $want['description'] || (int) $term->parent !== $parent ) {
			$r = wp_update_term( $term->term_id, 'category', wp_slash( $want + array( 'name' => $c['name'] ) ) );
			if ( is_wp_error( $r ) ) {
				fail( "category {$c['slug']}: " . $r->get_error_message() );
			}
			$stats['categories']['updated']++;
		}
	}
}

// ------------------------------------------------------------------ articles
$articles = array();
foreach ( glob( "$data_dir/articles/*.json" ) as $file ) {
	$a = read_json( $file );
	foreach ( array( 'slug', 'title', 'published_at', 'body_html' ) as $k ) {
		if ( ! isset( $a[ $k ] ) ) {
			fail( "$file has no $k" );
		}
	}
	$a['_gmt'] = ( new DateTimeImmutable( $a['published_at'] ) )
		->setTimezone( new DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	// Its last change: the data's modified_at, else its publishing (not the day it
	// was seeded, which WordPress would record).
	$a['_modified_gmt'] = ( new DateTimeImmutable( $a['modified_at'] ?? $a['published_at'] ) )
		->setTimezone( new DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	$articles[] = $a;
}
// Oldest first, so that post ids ascend with the publication date, as in a real newsroom.
usort(
	$articles,
	function ( $x, $y ) {
		return array( $x['_gmt'], $x['slug'] ) <=> array( $y['_gmt'], $y['slug'] );
	}
);
// The reference (seed) article, named in one place for every tool: tests/fixtures/seed.json.
define( 'REFERENCE_SLUG', read_json( __DIR__ . '/../../tests/fixtures/seed.json' )['slug'] );

// ------------------------------------------------------------------ media, then posts
require __DIR__ . '/seed-media.php';
require __DIR__ . '/seed-posts.php';
