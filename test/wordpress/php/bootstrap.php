<?php
/**
 * Loads the test site's WordPress for a command-line script: `php <script> <site directory> …`.
 *
 * @package RefugeWidgets\Tests
 */

if ( PHP_SAPI !== 'cli' || ! isset( $argv[1] ) ) {
	exit( 1 );
}
require rtrim( $argv[1], '/' ) . '/wp-load.php';
