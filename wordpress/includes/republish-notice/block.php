<?php
/**
 * The "Republish notice" block: a dynamic block, like the graphic's, so a post stores only its
 * choices (blocks/republish-notice/block.json) and the page gets the element when it is served,
 * after kses: an Author without unfiltered_html can use it.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/** The block's attributes (block.json) and the element's attributes they set. */
const NOTICE_BLOCK_ATTRIBUTES = array(
	'license'    => 'license',
	'author'     => 'author',
	'publisher'  => 'publisher',
	'articleUrl' => 'article-url',
	'pixelSrc'   => 'pixel-src',
	'lang'       => 'lang',
);

/** Registers the block; its editor script is the graphic block's (block.php). */
function register_notice_block(): void {
	register_block_type(
		plugin_dir_path( PLUGIN_FILE ) . 'blocks/republish-notice',
		array( 'render_callback' => __NAMESPACE__ . '\render_notice_block' )
	);
}

/**
 * Gives the editor script the licenses to choose from and the site's defaults, which an empty
 * option stands for; only in the block editor.
 */
function add_notice_editor_data(): void {
	$data = array(
		'licenses' => notice_description()['licenses'],
		'defaults' => notice_defaults(),
	);
	wp_add_inline_script( 'refuge-widgets-editor', 'var refugeWidgetsNoticeData = ' . wp_json_encode( $data ) . ';', 'before' );
}

/**
 * The notice of the post the block is in (its context, in a query loop too), in the wrapper
 * WordPress gives blocks.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @param string               $content    Nothing: the block saves none.
 * @param \WP_Block            $block      The block, for its post.
 */
function render_notice_block( array $attributes, string $content, \WP_Block $block ): string {
	$choices = array();
	foreach ( NOTICE_BLOCK_ATTRIBUTES as $attribute => $name ) {
		$choices[ $name ] = $attributes[ $attribute ] ?? '';
	}
	$post    = get_post( $block->context['postId'] ?? null );
	$element = render_republish_notice( $choices, $post instanceof \WP_Post ? $post : null );
	return '' === $element ? '' : sprintf( '<div %s>%s</div>', get_block_wrapper_attributes(), $element );
}
