<?php
/**
 * Server-side rendering of a widget's element, shared by the blocks and the shortcode.
 *
 * @package medborger
 */

defined( 'ABSPATH' ) || exit;

/**
 * One attribute value made safe for its field, or null to leave the attribute out. Only the widget's documented
 * attributes pass; a closed choice must be one of its values, a number a number, an address http(s) or relative.
 *
 * @param array $field A field of widgets.json.
 * @param mixed $value The value from the block, the shortcode or the editor.
 * @return string|true|null True for a boolean attribute that is set.
 */
function medborger_clean_value( $field, $value ) {
	if ( 'boolean' === $field['kind'] ) {
		$on = true === $value || in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on', $field['name'] ), true );
		return $on ? true : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	if ( 'choice' === $field['kind'] && ! $field['open'] && ! in_array( $value, $field['choices'], true ) ) {
		return null;
	}
	if ( 'number' === $field['kind'] && ! preg_match( '/^-?\d+(\.\d+)?$/', $value ) ) {
		return null;
	}
	if ( 'one' === $field['url'] ) {
		return medborger_safe_url( $value );
	}
	if ( 'list' === $field['url'] ) {
		$urls = array_filter( array_map( 'medborger_safe_url', preg_split( '/\s+/', $value ) ) );
		return $urls ? implode( ' ', $urls ) : null;
	}
	return $value;
}

/**
 * An address the widget may fetch or link to: http(s) or relative to the page; anything else (javascript:, data:)
 * gives null.
 *
 * @param string $url The address.
 * @return string|null
 */
function medborger_safe_url( $url ) {
	if ( preg_match( '/^\s*([a-z][a-z0-9+.\-]*):/i', $url, $scheme ) && ! in_array( strtolower( $scheme[1] ), array( 'http', 'https' ), true ) ) {
		return null;
	}
	if ( preg_match( '/[\x00-\x1f\s<>"]/', $url ) ) {
		return null;
	}
	return $url;
}

/**
 * The element's HTML, every attribute escaped, and the drop-in enqueued for this page.
 *
 * @param string $name   Tag (`mb-guide-card`) or slug (`guide-card`).
 * @param array  $values Attribute values by attribute name.
 * @return string Empty for an unknown widget.
 */
function medborger_render_element( $name, $values ) {
	$widget = medborger_widget( $name );
	if ( ! $widget ) {
		return '';
	}
	$attributes = '';
	foreach ( $widget['fields'] as $field ) {
		if ( ! array_key_exists( $field['name'], $values ) ) {
			continue;
		}
		$value = medborger_clean_value( $field, $values[ $field['name'] ] );
		if ( true === $value ) {
			$attributes .= ' ' . $field['name'];
		} elseif ( null !== $value ) {
			$attributes .= sprintf( ' %s="%s"', $field['name'], esc_attr( $value ) );
		}
	}
	medborger_enqueue();
	return sprintf( '<%1$s%2$s></%1$s>', $widget['tag'], $attributes );
}

/**
 * `[medborger widget="course-calendar" src="…" view="compact"]`, or `[medborger guide-card guide="mitid"]`. A
 * boolean attribute is written bare (`no-print`) or with a value (`no-print="1"`).
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function medborger_shortcode( $atts ) {
	$atts   = is_array( $atts ) ? $atts : array();
	$name   = isset( $atts['widget'] ) ? $atts['widget'] : '';
	$values = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word: the widget's name, or a boolean attribute.
			if ( '' === $name && medborger_widget( $value ) ) {
				$name = $value;
			} else {
				$values[ strtolower( $value ) ] = true;
			}
		} elseif ( 'widget' !== $key ) {
			$values[ $key ] = $value;
		}
	}
	return medborger_render_element( $name, $values );
}

/**
 * Registers [medborger].
 */
function medborger_register_shortcode() {
	add_shortcode( 'medborger', 'medborger_shortcode' );
}
