<?php
/**
 * A widget's attribute values checked against its manifest description, the same rules as the
 * editor's notice (wordpress/editor/validate.ts): an attribute the widget does not document, or a
 * value outside an attribute's list, is dropped; a boolean is on or absent; free text is kept as
 * plain text. Whatever is kept is still escaped when it is printed.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The values to print, as element attributes ('' for a boolean that is on).
 *
 * @param array<string, mixed> $widget One of widgets().
 * @param array<mixed>         $values Attribute name => value, from a block or a shortcode.
 * @return array<string, string>
 */
function clean_values( array $widget, array $values ): array {
	$clean = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = $values[ $name ];
		if ( 'boolean' === $attribute['kind'] ) {
			if ( is_on( $value ) ) {
				$clean[ $name ] = '';
			}
		} elseif ( ! is_string( $value ) || '' === $value ) {
			continue;
		} elseif ( 'enum' === $attribute['kind'] ) {
			if ( in_array( $value, $attribute['values'], true ) ) {
				$clean[ $name ] = $value;
			}
		} else {
			$clean[ $name ] = sanitize_text_field( $value );
		}
	}
	return $clean;
}

/**
 * Whether a boolean attribute is on: the block stores true; a shortcode writes show-table="true"
 * (or "1", "yes", "on"), or the bare name, which reaches us as an empty string.
 *
 * @param mixed $value The stored or written value.
 */
function is_on( $value ): bool {
	if ( true === $value ) {
		return true;
	}
	return is_string( $value ) && in_array( strtolower( $value ), array( '', 'true', '1', 'yes', 'on' ), true );
}
