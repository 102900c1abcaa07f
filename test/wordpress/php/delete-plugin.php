<?php
/**
 * Deactivates and deletes the plugin the way the Plugins screen does (delete_plugins() runs its
 * uninstall.php), then prints whether its folder is gone.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

$plugin = 'refuge-widgets/refuge-widgets.php';
deactivate_plugins( $plugin );
$deleted = delete_plugins( array( $plugin ) );
if ( true !== $deleted ) {
	fwrite( STDERR, is_wp_error( $deleted ) ? $deleted->get_error_message() : 'delete_plugins() failed' );
	exit( 1 );
}
echo wp_json_encode( array( 'folder_exists' => file_exists( WP_PLUGIN_DIR . '/refuge-widgets' ) ) );
