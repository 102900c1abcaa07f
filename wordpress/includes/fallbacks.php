<?php
/**
 * The short no-JavaScript fallback of a widget: library/fallbacks.json, written by the library's
 * build from its own data (the sentence with the figure and its qualifier, the source link, a
 * chart's image and table), plain HTML made to read without any stylesheet. Feeds get it in
 * place of the prerender, which needs the widget's stylesheet.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The fallback HTML for a widget and its checked values, or '' if the build wrote none for it.
 *
 * @param array<string, mixed>  $widget One of widgets().
 * @param array<string, string> $values From clean_values().
 */
function fallback_html( array $widget, array $values ): string {
	// Our own build's markup; kses keeps it to post HTML (and the timeline's dates) whatever the
	// file holds.
	return wp_kses( entry_html( 'fallbacks.json', $widget, $values ), fallback_tags() );
}

/**
 * The HTML a fallback may hold: what a post may, plus `<time datetime>` (the timeline's dates)
 * and `loading` on the chart image (so readers whose widget renders never fetch it), which
 * WordPress 6.1's list lacks.
 *
 * @return array<string, array<string, bool>>
 */
function fallback_tags(): array {
	$tags         = wp_kses_allowed_html( 'post' );
	$tags['time'] = array( 'datetime' => true );
	$tags['img']  = array_merge( $tags['img'] ?? array(), array( 'loading' => true ) );
	return $tags;
}
