<?php
/**
 * The widgets the block and the shortcode offer, with their documented attributes: widgets.json,
 * which the plugin's build describes from the library's custom-elements.json (the same description
 * the snippet builder uses), so a new widget or attribute needs no change here.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Every offered widget: [ 'tag', 'summary', 'attributes' => [ [ 'name', 'kind', 'values', 'default'? ], … ] ].
 *
 * @return array<int, array<string, mixed>>
 */
function widgets(): array {
	static $widgets = null;
	if ( null === $widgets ) {
		$json    = file_get_contents( plugin_dir_path( PLUGIN_FILE ) . 'widgets.json' );
		$widgets = is_string( $json ) ? json_decode( $json, true ) : null;
		$widgets = is_array( $widgets ) ? $widgets : array();
	}
	return $widgets;
}

/**
 * The offered widget with this tag, or null.
 *
 * @param mixed $tag What a block or shortcode asked for.
 * @return array<string, mixed>|null
 */
function find_widget( $tag ): ?array {
	if ( ! is_string( $tag ) ) {
		return null;
	}
	foreach ( widgets() as $widget ) {
		if ( $widget['tag'] === $tag ) {
			return $widget;
		}
	}
	return null;
}
