<?php
/**
 * Sets the language of the user named on the command line (the `locale` user meta, which the
 * profile's Language field sets: es_ES, or '' for the site's), and prints the one it had, for
 * putting it back. The admin then speaks that language wherever a translation is installed: the
 * suite's sites have no WordPress translation, so only the plugin's own strings change.
 *
 * @package RefugeWidgets\Tests
 */

require __DIR__ . '/bootstrap.php';

$user = get_user_by( 'login', $argv[2] );
echo (string) get_user_meta( $user->ID, 'locale', true );
if ( '' === ( $argv[3] ?? '' ) ) {
	delete_user_meta( $user->ID, 'locale' );
} else {
	update_user_meta( $user->ID, 'locale', $argv[3] );
}
