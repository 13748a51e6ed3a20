<?php
/**
 * The demo newsroom's articles as WordPress posts, their authors as users,
 * their topics as tags, and a check that WordPress stored each as written.
 * Part of seed.php, which requires it: it runs in seed.php's scope (its
 * data, helpers and counts).
 */

// ------------------------------------------------------------------ authors
function author_user_id( $name, &$stats ) {
	static $cache = array();
	if ( isset( $cache[ $name ] ) ) {
		return $cache[ $name ];
	}
	$ascii = remove_accents( $name ); // "Bích Ngọc" -> "Bich Ngoc", "Đức Anh" -> "Duc Anh"
	$login = sanitize_user( strtolower( str_replace( ' ', '-', $ascii ) ), true );
	$user  = get_user_by( 'login', $login );
	if ( ! $user ) {
		$id = wp_insert_user(
			wp_slash(
				array(
					'user_login'    => $login,
					'user_pass'     => wp_generate_password( 24 ),
					'user_email'    => "$login@tintuc.invalid",
					'user_nicename' => sanitize_title( $ascii ),
					'display_name'  => $name,
					'nickname'      => $name,
					'role'          => 'author',
				)
			)
		);
		if ( is_wp_error( $id ) ) {
			fail( "user $name: " . $id->get_error_message() );
		}
		$stats['users']['created']++;
	} else {
		$id = $user->ID;
		if ( $user->display_name !== $name ) {
			wp_update_user( wp_slash( array( 'ID' => $id, 'display_name' => $name, 'nickname' => $name ) ) );
			$stats['users']['updated']++;
		}
	}
	return $cache[ $name ] = (int) $id;
}

// ------------------------------------------------------------------ tags
// An article's topics (`tags`: [{slug, name}]) as WordPress tags, with the data's slug and
// name; the term id of each slug, created when missing, renamed when the data renames it.
function tag_term_id( $tag, &$stats ) {
	static $cache = array();
	$slug = $tag['slug'] ?? '';
	$name = $tag['name'] ?? '';
	if ( '' === $slug || '' === $name ) {
		fail( 'a tag without a slug or a name: ' . json_encode( $tag, JSON_UNESCAPED_UNICODE ) );
	}
	if ( isset( $cache[ $slug ] ) ) {
		return $cache[ $slug ];
	}
	$term = get_term_by( 'slug', $slug, 'post_tag' );
	if ( ! $term ) {
		$r = wp_insert_term( wp_slash( $name ), 'post_tag', array( 'slug' => $slug ) );
		$stats['tags']['created']++;
	} elseif ( term_name( $term ) !== $name ) {
		$r = wp_update_term( $term->term_id, 'post_tag', wp_slash( array( 'name' => $name ) ) );
		$stats['tags']['updated']++;
	} else {
		$r = array( 'term_id' => $term->term_id );
	}
	if ( is_wp_error( $r ) ) {
		fail( "tag $slug: " . $r->get_error_message() );
	}
	$stored = get_term( (int) $r['term_id'], 'post_tag' );
	if ( ! $stored || is_wp_error( $stored ) || $stored->slug !== $slug || term_name( $stored ) !== $name ) {
		fail( "tag $slug: WordPress stored a different slug or name" );
	}
	return $cache[ $slug ] = (int) $r['term_id'];
}

