<?php
/**
 * Prints the plugin's rows in the options table as JSON (name => value), read from the database
 * itself so that a default from register_setting() cannot stand in for a missing row.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

global $wpdb;
$rows = $wpdb->get_results( "SELECT option_name, option_value FROM {$wpdb->options} WHERE option_name LIKE 'refuge\\_widgets\\_%'", ARRAY_A );
echo wp_json_encode( (object) array_column( $rows, 'option_value', 'option_name' ) );
