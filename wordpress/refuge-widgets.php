<?php
/**
 * Plugin Name:       Refuge graphics
 * Description:       The "Refuge graphic" block and the [refuge_widget] shortcode: accessible graphics for the story of Mexicans fleeing drug violence and seeking asylum, for editors without the unfiltered_html capability; and the "Republish notice" block and [refuge_republish_notice] shortcode, which offer readers a story to republish.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * Text Domain:       refuge-widgets
 * Domain Path:       /languages
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/translations.php';
require_once __DIR__ . '/includes/catalog.php';
require_once __DIR__ . '/includes/values.php';
require_once __DIR__ . '/includes/entries.php';
require_once __DIR__ . '/includes/fallbacks.php';
require_once __DIR__ . '/includes/prerendered.php';
require_once __DIR__ . '/includes/post-widgets.php';
require_once __DIR__ . '/includes/stylesheets.php';
require_once __DIR__ . '/includes/library.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/examples.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/embed-link.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/addresses.php';
require_once __DIR__ . '/includes/refusal.php';
require_once __DIR__ . '/includes/republish-notice/description.php';
require_once __DIR__ . '/includes/republish-notice/options.php';
require_once __DIR__ . '/includes/republish-notice/attributes.php';
require_once __DIR__ . '/includes/republish-notice/render.php';
require_once __DIR__ . '/includes/republish-notice/block.php';
require_once __DIR__ . '/includes/republish-notice/shortcode.php';
require_once __DIR__ . '/includes/republish-notice/append.php';
require_once __DIR__ . '/includes/republish-notice/settings.php';

// Before the block's registration (init, 10), which translates block.json.
add_action( 'init', __NAMESPACE__ . '\load_translations', 5 );
add_action( 'init', __NAMESPACE__ . '\register_block' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\add_editor_data' );
add_action( 'init', __NAMESPACE__ . '\register_shortcode' );
add_action( 'init', __NAMESPACE__ . '\register_embed_link' );
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\enqueue_queried_styles' );
add_action( 'wp_footer', __NAMESPACE__ . '\print_library_script' );
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\add_settings_page' );
add_action( 'init', __NAMESPACE__ . '\register_notice_block' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\add_notice_editor_data' );
add_action( 'init', __NAMESPACE__ . '\register_notice_shortcode' );
add_filter( 'the_content', __NAMESPACE__ . '\append_republish_notice', 20 );
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\enqueue_appended_notice_style' );
add_action( 'admin_init', __NAMESPACE__ . '\register_notice_settings' );
