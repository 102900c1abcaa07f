<?php
/**
 * The notice appended to the posts of the categories the site chose (Settings → Refuge graphics),
 * as the publisher's tools for republication do: after the story, on the post's own page only.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * On the_content, after blocks and shortcodes have rendered (priority 20), the notice after the
 * post's content, unless the content already holds one: from its block, its shortcode, or a
 * synced pattern, all of which have rendered by then.
 *
 * @param mixed $content The content being filtered.
 * @return mixed
 */
function append_republish_notice( $content ) {
	if ( ! is_string( $content ) || ! notice_appended_here() || str_contains( $content, '<republish-notice' ) ) {
		return $content;
	}
	return $content . render_republish_notice( array(), get_post() );
}

/**
 * Whether the content being filtered is the queried post's, on its own page, and the post is in
 * one of the chosen categories. Not in a feed, an archive, another post's content shown beside it
 * (a query loop), an excerpt made from the content, nor the form of a password-protected post.
 */
function notice_appended_here(): bool {
	$post = get_post();
	return $post instanceof \WP_Post
		&& is_singular( 'post' )
		&& ! is_feed()
		&& ! doing_filter( 'get_the_excerpt' )
		&& get_queried_object_id() === $post->ID
		&& ! post_password_required( $post )
		&& in_notice_categories( $post );
}

/**
 * Whether the post is filed in one of the categories chosen for the notice.
 *
 * @param mixed $post A post, or anything else (false).
 */
function in_notice_categories( $post ): bool {
	$chosen = notice_categories();
	return $post instanceof \WP_Post && array() !== $chosen && has_category( $chosen, $post );
}

/**
 * On wp_enqueue_scripts, in the head, the notice's stylesheet on the page of a post that will get
 * one appended: a classic theme renders the content after wp_head, and the stylesheet enqueued
 * then would come at the end of the body, after the prerender was painted unstyled (its button
 * shown). The block and the shortcode are found by enqueue_queried_styles().
 */
function enqueue_appended_notice_style(): void {
	if ( is_singular( 'post' ) && in_notice_categories( get_queried_object() ) ) {
		enqueue_widget_style( notice_description()['tag'] );
	}
}
