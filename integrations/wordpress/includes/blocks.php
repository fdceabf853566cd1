<?php
/**
 * The three dynamic blocks: their attributes are the widget's documented attributes (widgets.json); the saved post
 * holds only the block comment, and the element is rendered on the server for every view.
 *
 * @package medborger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers medborger/course-calendar, medborger/guide-card and medborger/model-explainer.
 */
function medborger_register_blocks() {
	foreach ( medborger_definitions()['blocks'] as $block ) {
		$attributes = array();
		foreach ( $block['fields'] as $field ) {
			$attributes[ $field['name'] ] = array( 'type' => 'boolean' === $field['kind'] ? 'boolean' : 'string' );
		}
		$tag = $block['tag'];
		register_block_type(
			$block['name'],
			array(
				'api_version'     => 2,
				'title'           => __( $block['title'], 'medborger' ), // phpcs:ignore WordPress.WP.I18n -- from widgets.json; the build checks its Danish.
				'description'     => __( $block['description'], 'medborger' ), // phpcs:ignore WordPress.WP.I18n
				'category'        => 'widgets',
				'icon'            => $block['icon'],
				'attributes'      => $attributes,
				'editor_script'   => 'medborger-editor',
				'supports'        => array( 'html' => false ),
				'render_callback' => static function ( $values ) use ( $tag ) {
					return medborger_render_element( $tag, is_array( $values ) ? $values : array() );
				},
			)
		);
	}
}
