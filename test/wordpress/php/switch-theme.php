<?php
/**
 * Makes the theme named on the command line (its folder, under wp-content/themes) the site's
 * theme, and prints the active theme's folder.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

switch_theme( $argv[2] );
echo get_stylesheet();
