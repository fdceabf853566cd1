<?php
/**
 * Plugin Name:       medborger
 * Plugin URI:        https://github.com/medborger/medborger
 * Description:       Blocks and a shortcode for the medborger widgets: course calendar, borger.dk guides and the library–Borgerservice collaboration models.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            medborger
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       medborger
 * Domain Path:       /languages
 *
 * @package medborger
 */

defined( 'ABSPATH' ) || exit;

define( 'MEDBORGER_FILE', __FILE__ );
define( 'MEDBORGER_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', 'medborger_load_textdomain' );
add_action( 'init', 'medborger_register_assets' );
add_action( 'init', 'medborger_register_blocks' );
add_action( 'init', 'medborger_register_shortcode' );
