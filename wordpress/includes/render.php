<?php
/**
 * The element a block or a shortcode puts in the page.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The element for an offered widget and its values, checked against its description; '' for
 * anything else.
 *
 * @param mixed        $tag    The widget asked for.
 * @param array<mixed> $values Its attribute values, as stored or written.
 */
function render_widget( $tag, array $values ): string {
	$widget = find_widget( $tag );
	return null === $widget ? '' : render_element( $widget, clean_values( $widget, $values ) );
}

/**
 * `<tag attribute="…">prerender</tag>`, every value escaped. The element upgrades once the
 * library's script has run; until then, and for readers without JavaScript, it shows the widget
 * prerendered, which the widget's stylesheet, enqueued here, lays out in the box the widget will
 * take. A feed gets the short fallback instead: feed readers take no stylesheet of ours, and
 * without it the prerender reads worse (asylum-stat's proportion bar, an unsized SVG, is a black
 * box there).
 *
 * @param array<string, mixed>  $widget Its description: one of widgets(), or the notice's.
 * @param array<string, string> $values Checked values ('' for a boolean that is on).
 */
function render_element( array $widget, array $values ): string {
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