// A term's name as written (WordPress stores `&` as `&amp;`).
function term_name( $term ) {
	return html_entity_decode( $term->name, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}

// A post's tags' ids, ascending (to compare with what a post has).
function post_tag_ids( $post_id ) {
	$ids = wp_get_object_terms( $post_id, 'post_tag', array( 'fields' => 'ids' ) );
	if ( is_wp_error( $ids ) ) {
		fail( "post $post_id: " . $ids->get_error_message() );
	}
	$ids = array_map( 'intval', $ids );
	sort( $ids );
	return $ids;
}

// ------------------------------------------------------------------ posts
$posts = array();
foreach ( get_posts( array(
	'post_type'   => 'post',
	'post_status' => 'any',
	'numberposts' => -1,
	'meta_key'    => '_tintuc_slug',
) ) as $p ) {
	$posts[ get_post_meta( $p->ID, '_tintuc_slug', true ) ] = $p;
}

$shortened = array();
foreach ( $articles as $a ) {
	$slug = $a['slug'];
	// wp_posts.post_name is varchar(200): WordPress silently cuts a longer slug to 200
	// characters (less a trailing "-"). Cut it the same way here, so that the check below
	// compares like with like; the post keeps its full data slug in _tintuc_slug.
	$wp_slug = strlen( $slug ) > 200 ? _truncate_post_slug( $slug, 200 ) : $slug;
	if ( $wp_slug !== $slug ) {
		$shortened[] = "$slug -> $wp_slug";
	}
	$category = $a['category']['slug'] ?? '';
	if ( ! isset( $term_ids[ $category ] ) ) {
		fail( "$slug: unknown category '$category'" );
	}
	$author   = author_user_id( isset( $a['author'] ) && '' !== trim( $a['author'] ) ? $a['author'] : 'Ban biên tập', $stats );
	$thumb_id = 0;
	if ( ! empty( $a['thumbnail']['url'] ) ) {
		if ( ! preg_match( '#^/media/(anh-\d\d)(?:-320)?\.jpg$#', $a['thumbnail']['url'], $m ) ) {
			fail( "$slug: thumbnail {$a['thumbnail']['url']} is not in data/media" );
		}
		$thumb_id = $attachment_ids[ $m[1] ];
	}
	$tag_ids = array();
	foreach ( $a['tags'] ?? array() as $tag ) {
		$tag_ids[] = tag_term_id( $tag, $stats );
	}
	$tag_ids = array_values( array_unique( $tag_ids ) );
	sort( $tag_ids );
	$want = array(
		'post_type'     => 'post',
		'post_status'   => 'publish',
		'post_name'     => $wp_slug,
		'post_title'    => $a['title'],
		'post_content'  => wordpress_body( $a['body_html'], $attachment_ids ),
		'post_excerpt'  => $a['summary'] ?? '',
		'post_author'   => $author,
		'post_date'     => get_date_from_gmt( $a['_gmt'] ),
		'post_date_gmt' => $a['_gmt'],
		'post_category' => array( $term_ids[ $category ] ),
	);

	$post = $posts[ $slug ] ?? null;
	if ( $post ) {
		$same = $post->post_name === $want['post_name']
			&& $post->post_status === 'publish'
			&& $post->post_title === $want['post_title']
			&& $post->post_content === $want['post_content']
			&& $post->post_excerpt === $want['post_excerpt']
			&& (int) $post->post_author === $author
			&& $post->post_date_gmt === $want['post_date_gmt']
			&& $post->post_date === $want['post_date']
			&& $post->post_modified_gmt === $a['_modified_gmt']
			&& wp_get_post_categories( $post->ID ) === $want['post_category']
			&& post_tag_ids( $post->ID ) === $tag_ids
			&& (int) get_post_thumbnail_id( $post->ID ) === $thumb_id;
		if ( $same ) {
			continue;
		}
		$id = wp_update_post( wp_slash( $want + array( 'ID' => $post->ID, 'edit_date' => true ) ), true );
		$stats['posts']['updated']++;
	} else {
		$id = wp_insert_post(
			wp_slash(
				$want + array(
					'comment_status' => 'closed',
					'ping_status'    => 'closed',
					'meta_input'     => array( '_tintuc_slug' => $slug ),
				)
			),
			true
		);
		$stats['posts']['created']++;
	}
	if ( is_wp_error( $id ) ) {
		fail( "post $slug: " . $id->get_error_message() );
	}
	// WordPress schedules a "publish" post dated in the future (by this machine's clock)
	// instead of publishing it; the newsroom's articles are all published.
	if ( 'future' === get_post_status( $id ) ) {
		wp_publish_post( $id );
	}
	$r = wp_set_object_terms( $id, $tag_ids, 'post_tag' );
	if ( is_wp_error( $r ) ) {
		fail( "post $slug: tags: " . $r->get_error_message() );
	}
	if ( $thumb_id ) {
		set_post_thumbnail( $id, $thumb_id );
	} else {
		delete_post_thumbnail( $id );
	}
	// WordPress stamps every save with the time of the save; the newsroom's is kept.
	$wpdb->update(
		$wpdb->posts,
		array(
			'post_modified'     => get_date_from_gmt( $a['_modified_gmt'] ),
			'post_modified_gmt' => $a['_modified_gmt'],
		),
		array( 'ID' => $id )
	);

	// What WordPress stored must be what the newsroom wrote.
	clean_post_cache( $id );
	$stored = get_post( $id );
	foreach ( array( 'post_status', 'post_name', 'post_title', 'post_content', 'post_excerpt', 'post_date', 'post_date_gmt' ) as $field ) {
		if ( $stored->$field !== $want[ $field ] ) {
			fail( "post $slug: WordPress stored a different $field" );
		}
	}
	if ( post_tag_ids( $id ) !== $tag_ids ) {
		fail( "post $slug: WordPress stored different tags" );
	}
}

// Tags that no article of data/ has any more (the site's tags are all seeded ones).
$wanted_tags = array();
foreach ( $articles as $a ) {
	foreach ( $a['tags'] ?? array() as $tag ) {
		$wanted_tags[ $tag['slug'] ] = true;
	}
}
$terms = get_terms( array( 'taxonomy' => 'post_tag', 'hide_empty' => false ) );
if ( is_wp_error( $terms ) ) {
	fail( 'tags: ' . $terms->get_error_message() );
}
foreach ( $terms as $term ) {
	if ( ! isset( $wanted_tags[ $term->slug ] ) ) {
		wp_delete_term( $term->term_id, 'post_tag' );
		say( "deleted tag {$term->slug} (no article of data/articles has it)" );
	}
}

// Posts seeded earlier from articles that are no longer in data/.
$known = array_column( $articles, 'slug' );
foreach ( $posts as $slug => $post ) {
	if ( ! in_array( $slug, $known, true ) ) {
		wp_delete_post( $post->ID, true );
		say( "deleted post $slug (no longer in data/articles)" );
	}
}

foreach ( $stats['posts']['created'] + $stats['posts']['updated'] > 0 ? $shortened : array() as $s ) {
	say( "slug longer than WordPress's 200 characters, stored cut: $s" );
}
$parts = array();
foreach ( $stats as $kind => $n ) {
	$parts[] = "$kind +{$n['created']} ~{$n['updated']}";
}
say( 'seeded (' . count( $articles ) . ' articles; created +, updated ~): ' . implode( ', ', $parts ) );
