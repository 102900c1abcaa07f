<?php
/**
 * The element a block or a shortcode puts in the page.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * `<tag attribute="…">fallback</tag>` for an offered widget and its values, checked and escaped;
 * '' for anything else. The element upgrades once the library's script has run; until then, and
 * for readers without JavaScript, it shows its fallback.
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
	$element = esc_attr( $widget['tag'] );
	return "<{$element}{$attributes}>" . fallback_html( $widget, $values ) . "</{$element}>";
}
