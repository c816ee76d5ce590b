<?php
/**
 * Uninstalling the Exposure Quiz plugin. The plugin stores nothing: no options, no post meta, no
 * tables, no transients, no scheduled events, no files outside its own folder (which WordPress
 * deletes). Posts keep their [exposure_quiz] shortcodes and Exposure Quiz blocks as text; without
 * the plugin they show nothing (a block) or the shortcode's text.
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
