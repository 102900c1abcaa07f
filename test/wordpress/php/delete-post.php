<?php
/**
 * Deletes the post whose id is given on the command line, for good: a check's post that later
 * checks should not find (in the feed, in the list of posts).
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

if ( ! wp_delete_post( (int) $argv[2], true ) ) {
	fwrite( STDERR, "Post {$argv[2]} could not be deleted." );
	exit( 1 );
}
