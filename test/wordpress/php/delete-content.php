<?php
/**
 * Deletes the posts and categories a check created, for its `finally`: reads
 * { "posts": [ ids ], "categories": [ ids ] } on standard input. Posts are deleted, not trashed.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

$content = json_decode( stream_get_contents( STDIN ), true );
foreach ( $content['posts'] ?? array() as $id ) {
	wp_delete_post( (int) $id, true );
}
foreach ( $content['categories'] ?? array() as $id ) {
	wp_delete_term( (int) $id, 'category' );
}
