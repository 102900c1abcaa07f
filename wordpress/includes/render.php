<?php
/**
 * The element a block or a shortcode puts in the page.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * `<tag attribute="…">prerender</tag>` for an offered widget and its values, checked and escaped;
 * '' for anything else. The element upgrades once the library's script has run; until then, and
 * for readers without JavaScript, it shows the widget prerendered, which the widget's stylesheet,
 * enqueued here, lays out in the box the widget will take. A feed gets the short fallback instead:
 * feed readers take no stylesheet of ours, and without it the prerender reads worse (asylum-stat's
 * proportion bar, an unsized SVG, is a black box there).
 *
 * @param mixed        $tag    The widget asked for.
 * @param array<mixed> $values Its attribute values, as stored or written.
 */
function render_widget( $tag, array $values ): string {
	$widget = find_widget( $tag );
	if ( null === $widget ) {
		return '';
	}
	$values     = clean_values( $widget, $values );
	$attributes = '';
	foreach ( $values as $name => $value ) {
		$attributes .= '' === $value ? ' ' . esc_attr( $name ) : sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
	}
	library_needed( true );
	if ( is_feed() ) {
		$inside = fallback_html( $widget, $values );
	} else {
		enqueue_widget_style( $widget['tag'] );
		$inside = prerendered_html( $widget, $values );
	}
	$element = esc_attr( $widget['tag'] );
	return "<{$element}{$attributes}>{$inside}</{$element}>";
}
