<?php
/**
 * The widgets a post's content holds, in blocks or shortcodes, found before it is rendered.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The tags of the offered widgets that `$content` holds: in "Refuge graphic" blocks, nested ones
 * included, in [refuge_widget] shortcodes (not escaped ones, [[refuge_widget …]]), and in links to
 * the library's embed.html alone on their line (embed-link.php); and republish-notice, for a
 * "Republish notice" block or a [refuge_republish_notice] shortcode.
 *
 * @param string $content A post's content, as stored.
 * @return string[]
 */
function widget_tags_in( string $content ): array {
	$asked = array();
	if ( has_block( 'refuge-widgets/graphic', $content ) ) {
		$asked = block_widgets( parse_blocks( $content ) );
	}
	if ( has_shortcode( $content, 'refuge_widget' ) ) {
		preg_match_all( '/' . get_shortcode_regex( array( 'refuge_widget' ) ) . '/', $content, $shortcodes, PREG_SET_ORDER );
		foreach ( $shortcodes as $shortcode ) {
			if ( '[' !== $shortcode[1] ) {
				$attributes = shortcode_parse_atts( $shortcode[3] );
				$asked[]    = is_array( $attributes ) ? ( $attributes['widget'] ?? '' ) : '';
			}
		}
	}
	// The lines WordPress's autoembed turns into embeds: a classic post's, an Embed block's.
	preg_match_all( '|^\s*(https?://[^\s<>"]+)\s*$|im', $content, $links );
	foreach ( $links[1] as $link ) {
		$choice  = embed_link_choice( str_replace( '&amp;', '&', $link ) );
		$asked[] = $choice['widget']['tag'] ?? '';
	}
	$tags = array();
	if ( has_block( 'refuge-widgets/republish-notice', $content ) || has_shortcode( $content, 'refuge_republish_notice' ) ) {
		$tags[ notice_description()['tag'] ] = true;
	}
	foreach ( $asked as $tag ) {
		$widget = find_widget( $tag );
		if ( null !== $widget ) {
			$tags[ $widget['tag'] ] = true;
		}
	}
	return array_keys( $tags );
}

/**
 * The widget each "Refuge graphic" block among `$blocks` (and their inner blocks) asks for.
 *
 * @param array<int, array<string, mixed>> $blocks From parse_blocks().
 * @return array<int, mixed>
 */
function block_widgets( array $blocks ): array {
	$widgets = array();
	foreach ( $blocks as $block ) {
		if ( 'refuge-widgets/graphic' === $block['blockName'] ) {
			$widgets[] = $block['attrs']['widget'] ?? '';
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$widgets = array_merge( $widgets, block_widgets( $block['innerBlocks'] ) );
		}
	}
	return $widgets;
}
