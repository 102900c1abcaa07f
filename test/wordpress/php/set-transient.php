<?php
/**
 * Sets the transient named on the command line, for the number of seconds given after it, as a
 * cache of the plugin's would be set.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

set_transient( $argv[2], 'a cached value', (int) $argv[3] );
