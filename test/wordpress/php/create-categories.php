<?php
/**
 * Creates a category for each name in the JSON list read on standard input, and prints their ids
 * as a JSON list, in the same order.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

$ids = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $name ) {
	$term = wp_insert_term( $name, 'category' );
	if ( is_wp_error( $term ) ) {
		fwrite( STDERR, $term->get_error_message() );
		exit( 1 );
	}
	$ids[] = $term['term_id'];
}
echo wp_json_encode( $ids );
