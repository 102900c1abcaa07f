<?php
/**
 * A widget's entry in one of the HTML files the library's build writes from the widgets' own
 * templates: library/fallbacks.json (the short no-JavaScript fallback) and library/prerendered.json
 * (the widget as it looks once upgraded). Both list, for each widget, one entry per language, theme
 * and content attribute, with image URLs starting with `{{base}}`.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The HTML of the entry in `$file` for a widget and its checked values, with the library's address
 * in place of `{{base}}`, or '' if the build wrote none for it. Not yet filtered: the caller keeps
 * it to the markup its file may hold.
 *
 * @param string                $file   A file of the plugin's library/ folder.
 * @param array<string, mixed>  $widget One of widgets().
 * @param array<string, string> $values From clean_values().
 */
function entry_html( string $file, array $widget, array $values ): string {
	$wanted = array(
		'lang'  => widget_language( $values ),
		'theme' => 'dark' === ( $values['theme'] ?? '' ) ? 'dark' : 'light',
	);
	foreach ( entries( $file )[ $widget['tag'] ] ?? array() as $entry ) {
		if ( ! is_array( $entry['attributes'] ?? null ) || ! is_string( $entry['html'] ?? null ) ) {
			continue;
		}
		if ( matches( $entry['attributes'], $wanted, $widget, $values ) ) {
			return str_replace( '{{base}}', esc_url( library_base() ), $entry['html'] );
		}
	}
	return '';
}

/**
 * The language the widget will speak, as it decides once upgraded (src/core/localize.ts): its own
 * `lang`, else the page's, which WordPress prints on `<html lang>` from the site's language
 * (es-ES, es-MX… mean Spanish, anything else English). So a Spanish site's graphics are
 * prerendered in Spanish, and do not change language, or size, when they upgrade.
 *
 * @param array<string, string> $values From clean_values().
 */
function widget_language( array $values ): string {
	$language = $values['lang'] ?? get_bloginfo( 'language' );
	return 1 === preg_match( '/^es(-|$)/i', (string) $language ) ? 'es' : 'en';
}

/**
 * Whether an entry is the one for these values: its language and theme, and every other
 * attribute it lists (such as asylum-stat's metric) equal to the chosen value or, if none was
 * chosen, the attribute's default; an attribute without one (the notice's license) is listed as
 * '' for the entry that leaves it out.
 *
 * @param array<string, string> $attributes The entry's attributes.
 * @param array<string, string> $wanted     The language and theme of the entry to show.
 * @param array<string, mixed>  $widget     One of widgets().
 * @param array<string, string> $values     From clean_values().
 */
function matches( array $attributes, array $wanted, array $widget, array $values ): bool {
	foreach ( $attributes as $name => $value ) {
		if ( isset( $wanted[ $name ] ) ) {
			$expected = $wanted[ $name ];
		} else {
			$expected = $values[ $name ] ?? default_value( $widget, $name ) ?? '';
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
 * One of the files, read once per request: tag => list of [ 'attributes' => …, 'html' => … ].
 *
 * @param string $file A file of the plugin's library/ folder.
 * @return array<string, array<int, array<string, mixed>>>
 */
function entries( string $file ): array {
	static $files = array();
	if ( ! isset( $files[ $file ] ) ) {
		$json           = file_get_contents( plugin_dir_path( PLUGIN_FILE ) . 'library/' . $file );
		$entries        = is_string( $json ) ? json_decode( $json, true ) : null;
		$files[ $file ] = is_array( $entries ) ? $entries : array();
	}
	return $files[ $file ];
}
