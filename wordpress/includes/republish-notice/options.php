<?php
/**
 * The site's settings for the republish notice (Settings → Refuge graphics), as the render reads
 * them: the defaults of every notice, and the categories whose posts get one appended.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

const NOTICE_CATEGORIES = 'refuge_widgets_republish_categories';
const NOTICE_LICENSE    = 'refuge_widgets_republish_license';
const NOTICE_AUTHOR     = 'refuge_widgets_republish_author';
const NOTICE_PUBLISHER  = 'refuge_widgets_republish_publisher';
const NOTICE_PIXEL      = 'refuge_widgets_republish_pixel';

/**
 * The site's defaults, by the element's attribute names; '' where none is set. The render checks
 * them again, as it does a block's values: an option may have been written by other means.
 *
 * @return array<string, string>
 */
function notice_defaults(): array {
	$defaults = array(
		'license'   => get_option( NOTICE_LICENSE, '' ),
		'author'    => get_option( NOTICE_AUTHOR, '' ),
		'publisher' => get_option( NOTICE_PUBLISHER, '' ),
		'pixel-src' => get_option( NOTICE_PIXEL, '' ),
	);
	return array_map( fn( $value ) => is_string( $value ) ? $value : '', $defaults );
}

/**
 * The ids of the categories whose posts get the notice appended.
 *
 * @return int[]
 */
function notice_categories(): array {
	$ids = get_option( NOTICE_CATEGORIES, array() );
	return is_array( $ids ) ? array_map( 'intval', $ids ) : array();
}
