<?php
/**
 * The notice a block, a shortcode or the automatic append puts in the page.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * `<republish-notice …>prerender</republish-notice>` for `$post`; '' in a feed, whose readers
 * could not open its dialog and read the story in the feed itself, and without a post.
 *
 * @param array<mixed>  $choices By the element's attribute names (see notice_attributes()).
 * @param \WP_Post|null $post    The story the notice offers.
 */
function render_republish_notice( array $choices, ?\WP_Post $post ): string {
	if ( null === $post || is_feed() ) {
		return '';
	}
	return render_element( notice_description(), notice_attributes( $choices, $post ) );
}
