<?php
/**
 * The [refuge_widget] shortcode, for the classic editor and places blocks do not reach:
 * [refuge_widget widget="asylum-stat" metric="port-requests" lang="es"]. Any other attribute is an
 * attribute of the widget; a boolean can be written bare: [refuge_widget widget="…" show-table].
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/** Registers the shortcode. */
function register_shortcode(): void {
	add_shortcode( 'refuge_widget', __NAMESPACE__ . '\render_shortcode' );
}

/**
 * The element for the shortcode's attributes, or '' for an unknown widget.
 *
 * @param array<mixed>|string $atts What WordPress parsed ('' when there were none).
 */
function render_shortcode( $atts ): string {
	$values = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		// A bare word is a boolean turned on; WordPress lists it under a numeric key.
		if ( is_int( $key ) ) {
			$values[ strtolower( (string) $value ) ] = '';
		} else {
			$values[ $key ] = $value;
		}
	}
	$tag = $values['widget'] ?? '';
	unset( $values['widget'] );
	return render_widget( $tag, $values );
}
