<?php
/**
 * Plugin Name: tintuc purge
 * Description: Tells tintuc's servers when an article is published, corrected,
 *   unpublished or trashed, so readers see it within seconds (POST /_tintuc/purge).
 * Version: 1.0
 *
 * A must-use plugin: copy this file into wp-content/mu-plugins/ (WordPress loads
 * every file there, nothing to activate). Configure it in wp-config.php:
 *
 *   define( 'TINTUC_PURGE_URLS', 'https://tintuc.example/_tintuc/purge' );
 *       every copy of the server, separated by commas or spaces: each keeps its
 *       own cache (http://10.0.0.2:8080/_tintuc/purge http://10.0.0.3:8080/_tintuc/purge)
 *   define( 'TINTUC_PURGE_SECRET', '…' );
 *       the servers' --purge-secret-file / TINTUC_PURGE_SECRET (16 characters or more)
 *
 * Without both it does nothing. Each change of a published article (its title,
 * body, slug or category; publishing it; taking it back to draft, private or
 * pending; trashing or deleting it) sends one POST per server and per slug it
 * had (a renamed article: the old one and the new one), with a 3-second timeout,
 * before WordPress answers the editor. A server that cannot be reached is
 * written to PHP's error log; nothing is retried (the server's own freshness,
 * 15 s by default, bounds what a missed purge costs).
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The slugs whose pages changed in this request, sent once at its end. */
$GLOBALS['tintuc_purge_slugs'] = array();

/** Remembers `$post`'s slug if it is (or was) a public article. */
function tintuc_purge_note( $post ) {
	$post = get_post( $post );
	if ( ! $post || 'post' !== $post->post_type ) {
		return;
	}
	// A trashed post's slug gets `__trashed`; its public one is kept aside.
	$slug = $post->post_name;
	$desired = get_post_meta( $post->ID, '_wp_desired_post_slug', true );
	if ( $desired ) {
		$slug = $desired;
	}
	$slug = preg_replace( '/__trashed$/', '', (string) $slug );
	if ( '' !== $slug ) {
		$GLOBALS['tintuc_purge_slugs'][ $slug ] = true;
	}
}

// Published, unpublished (draft, pending, private, future) or trashed: any
// change of status to or from `publish`.
add_action(
	'transition_post_status',
	function ( $new_status, $old_status, $post ) {
		if ( 'publish' === $new_status || 'publish' === $old_status ) {
			tintuc_purge_note( $post );
		}
	},
	10,
	3
);

// A published article edited in place (title, body, slug, category): both slugs.
add_action(
	'post_updated',
	function ( $post_id, $after, $before ) {
		if ( 'publish' === $after->post_status || 'publish' === $before->post_status ) {
			tintuc_purge_note( $before );
			tintuc_purge_note( $after );
		}
	},
	10,
	3
);

// Trashed or deleted for good while published (before its slug changes).
add_action( 'wp_trash_post', 'tintuc_purge_note' );
add_action(
	'before_delete_post',
	function ( $post_id ) {
		if ( 'publish' === get_post_status( $post_id ) ) {
			tintuc_purge_note( $post_id );
		}
	}
);

/** The servers' purge URLs. */
function tintuc_purge_urls() {
	if ( ! defined( 'TINTUC_PURGE_URLS' ) ) {
		return array();
	}
	return array_values( array_filter( preg_split( '/[\s,]+/', (string) TINTUC_PURGE_URLS ) ) );
}

/** Sends the purges noted in this request: once each, after the changes are saved. */
function tintuc_purge_send() {
	$slugs = array_keys( $GLOBALS['tintuc_purge_slugs'] );
	$GLOBALS['tintuc_purge_slugs'] = array();
	if ( ! $slugs || ! defined( 'TINTUC_PURGE_SECRET' ) ) {
		return;
	}
	foreach ( tintuc_purge_urls() as $url ) {
		foreach ( $slugs as $slug ) {
			$response = wp_remote_post(
				add_query_arg( 'slug', rawurlencode( $slug ), $url ),
				array(
					'timeout' => 3,
					'headers' => array( 'Authorization' => 'Bearer ' . TINTUC_PURGE_SECRET ),
				)
			);
			$code = is_wp_error( $response ) ? $response->get_error_message() : wp_remote_retrieve_response_code( $response );
			if ( 200 !== $code ) {
				error_log( "tintuc purge: $url for $slug: $code" );
			}
		}
	}
}
// After the request's changes are saved (the editor's save, a REST call, a
// command-line script): `shutdown` runs before PHP ends, once.
add_action( 'shutdown', 'tintuc_purge_send' );
