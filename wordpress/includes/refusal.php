<?php
/**
 * How the settings page refuses a value: the option keeps the value it had, and the page says why.
 *
 * @package RefugeWidgets
 */

namespace RefugeWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * What a sanitizer returns for a value it refuses: the option's current value (or `$fallback`,
 * when it has none of that type), after adding `$message` to the notices WordPress shows once the
 * form is saved.
 *
 * @param string $option   The option's name.
 * @param string $message  Why the value was refused, and what the field takes.
 * @param mixed  $fallback The option's default.
 * @return mixed
 */
function refuse_setting( string $option, string $message, $fallback ) {
	// WordPress sanitizes a value twice when the option is first added; one notice is enough.
	if ( ! get_settings_errors( $option ) ) {
		add_settings_error( $option, 'invalid', $message );
	}
	$previous = get_option( $option, $fallback );
	return gettype( $previous ) === gettype( $fallback ) ? $previous : $fallback;
}
