<?php
/**
 * The drop-in (assets/medborger.js, a JavaScript module) on the pages that show a widget, once; the editor script.
 *
 * WordPress before 6.5 has no script-modules API, so the drop-in is an ordinary registered script whose tag gets
 * `type="module"` through the `script_loader_tag` filter: that works from 6.1 to today. Enqueued under one handle,
 * it is printed once however many widgets the page has.
 *
 * @package medborger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the drop-in and the editor script, with the widget definitions and the editor's translations.
 */
function medborger_register_assets() {
	$definitions = medborger_definitions();
	// No `?ver=` on the drop-in: its widget chunks import it back as `../medborger.js`, and a module with another
	// URL would be a second copy of it. A new release is a new plugin folder version anyway (and new chunk names).
	wp_register_script( 'medborger', plugins_url( 'assets/medborger.js', MEDBORGER_FILE ), array(), null, true );
	// The box each widget keeps until its code has arrived (the embedding's `<link>`): in <head>, so nothing moves.
	wp_register_style( 'medborger', plugins_url( 'assets/medborger.css', MEDBORGER_FILE ), array(), null );
	wp_register_script(
		'medborger-editor',
		plugins_url( 'editor.js', MEDBORGER_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-i18n', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		$definitions['version'],
		true
	);
	$editor_data = array(
		'blocks' => $definitions['blocks'],
		'guides' => $definitions['guides'],
		'lang'   => 0 === strpos( get_user_locale(), 'da' ) ? 'da' : 'en',
	);
	wp_add_inline_script( 'medborger-editor', 'window.medborgerWidgets = ' . wp_json_encode( $editor_data ) . ';', 'before' );
	wp_set_script_translations( 'medborger-editor', 'medborger', MEDBORGER_DIR . '/languages' );
}

/**
 * Puts the drop-in on this page (printed once, in the footer).
 */
function medborger_enqueue() {
	wp_enqueue_script( 'medborger' );
	// Enqueued this late (from the content filter) WordPress prints it in the footer; the drop-in adds it anyway.
	wp_enqueue_style( 'medborger' );
}

/**
 * The reserve stylesheet in <head> on a single post or page whose content shows a widget: the content filters that
 * enqueue the drop-in run after <head> is printed, and a stylesheet that arrives later would let the page move.
 */
function medborger_head_style() {
	if ( ! is_singular() ) {
		return;
	}
	$content = (string) get_post_field( 'post_content', get_queried_object_id() );
	$shows   = false !== stripos( $content, '<!-- wp:medborger/' ) || has_shortcode( $content, 'medborger' );
	foreach ( medborger_tags() as $tag ) {
		$shows = $shows || false !== stripos( $content, '<' . $tag );
	}
	if ( $shows ) {
		wp_enqueue_style( 'medborger' );
	}
}
add_action( 'wp_enqueue_scripts', 'medborger_head_style' );

/**
 * Makes the drop-in's tag a module script.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function medborger_module_tag( $tag, $handle ) {
	if ( 'medborger' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'medborger_module_tag', 10, 2 );

/**
 * The drop-in in the block editor too, so the live preview of a block (and a pasted element) shows the widget.
 * `enqueue_block_assets` also reaches the editor's iframe in the WordPress versions that have one.
 */
function medborger_editor_assets() {
	if ( is_admin() ) {
		medborger_enqueue();
	}
}
add_action( 'enqueue_block_assets', 'medborger_editor_assets' );

/**
 * Removes a pasted `<script src="…/medborger.js">` and `<link rel="stylesheet" href="…/medborger.css">` (the embed
 * builder's first lines, kept in an administrator's post): the plugin serves the drop-in itself, so the page loads it
 * once, and the drop-in adds the plugin's own medborger.css.
 *
 * @param string $content Post content.
 * @return string
 */
function medborger_strip_pasted_script( $content ) {
	if ( false === stripos( $content, 'medborger.' ) ) {
		return $content;
	}
	$content = preg_replace( '#<link\b[^>]*\bhref\s*=\s*(["\'])(?:[^"\']*/)?medborger\.css(?:[?\#][^"\']*)?\1[^>]*>#i', '', $content );
	return preg_replace( '#<script\b[^>]*\bsrc\s*=\s*(["\'])(?:[^"\']*/)?medborger\.js(?:[?\#][^"\']*)?\1[^>]*>\s*</script>#i', '', $content );
}

/**
 * Keeps wpautop (classic editor content) out of our elements: each `<mb-…>…</mb-…>` waits in a placeholder that
 * wpautop treats as a block, and comes back unchanged after the shortcodes have run.
 *
 * @param string      $content Post content.
 * @param string|null $restore Internal: pass 'restore' to put the elements back.
 * @return string
 */
function medborger_keep_elements( $content, $restore = null ) {
	static $kept = array();
	static $token = null;
	if ( null === $token ) {
		$token = 'medborger-' . wp_generate_password( 12, false );
	}
	if ( 'restore' === $restore ) {
		return preg_replace_callback(
			'#<div data-' . $token . '="(\d+)"></div>#',
			static function ( $match ) use ( &$kept ) {
				return isset( $kept[ $match[1] ] ) ? $kept[ $match[1] ] : '';
			},
			$content
		);
	}
	$tags = implode( '|', array_map( 'preg_quote', medborger_tags() ) );
	return preg_replace_callback(
		'#<(' . $tags . ')\b[^>]*>.*?</\1\s*>#is',
		static function ( $match ) use ( &$kept, $token ) {
			$kept[] = $match[0];
			return sprintf( "\n<div data-%s=\"%d\"></div>\n", $token, count( $kept ) - 1 );
		},
		$content
	);
}

/**
 * Puts the kept elements back, and enqueues the drop-in when the content shows a widget (a block, the shortcode,
 * or an element pasted in a Custom HTML block).
 *
 * @param string $content Post content.
 * @return string
 */
function medborger_restore_elements( $content ) {
	$content = medborger_keep_elements( $content, 'restore' );
	medborger_enqueue_for( $content );
	return $content;
}

/**
 * Enqueues the drop-in when the HTML has one of our elements.
 *
 * @param string $html Any HTML.
 * @return string The same HTML.
 */
function medborger_enqueue_for( $html ) {
	foreach ( medborger_tags() as $tag ) {
		if ( false !== stripos( (string) $html, '<' . $tag ) ) {
			medborger_enqueue();
			break;
		}
	}
	return $html;
}

add_filter( 'the_content', 'medborger_strip_pasted_script', 8 );
add_filter( 'the_content', 'medborger_keep_elements', 9 );
add_filter( 'the_content', 'medborger_restore_elements', 12 );
add_filter( 'widget_text_content', 'medborger_strip_pasted_script', 8 );
add_filter( 'widget_text_content', 'medborger_enqueue_for', 99 );
add_filter( 'widget_block_content', 'medborger_strip_pasted_script', 8 );
add_filter( 'widget_block_content', 'medborger_enqueue_for', 99 );
