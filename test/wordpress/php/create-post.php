<?php
/**
 * Publishes a post as a given user and prints its id, address and content as stored as JSON. Reads
 * { "author": login, "title": …, "content": …, "categories": [ ids ] } on standard input, the
 * categories optional (WordPress's default category otherwise). WordPress filters the content as
 * it would that user's (kses for a user without unfiltered_html, such as an Author).
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

$post = json_decode( stream_get_contents( STDIN ), true );
$user = get_user_by( 'login', $post['author'] );
wp_set_current_user( $user->ID );
$id = wp_insert_post(
	wp_slash(
		array(
			'post_title'    => $post['title'],
			'post_content'  => $post['content'],
			'post_status'   => 'publish',
			'post_author'   => $user->ID,
			'post_category' => $post['categories'] ?? array(),
		)
	),
	true
);
if ( is_wp_error( $id ) ) {
	fwrite( STDERR, $id->get_error_message() );
	exit( 1 );
}
echo wp_json_encode(
	array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		// What WordPress kept: a check compares it with what was sent.
		'content' => get_post_field( 'post_content', $id, 'raw' ),
	)
);
