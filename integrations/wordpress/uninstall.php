<?php
/**
 * Runs when the plugin is deleted from Plugins. The plugin stores no settings of its own; what WordPress itself
 * kept about it (the "recently active" note, each editor's block-insertion history) is removed here, so nothing of
 * medborger stays in the database. Posts keep their content: a block of a removed plugin simply shows nothing.
 *
 * @package medborger
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;

// Anything named after the plugin, should a later version store it.
$medborger_options = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", 'medborger\_%', '\_transient%medborger\_%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
foreach ( $medborger_options as $medborger_option ) {
	delete_option( $medborger_option );
}

// WordPress's "recently active" list names the plugin after a deactivation.
$medborger_recent = get_option( 'recently_activated' );
if ( is_array( $medborger_recent ) ) {
	foreach ( array_keys( $medborger_recent ) as $medborger_file ) {
		if ( 0 === strpos( $medborger_file, 'medborger/' ) ) {
			unset( $medborger_recent[ $medborger_file ] );
		}
	}
	update_option( 'recently_activated', $medborger_recent );
}

// The block editor remembers which blocks each user inserted (preferences, WordPress 6.1 and later).
$medborger_meta_key = $wpdb->get_blog_prefix() . 'persisted_preferences';
$medborger_users    = $wpdb->get_col( $wpdb->prepare( "SELECT user_id FROM {$wpdb->usermeta} WHERE meta_key = %s AND meta_value LIKE %s", $medborger_meta_key, '%medborger/%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
foreach ( $medborger_users as $medborger_user ) {
	$medborger_preferences = get_user_meta( (int) $medborger_user, $medborger_meta_key, true );
	if ( isset( $medborger_preferences['core/block-editor']['insertUsage'] ) && is_array( $medborger_preferences['core/block-editor']['insertUsage'] ) ) {
		foreach ( array_keys( $medborger_preferences['core/block-editor']['insertUsage'] ) as $medborger_block ) {
			if ( 0 === strpos( $medborger_block, 'medborger/' ) ) {
				unset( $medborger_preferences['core/block-editor']['insertUsage'][ $medborger_block ] );
			}
		}
		update_user_meta( (int) $medborger_user, $medborger_meta_key, $medborger_preferences );
	}
}
