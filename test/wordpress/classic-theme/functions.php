<?php
/**
 * The suite's classic theme links its stylesheet, as classic themes do.
 *
 * @package RefugeWidgets\Tests
 */

add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_style( 'refuge-classic-test', get_stylesheet_uri(), array(), '1' );
	}
);
