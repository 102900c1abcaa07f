<?php
/**
 * What the inserter shows when an editor hovers one of the block's variations (its `example`): the
 * widget prerendered, as readers without JavaScript see it. The inserter draws it in a frame of its
 * own, where the library is not loaded, so it gets the prerender and the widget's stylesheet here,
 * in the editor data, and loads nothing.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Each offered widget's preview: tag => [ 'html' => its prerender with its default values, in the
 * editor's language (the user's, which WordPress gives the admin's `<html lang>`), 'css' => its
 * stylesheet ].
 *
 * @return array<string, array{html: string, css: string}>
 */
function inserter_examples(): array {
	$examples = array();
	foreach ( widgets() as $widget ) {
		$css                        = file_get_contents( plugin_dir_path( PLUGIN_FILE ) . 'library/' . $widget['tag'] . '.css' );
		$examples[ $widget['tag'] ] = array(
			'html' => prerendered_html( $widget, array() ),
			'css'  => is_string( $css ) ? $css : '',
		);
	}
	return $examples;
}
