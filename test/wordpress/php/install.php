<?php
/**
 * Installs the test site with an Administrator and an Author (who, like every Author, lacks
 * unfiltered_html), and turns off the block editor's welcome guide for both.
 *
 * @package RefugeWidgets\Tests
 */

define( 'WP_INSTALLING', true );
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'Refuge graphics test', 'admin', 'admin@example.org', false, '', 'admin-password' );
if ( is_wp_error( $installed ) ) {
	fwrite( STDERR, $installed->get_error_message() );
	exit( 1 );
}
$author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => 'author-password',
		'user_email' => 'author@example.org',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, $author->get_error_message() );
	exit( 1 );
}
if ( user_can( $author, 'unfiltered_html' ) ) {
	fwrite( STDERR, 'The Author can post unfiltered HTML: the block would not be tested as it must be.' );
	exit( 1 );
}
foreach ( array( $installed['user_id'], $author ) as $user_id ) {
	// The editor keeps its preferences in this user meta from 6.1 on; 6.8's and 7.x's welcome
	// guide reads the same one.
	update_user_meta(
		$user_id,
		$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);
}
