<?php
/**
 * Makes the theme named on the command line (its folder, under wp-content/themes) the site's
 * theme, if one is named, and prints the active theme's folder.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

if ( isset( $argv[2] ) ) {
	switch_theme( $argv[2] );
}
echo get_stylesheet();
