<?php
/**
 * Prints, as a JSON list, what do_shortcode() makes of each shortcode in the JSON list read on
 * standard input: the plugin's output for values no form would send.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

$shortcodes = json_decode( stream_get_contents( STDIN ), true );
echo wp_json_encode( array_map( 'do_shortcode', $shortcodes ) );
