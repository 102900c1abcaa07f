<?php
/**
 * The no-JavaScript fallback of a widget: library/fallbacks.json, written by the library's build
 * from its own data (the sentence with the figure and its qualifier, the source link, a chart's
 * image). Readers without JavaScript, feed readers and search engines see it; the element hides
 * it once it renders.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The fallback HTML for a widget and its checked values, with the library's address in place of
 * `{{base}}`, or '' if the build wrote none for it.
 *
 * @param array<string, mixed>  $widget One of widgets().
 * @param array<string, string> $values From clean_values().
 */
function fallback_html( array $widget, array $values ): string {
	$entries = fallbacks()[ $widget['tag'] ] ?? array();
	$wanted  = array(
		'lang'  => 'es' === ( $values['lang'] ?? '' ) ? 'es' : 'en',
		'theme' => 'dark' === ( $values['theme'] ?? '' ) ? 'dark' : 'light',
	);
	foreach ( $entries as $entry ) {
		if ( ! is_array( $entry['attributes'] ?? null ) || ! is_string( $entry['html'] ?? null ) ) {
			continue;
		}
		if ( matches( $entry['attributes'], $wanted, $widget, $values ) ) {
			$html = str_replace( '{{base}}', esc_url( library_base() ), $entry['html'] );
			// Our own build's markup; kses keeps it to post HTML (and the timeline's dates)
			// whatever the file holds.
			return wp_kses( $html, fallback_tags() );
		}
	}
	return '';
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

/**
 * Whether a fallback entry is the one for these values: its language and theme, and every other
 * attribute it lists (such as asylum-stat's metric) equal to the chosen value or, if none was
 * chosen, the attribute's default.
 *
 * @param array<string, string> $attributes The entry's attributes.
 * @param array<string, string> $wanted     The language and theme of the fallback to show.
 * @param array<string, mixed>  $widget     One of widgets().
 * @param array<string, string> $values     From clean_values().
 */
function matches( array $attributes, array $wanted, array $widget, array $values ): bool {
	foreach ( $attributes as $name => $value ) {
		if ( isset( $wanted[ $name ] ) ) {
			$expected = $wanted[ $name ];
		} else {
			$expected = $values[ $name ] ?? default_value( $widget, $name );
		}
		if ( $value !== $expected ) {
			return false;
		}
	}
	return true;
}

/**
 * An attribute's documented default, or null.
 *
 * @param array<string, mixed> $widget One of widgets().
 * @param string               $name   Attribute name.
 */
function default_value( array $widget, string $name ): ?string {
	foreach ( $widget['attributes'] as $attribute ) {
		if ( $attribute['name'] === $name ) {
			return $attribute['default'] ?? null;
		}
	}
	return null;
}

/**
 * Tag => list of [ 'attributes' => …, 'html' => … ].
 *
 * @return array<string, array<int, array<string, mixed>>>
 */
function fallbacks(): array {
	static $fallbacks = null;
	if ( null === $fallbacks ) {
		$json      = file_get_contents( plugin_dir_path( PLUGIN_FILE ) . 'library/fallbacks.json' );
		$fallbacks = is_string( $json ) ? json_decode( $json, true ) : null;
		$fallbacks = is_array( $fallbacks ) ? $fallbacks : array();
	}
	return $fallbacks;
}
