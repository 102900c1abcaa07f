<?php
/**
 * The plugin's translations, in its languages/ folder, compiled by its build from
 * wordpress/languages/*.po: refuge-widgets-<locale>.mo for the PHP, the plugin's header and
 * block.json's title, description and keywords, and a JSON file per locale for the editor script
 * (wp_set_script_translations(), in block.php).
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Loads the .mo for the user's or site's language. WordPress looks for a plugin's translations in
 * wp-content/languages/plugins/ by itself (from 6.7, just in time); ours ship inside the plugin,
 * which WordPress reads only once told so, on every version. Runs on `init` before the block is
 * registered, since registering translates block.json.
 */
function load_translations(): void {
	load_plugin_textdomain( 'refuge-widgets', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
}
