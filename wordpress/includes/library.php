<?php
/**
 * Where the library is loaded from, and its one module script per page.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

const LIBRARY_ENTRY = 'refuge-widgets.js';

/**
 * The library's address, ending in '/': the site's setting, or the plugin's own copy of dist/
 * (so the plugin works with no CDN).
 */
function library_base(): string {
	$setting = get_option( 'refuge_widgets_library_url', '' );
	return is_string( $setting ) && '' !== $setting ? $setting : plugins_url( 'library/', PLUGIN_FILE );
}

/**
 * The attributes of the library's module script: with `integrity` (from the plugin's
 * integrity.json, so a CDN address must serve this plugin's version) when the site turned it on.
 *
 * @return array<string, string>
 */
function library_script(): array {
	$script = array(
		'type' => 'module',
		'src'  => library_base() . LIBRARY_ENTRY,
	);
	$integrity = get_option( 'refuge_widgets_integrity', false ) ? library_integrity() : '';
	if ( '' !== $integrity ) {
		$script['integrity']   = $integrity;
		$script['crossorigin'] = 'anonymous';
	}
	return $script;
}

/** The SHA-384 integrity of the entry in the plugin's copy of dist/, or ''. */
function library_integrity(): string {
	$json      = file_get_contents( plugin_dir_path( PLUGIN_FILE ) . 'library/integrity.json' );
	$integrity = is_string( $json ) ? json_decode( $json, true ) : null;
	return is_array( $integrity ) && is_string( $integrity[ LIBRARY_ENTRY ] ?? null ) ? $integrity[ LIBRARY_ENTRY ] : '';
}

/**
 * Records that the page holds a graphic (called by every render); with no argument, tells
 * whether one did.
 *
 * @param bool $needed True when a graphic was rendered.
 */
function library_needed( bool $needed = false ): bool {
	static $page_needs_it = false;
	$page_needs_it = $page_needs_it || $needed;
	return $page_needs_it;
}

/**
 * On wp_footer, the one module script of a page that holds graphics, however many: blocks and
 * shortcodes have rendered by then in classic and block themes alike. A module script runs after
 * the document is parsed wherever it is, so the footer delays nothing. wp_print_script_tag
 * (WordPress 5.7+) escapes every attribute.
 */
function print_library_script(): void {
	if ( library_needed() ) {
		wp_print_script_tag( library_script() );
	}
}
