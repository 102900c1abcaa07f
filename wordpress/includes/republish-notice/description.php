<?php
/**
 * `<republish-notice>` as the library describes it: republish-notice.json, which the plugin's
 * build writes from custom-elements.json (its attributes, and the values the enumerated ones
 * take) with each license's proper name, so the values the server accepts are the element's own.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The notice's description, in the shape of widgets()' entries, plus 'licenses' (id and name).
 *
 * @return array<string, mixed>
 */
function notice_description(): array {
	static $notice = null;
	if ( null === $notice ) {
		$json   = file_get_contents( plugin_dir_path( PLUGIN_FILE ) . 'republish-notice.json' );
		$notice = is_string( $json ) ? json_decode( $json, true ) : null;
		$notice = is_array( $notice ) ? $notice : array();
		$notice += array(
			'tag'        => 'republish-notice',
			'attributes' => array(),
			'licenses'   => array(),
		);
	}
	return $notice;
}

/**
 * The values an enumerated attribute of the notice takes (`license`, `lang`).
 *
 * @param string $name The attribute's name.
 * @return string[]
 */
function notice_values_of( string $name ): array {
	foreach ( notice_description()['attributes'] as $attribute ) {
		if ( $attribute['name'] === $name ) {
			return $attribute['values'];
		}
	}
	return array();
}

/**
 * `$value` if the attribute `$name` takes it, else ''.
 *
 * @param string $name  An enumerated attribute of the notice.
 * @param mixed  $value What a block, a shortcode or a setting gave.
 */
function notice_choice( string $name, $value ): string {
	return is_string( $value ) && in_array( $value, notice_values_of( $name ), true ) ? $value : '';
}

/**
 * The licenses a notice may name: id => proper name.
 *
 * @return array<string, string>
 */
function notice_licenses(): array {
	return array_column( notice_description()['licenses'], 'name', 'id' );
}
