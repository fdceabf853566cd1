<?php
/**
 * The widgets the plugin knows: widgets.json, generated at build from custom-elements.json and the guide registry.
 *
 * @package medborger
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated definitions: { version, blocks: [ { tag, name, slug, title, icon, fields: [...] } ], guides }.
 *
 * @return array
 */
function medborger_definitions() {
	static $definitions = null;
	if ( null === $definitions ) {
		$json        = file_get_contents( MEDBORGER_DIR . '/widgets.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a file of this plugin.
		$definitions = json_decode( (string) $json, true );
		if ( ! is_array( $definitions ) ) {
			$definitions = array(
				'version' => '0',
				'blocks'  => array(),
				'guides'  => array(),
			);
		}
	}
	return $definitions;
}

/**
 * The definition of one element, by tag name (`mb-guide-card`) or slug (`guide-card`).
 *
 * @param string $name Tag or slug.
 * @return array|null
 */
function medborger_widget( $name ) {
	$name = strtolower( trim( (string) $name ) );
	foreach ( medborger_definitions()['blocks'] as $block ) {
		if ( $block['tag'] === $name || $block['slug'] === $name ) {
			return $block;
		}
	}
	return null;
}

/**
 * The tag names of every widget, such as `mb-course-calendar`.
 *
 * @return string[]
 */
function medborger_tags() {
	return array_map(
		static function ( $block ) {
			return $block['tag'];
		},
		medborger_definitions()['blocks']
	);
}

/**
 * Loads the Danish editor strings (languages/medborger-da_DK.mo) when the site or user language is Danish.
 */
function medborger_load_textdomain() {
	load_plugin_textdomain( 'medborger', false, dirname( plugin_basename( MEDBORGER_FILE ) ) . '/languages' );
}
