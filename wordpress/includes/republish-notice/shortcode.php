<?php
/**
 * The [refuge_republish_notice] shortcode, for the classic editor and places blocks do not reach:
 * [refuge_republish_notice license="cc-by-nc-nd-3.0" author="…" publisher="…" article-url="…"
 * pixel-src="https://…" lang="es"], each attribute optional and named as the element's. It is not
 * [refuge_widget widget="republish-notice"]: that one prints what it is given, checked against the
 * manifest, while this one fills in what only the site knows (the post's address and title, the
 * library's address, where the story's text is) and the site's defaults.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/** Registers the shortcode. */
function register_notice_shortcode(): void {
	add_shortcode( 'refuge_republish_notice', __NAMESPACE__ . '\render_notice_shortcode' );
}

/**
 * The notice of the post being shown.
 *
 * @param array<mixed>|string $atts What WordPress parsed ('' when there were none).
 */
function render_notice_shortcode( $atts ): string {
	$post = get_post();
	return render_republish_notice( is_array( $atts ) ? $atts : array(), $post instanceof \WP_Post ? $post : null );
}
