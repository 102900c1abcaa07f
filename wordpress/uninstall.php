<?php
/**
 * Deleting the plugin removes its options. Posts keep their blocks, which then show nothing, and
 * their shortcodes, which then show as written, until the plugin is installed again.
 *
 * @package RefugeWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'refuge_widgets_library_url' );
delete_option( 'refuge_widgets_integrity' );
