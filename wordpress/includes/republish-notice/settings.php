<?php
/**
 * The notice's section of Settings → Refuge graphics: the categories whose posts get the notice
 * appended, and the defaults of every notice (license, credit, tracking image). Each sanitizer
 * refuses a value outside its rules with a notice, and the option keeps the value it had.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/** The notice's options, their sanitizers, and their fields, on the plugin's settings page. */
function register_notice_settings(): void {
	$settings = array(
		NOTICE_CATEGORIES => array( 'array', array(), __NAMESPACE__ . '\sanitize_notice_categories' ),
		NOTICE_LICENSE    => array( 'string', '', __NAMESPACE__ . '\sanitize_notice_license' ),
		NOTICE_AUTHOR     => array( 'string', '', fn( $value ) => sanitize_notice_credit( $value, NOTICE_AUTHOR ) ),
		NOTICE_PUBLISHER  => array( 'string', '', fn( $value ) => sanitize_notice_credit( $value, NOTICE_PUBLISHER ) ),
		NOTICE_PIXEL      => array( 'string', '', __NAMESPACE__ . '\sanitize_notice_pixel' ),
	);
	foreach ( $settings as $option => list( $type, $default, $sanitize ) ) {
		register_setting(
			SETTINGS_PAGE,
			$option,
			array(
				'type'              => $type,
				'default'           => $default,
				'sanitize_callback' => $sanitize,
			)
		);
	}
	add_settings_section( 'republish', __( 'The republish notice', 'refuge-widgets' ), __NAMESPACE__ . '\notice_section_text', SETTINGS_PAGE );
	add_settings_field( NOTICE_CATEGORIES, __( 'Add it to posts in', 'refuge-widgets' ), __NAMESPACE__ . '\notice_categories_field', SETTINGS_PAGE, 'republish' );
	add_settings_field( NOTICE_LICENSE, __( 'License', 'refuge-widgets' ), __NAMESPACE__ . '\notice_license_field', SETTINGS_PAGE, 'republish', array( 'label_for' => NOTICE_LICENSE ) );
	add_settings_field( NOTICE_AUTHOR, __( 'Author', 'refuge-widgets' ), __NAMESPACE__ . '\notice_text_field', SETTINGS_PAGE, 'republish', array( 'label_for' => NOTICE_AUTHOR, 'help' => __( 'The byline of the copy. Empty: each post’s author.', 'refuge-widgets' ) ) );
	add_settings_field( NOTICE_PUBLISHER, __( 'Publisher', 'refuge-widgets' ), __NAMESPACE__ . '\notice_text_field', SETTINGS_PAGE, 'republish', array( 'label_for' => NOTICE_PUBLISHER, 'help' => __( 'Credited as the story’s original publisher. Empty: the site’s name.', 'refuge-widgets' ) ) );
	add_settings_field( NOTICE_PIXEL, __( 'Tracking image', 'refuge-widgets' ), __NAMESPACE__ . '\notice_pixel_field', SETTINGS_PAGE, 'republish', array( 'label_for' => NOTICE_PIXEL ) );
}

/** What the section is for. */
function notice_section_text(): void {
	printf(
		'<p>%s</p>',
		esc_html__( 'The republish notice tells readers they may republish a story, and gives them its HTML to copy. Add it with the “Republish notice” block or the [refuge_republish_notice] shortcode, or to every post of some categories below. These are the defaults of every notice; a block or a shortcode can set its own.', 'refuge-widgets' )
	);
}

/**
 * Ids of the site's categories; nothing ticked (the form then sends nothing) is none. An id that
 * is not a category's refuses the whole choice.
 *
 * @param mixed $value What the form sent.
 * @return int[]
 */
function sanitize_notice_categories( $value ): array {
	$ids = null === $value || '' === $value ? array() : (array) $value;
	$categories = array();
	foreach ( $ids as $id ) {
		$category = is_int( $id ) || ( is_string( $id ) && ctype_digit( $id ) ) ? get_term( (int) $id, 'category' ) : null;
		if ( ! $category instanceof \WP_Term ) {
			return refuse_setting( NOTICE_CATEGORIES, __( 'The categories were not changed: choose them among the site’s categories.', 'refuge-widgets' ), array() );
		}
		$categories[] = $category->term_id;
	}
	return array_values( array_unique( $categories ) );
}

