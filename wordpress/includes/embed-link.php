<?php
/**
 * A graphic pasted as a link: the address of the library's embed.html, or of a widget's share
 * page (`embed-<tag>.<lang>.html`, embed.html with its link-preview tags, which the builder's
 * iframe snippet loads), alone on its line in a post or in an Embed block, becomes the element itself, as
 * the block renders it (checked values, the prerender, the stylesheet, the one script), not an
 * iframe: readers without JavaScript and feeds get the graphic's content, the page does not move
 * when it upgrades, and it speaks the page's language unless the link chose one. Only the
 * library's own address is taken (the setting, or the plugin's own copy when it is empty); any
 * other, however alike, is left to WordPress.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the handler, on init. WordPress asks embed handlers before oEmbed and its cache, for
 * a post's content and for the block editor's preview (the REST oEmbed proxy falls back to them).
 */
function register_embed_link(): void {
	wp_embed_register_handler( 'refuge-widgets', embed_link_pattern(), __NAMESPACE__ . '\render_embed_link' );
}

/**
 * The library's embed.html or a share page (`embed-police-deaths-chart.es.html`) followed by its
 * query, from the start of the URL: a URL that starts with the library's scheme, host, port and
 * path, with nothing between them, has no credentials and no look-alike host or path
 * (…/embed.html.evil, http: for an https: library). The widget is the query's, as in embed.html.
 */
function embed_link_pattern(): string {
	$share_page = '(?:-[a-z]+(?:-[a-z]+)*\.[a-z]{2})?';
	return '#^' . preg_quote( library_base() . 'embed', '#' ) . $share_page . '\.html\?#';
}

/**
 * What a link to the library's embed.html asks for, or null for any other URL: the offered
 * widget it names (null for any other name) and the values embed.html would give the element,
 * not yet checked.
 *
 * @param string $url A URL, with `&`, not `&amp;`.
 * @return array{widget: array<string, mixed>|null, values: array<string, string|true>}|null
 */
function embed_link_choice( string $url ): ?array {
	if ( 1 !== preg_match( embed_link_pattern(), $url ) ) {
		return null;
	}
	$query  = query_parameters( (string) wp_parse_url( $url, PHP_URL_QUERY ) );
	$widget = find_widget( $query['widget'] ?? '' );
	if ( null === $widget ) {
		return array(
			'widget' => null,
			'values' => array(),
		);
	}
	$values = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$value = $query[ $attribute['name'] ] ?? null;
		if ( null === $value ) {
			continue;
		}
		// As embed.html reads them (src/embed/embed.ts): `show-table`, `show-table=` and
		// `show-table=true` mean on; `show-table=false`, `=0` or `=no` mean off.
		if ( 'boolean' === $attribute['kind'] ) {
			if ( 1 !== preg_match( '/^(false|0|no)$/i', $value ) ) {
				$values[ $attribute['name'] ] = true;
			}
		} else {
			$values[ $attribute['name'] ] = $value;
		}
	}
	return array(
		'widget' => $widget,
		'values' => $values,
	);
}

/**
 * A query string's parameters as the browser's URLSearchParams reads them for embed.html: `+` is
 * a space, names are taken as written (PHP's parse_str would turn `show-table` into arrays or
 * underscores on some names), and the first of a repeated name wins.
 *
 * @param string $query The part after `?`, without the fragment.
 * @return array<string, string>
 */
function query_parameters( string $query ): array {
	$parameters = array();
	foreach ( explode( '&', $query ) as $pair ) {
		if ( '' === $pair ) {
			continue;
		}
		$parts = explode( '=', $pair, 2 );
		$name  = urldecode( $parts[0] );
		if ( ! array_key_exists( $name, $parameters ) ) {
			$parameters[ $name ] = urldecode( $parts[1] ?? '' );
		}
	}
	return $parameters;
}

/**
 * The embed handler: the graphic the link asks for, or nothing for a widget the plugin does not
 * offer (as the block and the shortcode). In a post's content (and a widget area's) it answers
 * with the [refuge_widget] shortcode, which WordPress renders after wpautop, as its own video
 * handler does with [video]: run before wpautop, the element's prerender would be cut into
 * paragraphs, and the element closed before its first <div>. Anywhere else (the editor's
 * preview) it answers with the element, its stylesheet and the library's script, which nothing
 * else prints there.
 *
 * @param array<int, string>   $matches What embed_link_pattern() matched.
 * @param array<string, mixed> $attr    The embed's attributes (width, height), unused.
 * @param string               $url     The pasted URL.
 * @return string|false False leaves the URL to WordPress.
 */
function render_embed_link( array $matches, array $attr, string $url ) {
	$choice = embed_link_choice( $url );
	if ( null === $choice ) {
		return false;
	}
	$widget = $choice['widget'];
	if ( null === $widget ) {
		return '';
	}
	$values = clean_values( $widget, $choice['values'] );
	if ( doing_filter( 'the_content' ) || doing_filter( 'widget_text_content' ) || doing_filter( 'widget_block_content' ) ) {
		return widget_shortcode( $widget['tag'], $values );
	}
	return sprintf(
		'<link rel="stylesheet" href="%s">%s%s',
		esc_url( widget_style_url( $widget['tag'] ) ),
		render_widget( $widget['tag'], $values ),
		wp_get_script_tag( library_script() )
	);
}

/**
 * `[refuge_widget widget="…" name="value" boolean]` for checked values. A value's characters
 * that would end the attribute or the shortcode are written `\xHH`, which shortcode_parse_atts()
 * reads back (stripcslashes); today's values are all from the widgets' lists.
 *
 * @param string                $tag    An offered widget's tag.
 * @param array<string, string> $values From clean_values().
 */
function widget_shortcode( string $tag, array $values ): string {
	$shortcode = '[refuge_widget widget="' . $tag . '"';
	foreach ( $values as $name => $value ) {
		$escaped    = preg_replace_callback( '/["\'\[\]\\\\\/]/', fn( $character ) => sprintf( '\\x%02x', ord( $character[0] ) ), $value );
		$shortcode .= '' === $value ? " {$name}" : " {$name}=\"{$escaped}\"";
	}
	return $shortcode . ']';
}
