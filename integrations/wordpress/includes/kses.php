<?php
/**
 * Lets our elements and their documented attributes through WordPress's HTML filter (KSES), so an Author (who has
 * no `unfiltered_html`) can paste the embed builder's snippet into a Custom HTML block and keep the widget. The
 * snippet's `<script>` is still removed for such users, as it should be: the plugin adds the drop-in itself.
 *
 * @package medborger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds `mb-*` elements with their attributes to the tags allowed in posts.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The KSES context.
 * @return array
 */
function medborger_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( medborger_definitions()['blocks'] as $block ) {
		$attributes = array(
			'class' => true,
			'id'    => true,
			'title' => true,
		);
		foreach ( $block['fields'] as $field ) {
			$attributes[ $field['name'] ] = true;
		}
		$tags[ $block['tag'] ] = $attributes;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'medborger_allowed_html', 10, 2 );

/**
 * Our address attributes other than `src` and `href` get KSES's protocol check too (no `javascript:`).
 *
 * @param string[] $attributes Attributes KSES treats as URLs.
 * @return string[]
 */
function medborger_uri_attributes( $attributes ) {
	foreach ( medborger_definitions()['blocks'] as $block ) {
		foreach ( $block['fields'] as $field ) {
			if ( $field['url'] ) {
				$attributes[] = $field['name'];
			}
		}
	}
	return array_values( array_unique( $attributes ) );
}
add_filter( 'wp_kses_uri_attributes', 'medborger_uri_attributes' );
