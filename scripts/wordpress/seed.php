<?php
/**
 * Seeds the local WordPress with the demo newsroom's data (../../data), through
 * WordPress's own PHP API: wp_insert_term, wp_insert_user, wp_handle_sideload +
 * wp_insert_attachment + wp_generate_attachment_metadata, wp_insert_post,
 * set_post_thumbnail.
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

$stats = array_fill_keys( array( 'categories', 'users', 'media', 'posts' ), array( 'created' => 0, 'updated' => 0 ) );

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

// ------------------------------------------------------------------ media
// Each data/media/anh-NN.jpg is uploaded once. Its alt text is the thumbnail alt of the
// reference article, else of the oldest article that has it as thumbnail, else the
// caption under it in the oldest body that shows it. Its upload folder and date are those
// of the oldest article that uses it, so URLs do not depend on the day of the run.
$media = array(); // "anh-01" => [ 'file', 'alt', 'date_gmt' ]
foreach ( glob( "$data_dir/media/anh-[0-9][0-9].jpg" ) as $file ) {
	$media[ basename( $file, '.jpg' ) ] = array( 'file' => $file, 'alt' => null, 'date_gmt' => null );
}
$by_reference_first = $articles;
usort(
	$by_reference_first,
	function ( $x, $y ) {
		return array( REFERENCE_SLUG !== $x['slug'], $x['_gmt'], $x['slug'] )
			<=> array( REFERENCE_SLUG !== $y['slug'], $y['_gmt'], $y['slug'] );
	}
);
foreach ( $by_reference_first as $a ) {
	if ( ! empty( $a['thumbnail']['url'] ) && preg_match( '#^/media/(anh-\d\d)\.jpg$#', $a['thumbnail']['url'], $m )
		&& isset( $media[ $m[1] ] ) && null === $media[ $m[1] ]['alt'] ) {
		$media[ $m[1] ]['alt'] = (string) ( $a['thumbnail']['alt'] ?? '' );
	}
}
foreach ( $articles as $a ) {
	$used = array();
	if ( ! empty( $a['thumbnail']['url'] ) && preg_match( '#^/media/(anh-\d\d)(?:-320)?\.jpg$#', $a['thumbnail']['url'], $m ) ) {
		$used[] = $m[1];
	}
	preg_match_all( '#/media/(anh-\d\d)(?:-320)?\.jpg#', $a['body_html'], $all );
	foreach ( array_merge( $used, $all[1] ) as $key ) {
		if ( ! isset( $media[ $key ] ) ) {
			fail( "{$a['slug']} uses /media/$key.jpg, which is not in data/media" );
		}
		if ( null === $media[ $key ]['date_gmt'] ) {
			$media[ $key ]['date_gmt'] = $a['_gmt'];
		}
		if ( null === $media[ $key ]['alt'] && preg_match(
			'#/media/' . $key . '(?:-320)?\.jpg.{0,400}?<(?:em|figcaption)>(.*?)</(?:em|figcaption)>#s',
			$a['body_html'],
			$cap
		) ) {
			$media[ $key ]['alt'] = html_entity_decode( wp_strip_all_tags( $cap[1] ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
	}
}

$existing = array();
foreach ( get_posts( array(
	'post_type'   => 'attachment',
	'post_status' => 'any',
	'numberposts' => -1,
	'meta_key'    => '_tintuc_source',
) ) as $p ) {
	$existing[ get_post_meta( $p->ID, '_tintuc_source', true ) ] = $p->ID;
}
$attachment_ids = array();
foreach ( $media as $key => $m ) {
	if ( null === $m['date_gmt'] ) {
		$m['date_gmt'] = $articles[0]['_gmt'];
	}
	$alt = (string) $m['alt'];
	$id  = $existing[ "$key.jpg" ] ?? 0;
	if ( ! $id ) {
		$local = get_date_from_gmt( $m['date_gmt'] );
		$tmp   = wp_tempnam( "$key.jpg" );
		copy( $m['file'], $tmp );
		$file_array = array( 'name' => "$key.jpg", 'tmp_name' => $tmp, 'size' => filesize( $tmp ), 'error' => 0 );
		$upload     = wp_handle_sideload(
			$file_array,
			array( 'test_form' => false ),
			substr( $local, 0, 4 ) . '/' . substr( $local, 5, 2 )
		);
		if ( isset( $upload['error'] ) ) {
			@unlink( $tmp );
			fail( "upload $key.jpg: {$upload['error']}" );
		}
		$id = wp_insert_attachment(
			wp_slash(
				array(
					'post_mime_type' => $upload['type'],
					'post_title'     => $key,
					'post_content'   => '',
					'post_status'    => 'inherit',
					'post_date'      => $local,
					'post_date_gmt'  => $m['date_gmt'],
					'meta_input'     => array( '_tintuc_source' => "$key.jpg" ),
				)
			),
			$upload['file'],
			0,
			true
		);
		if ( is_wp_error( $id ) ) {
			fail( "attachment $key.jpg: " . $id->get_error_message() );
		}
		// The intermediate sizes (thumbnail, medium, medium_large), made with php-gd.
		wp_update_attachment_metadata( $id, wp_generate_attachment_metadata( $id, $upload['file'] ) );
		$stats['media']['created']++;
	}
	if ( get_post_meta( $id, '_wp_attachment_image_alt', true ) !== $alt ) {
		update_post_meta( $id, '_wp_attachment_image_alt', wp_slash( $alt ) );
		if ( isset( $existing[ "$key.jpg" ] ) ) {
			$stats['media']['updated']++;
		}
	}
	$attachment_ids[ $key ] = (int) $id;
}

// The body's /media/anh-NN.jpg becomes the attachment's URL; /media/anh-NN-320.jpg (the
// demo newsroom's 320 px variant) becomes its "medium" size, 320 px wide here.
function wordpress_body( $html, $attachment_ids ) {
	return preg_replace_callback(
		'#(?<=["\'])/media/(anh-\d\d)(-320)?\.jpg#',
		function ( $m ) use ( $attachment_ids ) {
			$id = $attachment_ids[ $m[1] ];
			$u  = empty( $m[2] ) ? wp_get_attachment_url( $id ) : wp_get_attachment_image_url( $id, 'medium' );
			if ( ! $u ) {
				fail( "no URL for attachment {$m[1]}" );
			}
			return $u;
		},
		$html
	);
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
			&& wp_get_post_categories( $post->ID ) === $want['post_category']
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
	if ( $thumb_id ) {
		set_post_thumbnail( $id, $thumb_id );
	} else {
		delete_post_thumbnail( $id );
	}

	// What WordPress stored must be what the newsroom wrote.
	clean_post_cache( $id );
	$stored = get_post( $id );
	foreach ( array( 'post_status', 'post_name', 'post_title', 'post_content', 'post_excerpt', 'post_date', 'post_date_gmt' ) as $field ) {
		if ( $stored->$field !== $want[ $field ] ) {
			fail( "post $slug: WordPress stored a different $field" );
		}
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
