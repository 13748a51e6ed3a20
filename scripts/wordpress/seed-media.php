<?php
/**
 * The demo newsroom's photos as WordPress media, uploaded once each.
 * Part of seed.php, which requires it: it runs in seed.php's scope (its
 * data, helpers and counts).
 */

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
	}	// Its caption and credit (the photo's IPTC credit, as WordPress keeps it in the
	// attachment's image_meta): the first article's, in the same order, that has them.
	if ( ! empty( $a['thumbnail']['caption'] ) && preg_match( '#^/media/(anh-\d\d)\.jpg$#', $a['thumbnail']['url'], $m )
		&& isset( $media[ $m[1] ] ) && ! isset( $media[ $m[1] ]['caption'] ) ) {
		$media[ $m[1] ]['caption'] = (string) $a['thumbnail']['caption'];
		$media[ $m[1] ]['credit']  = (string) ( $a['thumbnail']['credit'] ?? '' );
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
	$caption = (string) ( $m['caption'] ?? '' );
	if ( get_post_field( 'post_excerpt', $id ) !== $caption ) {
		wp_update_post( wp_slash( array( 'ID' => $id, 'post_excerpt' => $caption ) ) );
		$stats['media']['updated']++;
	}
	$credit = (string) ( $m['credit'] ?? '' );
	$meta   = wp_get_attachment_metadata( $id );
	if ( is_array( $meta ) && ( $meta['image_meta']['credit'] ?? '' ) !== $credit ) {
		$meta['image_meta']['credit'] = $credit;
		wp_update_attachment_metadata( $id, $meta );
		$stats['media']['updated']++;
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
