<?php
/**
 * Sets the site's language (the WPLANG option: es_ES, or '' for English) to the one named on the
 * command line, and prints the one it had, for putting it back. Written to the table directly:
 * update_option() keeps only a language whose WordPress translation is installed, and the suite's
 * sites have none (what is tested is ours, not WordPress's Spanish).
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

global $wpdb;
echo (string) get_option( 'WPLANG', '' );
$wpdb->delete( $wpdb->options, array( 'option_name' => 'WPLANG' ) );
$wpdb->insert(
	$wpdb->options,
	array(
		'option_name'  => 'WPLANG',
		'option_value' => $argv[2] ?? '',
		'autoload'     => 'yes',
	)
);
