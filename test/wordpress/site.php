<?php
/**
 * The command line side of test/wordpress/run.mjs, run with Debian's php-cli against the throwaway site (there is no
 * WP-CLI in Debian). `php site.php install|prepare|uninstall`; settings come from the environment; prints JSON.
 *
 * - install:   wp_install(), as the web installer does.
 * - prepare:   installs dist/medborger-wordpress.zip with WordPress's own Plugin_Upgrader (what "Upload Plugin"
 *              runs), activates it, switches to Twenty Twenty-Three, makes the site Danish, adds an Author, and gives
 *              both users an application password for the REST API.
 * - uninstall: deactivates and deletes the plugin as the Plugins screen does, then lists what is left of it.
 */

$command              = isset( $argv[1] ) ? $argv[1] : '';
$_SERVER['HTTP_HOST'] = getenv( 'MB_WP_HOST' );
$_SERVER['REQUEST_URI'] = '/';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
/** No e-mail about the new site (there is no mail server): wp_install() calls this pluggable function. */
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/misc.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

function mb_done( $result ) {
	echo wp_json_encode( $result );
	exit( 0 );
}

function mb_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

if ( 'install' === $command ) {
	$result = wp_install( 'Biblioteket', 'admin', 'admin@example.invalid', false, '', getenv( 'MB_WP_PASSWORD' ) );
	mb_done( array( 'user' => $result['user_id'] ) );
}

if ( 'prepare' === $command ) {
	global $wpdb;
	wp_set_current_user( 1 );
	WP_Filesystem();
	$skin      = new Automatic_Upgrader_Skin();
	$upgrader  = new Plugin_Upgrader( $skin );
	$installed = $upgrader->install( getenv( 'MB_WP_ZIP' ) );
	if ( true !== $installed ) {
		mb_fail( 'the plugin did not install: ' . implode( ' ', $skin->get_upgrade_messages() ) . ( is_wp_error( $installed ) ? $installed->get_error_message() : '' ) );
	}
	$activated = activate_plugin( 'medborger/medborger.php' );
	if ( is_wp_error( $activated ) ) {
		mb_fail( 'the plugin did not activate: ' . $activated->get_error_message() );
	}
	switch_theme( 'twentytwentythree' );
	// A Danish site. WordPress accepts WPLANG only for an installed core language pack, which would have to be
	// downloaded; the plugin brings its own Danish, so the option is set directly.
	$wpdb->replace(
		$wpdb->options,
		array(
			'option_name'  => 'WPLANG',
			'option_value' => 'da_DK',
			'autoload'     => 'yes',
		)
	);
	wp_cache_delete( 'alloptions', 'options' );
	$author = wp_insert_user(
		array(
			'user_login' => 'forfatter',
			'user_pass'  => getenv( 'MB_WP_PASSWORD' ),
			'user_email' => 'forfatter@example.invalid',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $author ) ) {
		mb_fail( $author->get_error_message() );
	}
	$passwords = array();
	foreach ( array( 'admin' => 1, 'author' => $author ) as $role => $id ) {
		$created = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'e2e' ) );
		if ( is_wp_error( $created ) ) {
			mb_fail( $created->get_error_message() );
		}
		$passwords[ $role ] = array(
			'login'          => get_userdata( $id )->user_login,
			'password'       => $created[0],
			'unfiltered_html' => user_can( $id, 'unfiltered_html' ),
		);
	}
	mb_done(
		array(
			'active'    => is_plugin_active( 'medborger/medborger.php' ),
			'plugins'   => array_keys( get_plugins() ),
			'users'     => $passwords,
			'wordpress' => get_bloginfo( 'version' ),
		)
	);
}

if ( 'uninstall' === $command ) {
	global $wpdb;
	wp_set_current_user( 1 );
	WP_Filesystem();
	$plugin = 'medborger/medborger.php';
	deactivate_plugins( $plugin );
	// What the Plugins screen records on deactivation.
	update_option( 'recently_activated', array( $plugin => time() ) + (array) get_option( 'recently_activated' ) );
	$deleted = delete_plugins( array( $plugin ) );
	if ( true !== $deleted ) {
		mb_fail( 'the plugin was not deleted: ' . ( is_wp_error( $deleted ) ? $deleted->get_error_message() : '' ) );
	}
	$like = '%' . $wpdb->esc_like( 'medborger' ) . '%';
	mb_done(
		array(
			'files'    => file_exists( WP_PLUGIN_DIR . '/medborger' ),
			'options'  => $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_value LIKE %s", $like, $like ) ),
			'usermeta' => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE %s OR meta_value LIKE %s", $like, $like ) ),
		)
	);
}

mb_fail( "usage: php site.php install|prepare|uninstall\n" );
