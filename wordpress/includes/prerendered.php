<?php
/**
 * The widget prerendered: library/prerendered.json, written by the library's build from the
 * widget's own template, as the builder's script snippet holds it (no ids, no script-only parts).
 * Styled by the widget's stylesheet (stylesheets.php), it takes the box the widget takes once its
 * script has run, so the page does not move when the element upgrades; a chart's box holds its
 * static plot, an inline SVG of its bars, shown with and without JavaScript until Chart.js draws.
 * Without the stylesheet (a feed) it is plain HTML: the chart is its image, the plot takes no room.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The prerendered HTML for a widget and its checked values, or '' if the build wrote none.
 *
 * @param array<string, mixed>  $widget One of widgets().
 * @param array<string, string> $values From clean_values().
 */
function prerendered_html( array $widget, array $values ): string {
	// Our own build's markup, sanitized by it with DOMPurify: kses keeps it to what a prerender
	// holds whatever the file holds.
	return wp_kses( entry_html( 'prerendered.json', $widget, $values ), prerender_tags(), prerender_protocols() );
}

/**
 * The HTML a prerender may hold: what a post may (with classes and aria-hidden), plus
 * `<time datetime>` (the timeline's dates), `loading` on the chart image (so readers whose widget
 * renders never fetch it), the file names of the download links, the SVG of a chart's static
 * plot, of asylum-stat's proportion bar and of the republish notice's license badge, and the
 * notice's button and closed dialog (its stylesheet hides both until the script runs), none of
 * which WordPress 6.1's list has. Presentation attributes only: no event handlers, no styles, no
 * links out of the SVG.
 *
 * @return array<string, array<string, mixed>>
 */
function prerender_tags(): array {
	$tags         = wp_kses_allowed_html( 'post' );
	$tags['time'] = array( 'datetime' => true );
	$tags['img']  = array_merge( $tags['img'] ?? array(), array( 'loading' => true ) );
	// WordPress allows `download` bare only; ours names the file (the CSV, the chart's PNG).
	$tags['a']    = array_merge( $tags['a'] ?? array(), array( 'download' => true ) );
	$box          = array(
		'class'  => true,
		'x'      => true,
		'y'      => true,
		'width'  => true,
		'height' => true,
	);
	$tags['svg']  = $box + array(
		'aria-hidden' => true,
		'focusable'   => true,
		'text-anchor' => true,
		'viewbox'     => true,
		// The figures the plot shows, which the widget compares with its own before adopting it.
		'data-values' => true,
	);
	$tags['button'] = array_merge( $tags['button'] ?? array(), array( 'aria-haspopup' => true ) );
	$tags['dialog'] = array( 'class' => true );
	$tags['defs'] = array();
	// The hatching of a chart's calculated bar; its id is the one url(#…) in the plot's styles.
	$tags['pattern'] = $box + array(
		'id'           => true,
		'patternunits' => true,
	);
	$tags['path']    = array( 'd' => true );
	$tags['line']    = array(
		'class' => true,
		'x1'    => true,
		'y1'    => true,
		'x2'    => true,
		'y2'    => true,
	);
	$tags['rect']    = $box + array( 'rx' => true );
	$tags['circle']  = array(
		'class' => true,
		'cx'    => true,
		'cy'    => true,
		'r'     => true,
	);
	$tags['text']    = array(
		'class'        => true,
		'x'            => true,
		'y'            => true,
		'text-anchor'  => true,
		// The badge's license code, fitted to its box.
		'textlength'   => true,
		'lengthadjust' => true,
	);
	return $tags;
}

/**
 * WordPress's URL schemes plus `data:`, for the "Download the data (CSV)" link, whose href is the
 * CSV itself (the build allows `data:text/csv` alone). Browsers do not open a data: URL as a page
 * from a link, and this one downloads.
 *
 * @return string[]
 */
function prerender_protocols(): array {
	return array_merge( wp_allowed_protocols(), array( 'data' ) );
}
