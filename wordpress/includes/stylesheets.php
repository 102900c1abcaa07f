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
 * origin it needs no CORS or Content Security Policy change. Called by every render: a block
 * theme renders the content before wp_head, so the link goes in the head; when a classic theme
 * renders a graphic enqueue_queried_styles() did not foresee, WordPress prints it in the footer.
 *
 * @param string $tag An offered widget's tag.
 */
function enqueue_widget_style( string $tag ): void {
	wp_enqueue_style( 'refuge-widgets-' . $tag, widget_style_url( $tag ), array(), null );
}

/**
 * The address of a widget's stylesheet in the plugin's own copy, versioned by its date, so a
 * new version of the plugin is not read from an old cache.
 *
 * @param string $tag An offered widget's tag.
 */
function widget_style_url( string $tag ): string {
	$file = 'library/' . $tag . '.css';
	return add_query_arg( 'ver', (string) filemtime( plugin_dir_path( PLUGIN_FILE ) . $file ), plugins_url( $file, PLUGIN_FILE ) );
}

/**
 * On wp_enqueue_scripts, in the head, the stylesheet of every widget the main query's posts hold.
 * A classic theme renders the content after wp_head, and a stylesheet enqueued then is printed at
 * the end of the body, which browsers do not wait for: Chromium paints the prerender unstyled
 * first (a chart 1,014 px tall where it takes 447), then moves the page when the stylesheet
 * arrives. Graphics outside the posts' own content (a reusable block, a widget area) still get
 * their stylesheet from their render, late.
 */
function enqueue_queried_styles(): void {
	global $wp_query;
	$posts = $wp_query instanceof \WP_Query && is_array( $wp_query->posts ) ? $wp_query->posts : array();
	foreach ( $posts as $post ) {
		foreach ( $post instanceof \WP_Post ? widget_tags_in( $post->post_content ) : array() as $tag ) {
			enqueue_widget_style( $tag );
		}
	}
}
