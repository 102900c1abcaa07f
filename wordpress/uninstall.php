<?php
/**
 * Deleting the plugin removes its options. Posts keep their blocks, which then show nothing, their
 * shortcodes, which then show as written, and their pasted links, which WordPress then shows as
 * links, until the plugin is installed again.
 *
 * Every option whose name starts with `refuge_widgets_` is the plugin's, whichever part of it
 * added the option, and so is every transient with that prefix: all go, without a list to keep
 * up to date. The plugin caches no embed: WordPress asks its embed handler before any oEmbed
 * cache, and keeps no copy of what the handler gives.
 *
 * @package RefugeWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$refuge_widgets_names = $wpdb->get_col(
	$wpdb->prepare(
		"SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
		$wpdb->esc_like( 'refuge_widgets_' ) . '%',
		$wpdb->esc_like( '_transient_refuge_widgets_' ) . '%'
	)
);
foreach ( $refuge_widgets_names as $refuge_widgets_name ) {
	// Through the API rather than one DELETE, so that WordPress's caches of the options forget them.
	if ( str_starts_with( $refuge_widgets_name, '_transient_' ) ) {
		delete_transient( substr( $refuge_widgets_name, strlen( '_transient_' ) ) );
	} else {
		delete_option( $refuge_widgets_name );
	}
}
