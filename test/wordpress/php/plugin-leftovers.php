<?php
/**
 * Prints, as a JSON list, the names of the rows of the options table that still name the plugin
 * anywhere: its options (`refuge_widgets_…`) and their transients (`_transient_refuge_widgets_…`,
 * `_transient_timeout_refuge_widgets_…`), read from the database itself.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

global $wpdb;
echo wp_json_encode( $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%refuge\\_widgets\\_%'" ) );
