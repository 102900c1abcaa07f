<?php
/**
 * Sets the plugin's options from the JSON object read on standard input (name => value), as a
 * site owner's earlier visits to the settings page would have; null deletes the option.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

foreach ( json_decode( stream_get_contents( STDIN ), true ) as $name => $value ) {
	if ( null === $value ) {
		delete_option( $name );
	} else {
		update_option( $name, $value );
	}
}
