<?php
/**
 * Prints, as a JSON list, the keys of the oEmbed cache WordPress keeps in the meta of the post
 * whose id is on the command line (`_oembed_…`, `_oembed_time_…`): one per URL it tried to embed
 * with oEmbed, a failure included.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

$keys = array_keys( get_post_meta( (int) $argv[2] ) );
echo wp_json_encode( array_values( array_filter( $keys, fn( $key ) => str_starts_with( $key, '_oembed_' ) ) ) );
