<?php
/**
 * Settings → Refuge graphics, through the Settings API: options.php checks the nonce
 * (settings_fields) and the manage_options capability before it saves anything.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

const SETTINGS_PAGE = 'refuge-widgets';

/** The two options, their sanitizers, and their fields. */
function register_settings(): void {
	register_setting(
		SETTINGS_PAGE,
		'refuge_widgets_library_url',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_library_url',
		)
	);
	register_setting(
		SETTINGS_PAGE,
		'refuge_widgets_integrity',
		array(
			'type'              => 'boolean',
			'default'           => false,
			'sanitize_callback' => 'rest_sanitize_boolean',
		)
	);
	add_settings_section( 'library', __( 'The library', 'refuge-widgets' ), '__return_empty_string', SETTINGS_PAGE );
	add_settings_field( 'refuge_widgets_library_url', __( 'Library address', 'refuge-widgets' ), __NAMESPACE__ . '\library_url_field', SETTINGS_PAGE, 'library', array( 'label_for' => 'refuge_widgets_library_url' ) );
	add_settings_field( 'refuge_widgets_integrity', __( 'Integrity', 'refuge-widgets' ), __NAMESPACE__ . '\integrity_field', SETTINGS_PAGE, 'library' );
}

/**
 * Empty (the plugin's own copy), or an https: URL ending in '/'. Anything else is refused with a
 * notice, and the address stays what it was.
 *
 * @param mixed $value What the form sent.
 */
function sanitize_library_url( $value ): string {
	$value = is_string( $value ) ? trim( $value ) : '';
	$parts = wp_parse_url( $value );
	$valid = '' === $value || (
		'' !== checked_address( $value, array( 'https' ) )
		&& ! isset( $parts['query'] )
		&& ! isset( $parts['fragment'] )
		&& str_ends_with( $value, '/' )
	);
	if ( $valid ) {
		return $value;
	}
	return refuse_setting( 'refuge_widgets_library_url', __( 'The library address was not changed: it must be an https: address ending in “/”, or empty for the plugin’s own copy.', 'refuge-widgets' ), '' );
}

/** The page under Settings, for users who can manage options. */
function add_settings_page(): void {
	add_options_page( __( 'Refuge graphics', 'refuge-widgets' ), __( 'Refuge graphics', 'refuge-widgets' ), 'manage_options', SETTINGS_PAGE, __NAMESPACE__ . '\settings_page' );
}

/** The form; WordPress prints the notices of options-general.php pages itself. */
function settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( SETTINGS_PAGE );
	do_settings_sections( SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}

/** The library address field. */
function library_url_field(): void {
	printf(
		'<input type="url" class="regular-text code" id="refuge_widgets_library_url" name="refuge_widgets_library_url" value="%s" placeholder="%s" aria-describedby="refuge_widgets_library_url_help"><p class="description" id="refuge_widgets_library_url_help">%s</p>',
		esc_attr( get_option( 'refuge_widgets_library_url', '' ) ),
		esc_attr( plugins_url( 'library/', PLUGIN_FILE ) ),
		esc_html__( 'Where refuge-widgets’ dist/ folder is published, as an https: address ending in “/” (for example a CDN’s versioned path). Leave it empty to load the plugin’s own copy from this site.', 'refuge-widgets' )
	);
}

/** The integrity checkbox. */
function integrity_field(): void {
	printf(
		'<label><input type="checkbox" id="refuge_widgets_integrity" name="refuge_widgets_integrity" value="1" %s> %s</label><p class="description">%s</p>',
		checked( (bool) get_option( 'refuge_widgets_integrity', false ), true, false ),
		esc_html__( 'Add integrity checks to the script tag', 'refuge-widgets' ),
		esc_html__( 'Browsers then refuse a library file that was changed. With a CDN, its address must serve this plugin’s version of the library.', 'refuge-widgets' )
	);
}