/**
 * One of the licenses the element names, or '' for none.
 *
 * @param mixed $value What the form sent.
 */
function sanitize_notice_license( $value ): string {
	if ( '' === $value || null === $value || '' !== notice_choice( 'license', $value ) ) {
		return (string) $value;
	}
	return refuse_setting( NOTICE_LICENSE, __( 'The license was not changed: choose one from the list.', 'refuge-widgets' ), '' );
}

/**
 * A name as plain text, or '' for the default. Markup is refused rather than stripped, so that
 * what is saved is what was meant.
 *
 * @param mixed  $value  What the form sent.
 * @param string $option NOTICE_AUTHOR or NOTICE_PUBLISHER.
 */
function sanitize_notice_credit( $value, string $option ): string {
	$text = is_string( $value ) ? trim( $value ) : '';
	if ( wp_strip_all_tags( $text ) === $text ) {
		return sanitize_text_field( $text );
	}
	$message = NOTICE_AUTHOR === $option
		? __( 'The author was not changed: write it as plain text, without HTML.', 'refuge-widgets' )
		: __( 'The publisher was not changed: write it as plain text, without HTML.', 'refuge-widgets' );
	return refuse_setting( $option, $message, '' );
}

/**
 * An https: address, or '' for none.
 *
 * @param mixed $value What the form sent.
 */
function sanitize_notice_pixel( $value ): string {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value || '' !== checked_address( $value, array( 'https' ) ) ) {
		return $value;
	}
	return refuse_setting( NOTICE_PIXEL, __( 'The tracking image was not changed: it must be an https: address, or empty for none.', 'refuge-widgets' ), '' );
}

/** A checkbox for each of the site's categories. */
function notice_categories_field(): void {
	$chosen = notice_categories();
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Add it to posts in', 'refuge-widgets' ) . '</legend>';
	foreach ( get_categories( array( 'hide_empty' => false ) ) as $category ) {
		printf(
			'<label><input type="checkbox" id="%1$s" name="%2$s[]" value="%3$d" %4$s> %5$s</label><br>',
			esc_attr( NOTICE_CATEGORIES . '_' . $category->term_id ),
			esc_attr( NOTICE_CATEGORIES ),
			(int) $category->term_id,
			checked( in_array( $category->term_id, $chosen, true ), true, false ),
			esc_html( $category->name )
		);
	}
	printf(
		'</fieldset><p class="description">%s</p>',
		esc_html__( 'On a post of these categories, the notice follows the story on the post’s own page, unless the post already holds one. Not in feeds.', 'refuge-widgets' )
	);
}

/** The license select: none, or one of the element's, by name. */
function notice_license_field(): void {
	$current = get_option( NOTICE_LICENSE, '' );
	$options = array( '' => __( 'None named', 'refuge-widgets' ) ) + notice_licenses();
	printf( '<select id="%1$s" name="%1$s">', esc_attr( NOTICE_LICENSE ) );
	foreach ( $options as $id => $name ) {
		printf( '<option value="%s" %s>%s</option>', esc_attr( (string) $id ), selected( $current, (string) $id, false ), esc_html( $name ) );
	}
	printf(
		'</select><p class="description">%s</p>',
		esc_html__( 'The Creative Commons license the notice names, with its badge and a link to its terms.', 'refuge-widgets' )
	);
}

/**
 * A credit's text field.
 *
 * @param array<string, string> $args The field's label_for (the option) and help.
 */
function notice_text_field( array $args ): void {
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="%1$s" value="%2$s" aria-describedby="%1$s_help"><p class="description" id="%1$s_help">%3$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( get_option( $args['label_for'], '' ) ),
		esc_html( $args['help'] )
	);
}

/** The tracking image's address field. */
function notice_pixel_field(): void {
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="https://" aria-describedby="%1$s_help"><p class="description" id="%1$s_help">%3$s</p>',
		esc_attr( NOTICE_PIXEL ),
		esc_attr( get_option( NOTICE_PIXEL, '' ) ),
		esc_html__( 'An https: address of an image on your statistics server. Each copy shows it as a 1×1 image with the story’s address added, so you can count where the story is republished. Empty: none.', 'refuge-widgets' )
	);
}
