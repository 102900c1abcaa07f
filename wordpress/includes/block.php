<?php
/**
 * The "Refuge graphic" block: a dynamic block, so a post stores only its attributes (block.json)
 * and the page gets the element and its prerender from render_widget() when it is served, after
 * kses. Authors without unfiltered_html can use it: nothing they save is markup.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script, with its translations (languages/refuge-widgets-<locale>-
 * refuge-widgets-editor.json, which WordPress prints before it), and the block, whose title,
 * description and keywords WordPress translates from the plugin's .mo (load_translations()).
 */
function register_block(): void {
	$directory = plugin_dir_path( PLUGIN_FILE );
	wp_register_script(
		'refuge-widgets-editor',
		plugins_url( 'build/editor.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		(string) filemtime( $directory . 'build/editor.js' ),
		true
	);
	wp_set_script_translations( 'refuge-widgets-editor', 'refuge-widgets', $directory . 'languages' );
	register_block_type( $directory . 'block.json', array( 'render_callback' => __NAMESPACE__ . '\render_block' ) );
}

/**
 * Gives the editor script, before it runs, the widgets the server validates against, the
 * library's script and each widget's inserter preview; only in the block editor, where the script
 * is loaded.
 */
function add_editor_data(): void {
	$script = library_script();
	$data   = array(
		'widgets'  => widgets(),
		'library'  => array_intersect_key( $script, array_flip( array( 'src', 'integrity' ) ) ),
		'examples' => inserter_examples(),
	);
	wp_add_inline_script( 'refuge-widgets-editor', 'var refugeWidgetsBlockData = ' . wp_json_encode( $data ) . ';', 'before' );
}

/**
 * The block on the page, in the wrapper WordPress gives blocks (its class, alignment).
 *
 * @param array<string, mixed> $attributes The block's attributes.
 */
function render_block( array $attributes ): string {
	$values  = is_array( $attributes['values'] ?? null ) ? $attributes['values'] : array();
	$element = render_widget( $attributes['widget'] ?? '', $values );
	return '' === $element ? '' : sprintf( '<div %s>%s</div>', get_block_wrapper_attributes(), $element );
}
