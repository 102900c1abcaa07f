<?php
/**
 * What the plugin takes as a web address: from the settings page (the library's, the notice's
 * tracking image) and from blocks and shortcodes (the notice's original address and image).
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * `$value`, trimmed, if it is an absolute address with one of `$schemes` and a host, which
 * WordPress's own cleaning of URLs leaves as it is (so it holds no space, quote or markup); ''
 * otherwise.
 *
 * @param mixed    $value   What a form, a block or a shortcode gave.
 * @param string[] $schemes The schemes accepted, in lower case: array( 'https' ), array( 'http', 'https' ).
 */
function checked_address( $value, array $schemes ): string {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$value = trim( $value );
	$parts = wp_parse_url( $value );
	$valid = is_array( $parts )
		&& in_array( $parts['scheme'] ?? '', $schemes, true )
		&& '' !== ( $parts['host'] ?? '' )
		&& esc_url_raw( $value, $schemes ) === $value;
	return $valid ? $value : '';
}
