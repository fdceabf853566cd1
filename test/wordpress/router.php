<?php
/**
 * Router for `php -S` in test/wordpress/run.mjs: WordPress's code is Debian's /usr/share/wordpress, but the site's
 * wp-content (plugins, theme link, uploads) lives in the test's throwaway directory, named by MB_WP_CONTENT.
 * Everything else is left to the built-in server (WordPress's PHP files, its static files).
 */

// Debian's wp-config.php picks /etc/wordpress/config-<WORDPRESS_CONFIG>.php; the built-in server does not put the
// environment into $_SERVER, so the router does (the requested script runs in the same request).
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$mb_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 !== strpos( $mb_path, '/wp-content/' ) ) {
	return false;
}
$mb_file = getenv( 'MB_WP_CONTENT' ) . substr( $mb_path, strlen( '/wp-content' ) );
if ( false !== strpos( $mb_path, '..' ) || ! is_file( $mb_file ) || '.php' === substr( $mb_file, -4 ) ) {
	http_response_code( 404 );
	return true;
}
$mb_types = array(
	'js'    => 'text/javascript; charset=utf-8',
	'css'   => 'text/css; charset=utf-8',
	'json'  => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'woff2' => 'font/woff2',
);
$mb_ext = strtolower( pathinfo( $mb_file, PATHINFO_EXTENSION ) );
header( 'Content-Type: ' . ( isset( $mb_types[ $mb_ext ] ) ? $mb_types[ $mb_ext ] : 'application/octet-stream' ) );
header( 'Content-Length: ' . filesize( $mb_file ) );
readfile( $mb_file );
return true;
