<?php
/**
 * The attributes of a post's notice: what its block or shortcode chose, else the site's
 * defaults, else what WordPress knows of the post, each held to the element's rules. A value that
 * breaks them is dropped, as if it had not been given: an unknown license, an original address
 * that is not http(s):, a tracking image that is not https:, markup in a credit.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The element's attributes for the notice of `$post`, unescaped (render_element() escapes them).
 *
 * @param array<mixed> $choices By the element's attribute names: license, author, publisher,
 *                              article-url, pixel-src, lang. Anything else is ignored.
 * @param \WP_Post     $post    The story the notice offers.
 * @return array<string, string>
 */
function notice_attributes( array $choices, \WP_Post $post ): array {
	$defaults   = notice_defaults();
	$license    = fn( $value ) => notice_choice( 'license', $value );
	$pixel      = fn( $value ) => checked_address( $value, array( 'https' ) );
	$attributes = array(
		'lang'             => notice_choice( 'lang', $choices['lang'] ?? '' ),
		'license'          => first_present( $license( $choices['license'] ?? '' ), $license( $defaults['license'] ) ),
		'article-url'      => first_present( checked_address( $choices['article-url'] ?? '', array( 'http', 'https' ) ), (string) get_permalink( $post ) ),
		'article-title'    => plain_text( $post->post_title ),
		'author'           => first_present( plain_text( $choices['author'] ?? '' ), plain_text( $defaults['author'] ), plain_text( get_the_author_meta( 'display_name', (int) $post->post_author ) ) ),
		'publisher'        => first_present( plain_text( $choices['publisher'] ?? '' ), plain_text( $defaults['publisher'] ), plain_text( get_bloginfo( 'name' ) ) ),
		'pixel-src'        => first_present( $pixel( $choices['pixel-src'] ?? '' ), $pixel( $defaults['pixel-src'] ) ),
		// The copy's script, when the story holds graphics: the one this site's pages load.
		'library-src'      => library_script()['src'],
		'article-selector' => story_selector(),
	);
	return array_filter( $attributes, fn( $value ) => '' !== $value );
}

/**
 * The first of `$values` that is not ''.
 *
 * @param string ...$values In order of preference.
 */
function first_present( string ...$values ): string {
	foreach ( $values as $value ) {
		if ( '' !== $value ) {
			return $value;
		}
	}
	return '';
}

/**
 * `$value` as plain text: tags stripped, whitespace collapsed, and entities decoded, as kses
 * stores an Author's "&" as "&amp;" and WordPress the site's name escaped. '' for a non-string.
 *
 * @param mixed $value A credit or a title.
 */
function plain_text( $value ): string {
	return is_string( $value ) ? html_entity_decode( sanitize_text_field( $value ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) : '';
}

/**
 * The CSS selector of the element holding the post's content on its page, whose content is the
 * copy's body. A block theme prints the content in the Post Content block, which WordPress always
 * gives the class `wp-block-post-content`. A classic theme prints it in markup of its own, which
 * WordPress's default themes and the theme handbook's conventions mark `entry-content`; the
 * element's own default, the page's first `<article>`, would take the title, the byline and the
 * post's footer with it, or find nothing in a block theme, which prints no `<article>`. A theme
 * that marks its content otherwise gives its selector through the filter.
 */
function story_selector(): string {
	$selector = wp_is_block_theme() ? '.wp-block-post-content' : '.entry-content';
	/**
	 * Filters the CSS selector of the element that holds a post's content, which the republish
	 * notice copies.
	 *
	 * @param string $selector `.wp-block-post-content` in a block theme, else `.entry-content`.
	 */
	$filtered = apply_filters( 'refuge_widgets_story_selector', $selector );
	return is_string( $filtered ) ? trim( $filtered ) : $selector;
}
