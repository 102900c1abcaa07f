<?php
/**
 * Each widget's stylesheet, library/<tag>.css: the widget's own styles rewritten for its
 * prerendered content, which it styles exactly as the upgraded widget will look (and gives a
 * chart's static plot its size), until the element is defined.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the stylesheet of a widget the page holds: once, however many of its graphics the page
 * has (WordPress prints a handle once). Always the plugin's own copy, whatever library address the
 * site set: it must be the same build as the prerender the plugin prints, and from the site's own
 * origin it needs no CORS or Content Security Policy change. A block theme renders the content
 * before wp_head, so the link is in the head; a classic theme renders it after, and WordPress
 * prints the link in the footer.
 *
 * @param string $tag An offered widget's tag.
 */
function enqueue_widget_style( string $tag ): void {
	$file = 'library/' . $tag . '.css';
	wp_enqueue_style(
		'refuge-widgets-' . $tag,
		plugins_url( $file, PLUGIN_FILE ),
		array(),
		(string) filemtime( plugin_dir_path( PLUGIN_FILE ) . $file )
	);
}

