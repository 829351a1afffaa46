<?php
/**
 * Plugin Name:       Ofsted inspections (ofsted-widgets)
 * Description:       An English council's Ofsted inspections of children's services, from Ofsted's own data: a block and a shortcode that any author can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ofsted-widgets
 *
 * @package ofsted-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The package version this plugin was made with; its CDN address is the default script (pinned, so a release never changes a live page). */
const OFSTED_WIDGETS_VERSION = '0.1.0';
const OFSTED_WIDGETS_DEFAULT_SCRIPT = 'https://unpkg.com/ofsted-widgets@0.1.0/dist/ofsted-widgets.js';
/** The elements the block and the shortcode offer, by the name after `ofsted-`. */
const OFSTED_WIDGETS_ELEMENTS = array( 'timeline', 'scorecard', 'breakdown', 'journey' );
/** Every tag of the package (with the England map) and the attributes an author may give it. */
const OFSTED_WIDGETS_TAGS = array( 'ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey', 'ofsted-england' );
const OFSTED_WIDGETS_ATTRIBUTES = array( 'authority', 'event', 'area', 'kind', 'judgement', 'as-of', 'show-table', 'no-export', 'heading-level', 'theme', 'class', 'id', 'style', 'lang', 'dir', 'title' );

add_action( 'init', 'ofsted_widgets_init' );
add_action( 'admin_init', 'ofsted_widgets_settings_field' );
add_action( 'admin_menu', 'ofsted_widgets_settings_page' );
add_action( 'wp_enqueue_scripts', 'ofsted_widgets_enqueue_for_content' );
add_action( 'enqueue_block_editor_assets', 'ofsted_widgets_enqueue_editor' );
add_filter( 'wp_kses_allowed_html', 'ofsted_widgets_allowed_html', 10, 2 );

/** The block, the shortcode and the one setting. */
function ofsted_widgets_init() {
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'ofsted_widgets_render_block' ) );
	add_shortcode( 'ofsted_inspections', 'ofsted_widgets_render_shortcode' );
	register_setting(
		'ofsted_widgets',
		'ofsted_widgets_script',
		array(
			'type'              => 'string',
			'description'       => __( 'Address of ofsted-widgets.js (the pinned CDN copy, or a copy on this site).', 'ofsted-widgets' ),
			'sanitize_callback' => 'ofsted_widgets_sanitize_script',
			'default'           => OFSTED_WIDGETS_DEFAULT_SCRIPT,
			'show_in_rest'      => true,
		)
	);
}

/** The script's address: the setting, or the pinned CDN copy. */
function ofsted_widgets_script_url() {
	$url = get_option( 'ofsted_widgets_script', OFSTED_WIDGETS_DEFAULT_SCRIPT );
	return $url ? $url : OFSTED_WIDGETS_DEFAULT_SCRIPT;
}

function ofsted_widgets_sanitize_script( $value ) {
	$url = esc_url_raw( trim( (string) $value ), array( 'https', 'http' ) );
	return '' === $url ? OFSTED_WIDGETS_DEFAULT_SCRIPT : $url;
}

/**
 * Loads the script and the stylesheet once per page: as a script module from WordPress 6.5, and below 6.5 as a
 * classic script whose tag gets type="module" (the module API does not exist there: calling it would be fatal).
 */
function ofsted_widgets_enqueue() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	wp_enqueue_style( 'ofsted-widgets', plugins_url( 'ofsted-widgets.css', __FILE__ ), array(), OFSTED_WIDGETS_VERSION );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'ofsted-widgets', ofsted_widgets_script_url(), array(), null );
	} else {
		ofsted_widgets_enqueue_classic();
	}
}

/** The script as a classic enqueue with type="module" added to its tag: works in every WordPress version. */
function ofsted_widgets_enqueue_classic() {
	wp_enqueue_script( 'ofsted-widgets', ofsted_widgets_script_url(), array(), null, false );
	add_filter( 'script_loader_tag', 'ofsted_widgets_module_tag', 10, 2 );
}

function ofsted_widgets_module_tag( $tag, $handle ) {
	if ( 'ofsted-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

/** In the head, for the posts of this page that use an element (block, shortcode or pasted tag), so the room is reserved from the first paint. */
function ofsted_widgets_enqueue_for_content() {
	global $wp_query;
	foreach ( (array) $wp_query->posts as $post ) {
		$content = isset( $post->post_content ) ? $post->post_content : '';
		if ( false !== strpos( $content, '<!-- wp:ofsted-widgets/' ) || false !== strpos( $content, '[ofsted_inspections' ) || false !== strpos( $content, '<ofsted-' ) ) {
			ofsted_widgets_enqueue();
			return;
		}
	}
}

/** The block editor draws its preview with the same script; the settings offer every council of the index. */
function ofsted_widgets_enqueue_editor() {
	wp_enqueue_style( 'ofsted-widgets', plugins_url( 'ofsted-widgets.css', __FILE__ ), array(), OFSTED_WIDGETS_VERSION );
	ofsted_widgets_enqueue_classic();
	$councils = array();
	foreach ( ofsted_widgets_councils() as $council ) {
		$councils[] = array( 'id' => $council['id'], 'name' => $council['shortName'] );
	}
	$elements = array(
		array( 'value' => 'timeline', 'label' => __( 'Timeline of inspections and visits', 'ofsted-widgets' ) ),
		array( 'value' => 'scorecard', 'label' => __( 'Scorecard of the latest judgements', 'ofsted-widgets' ) ),
		array( 'value' => 'breakdown', 'label' => __( 'Findings', 'ofsted-widgets' ) ),
		array( 'value' => 'journey', 'label' => __( 'All three, linked', 'ofsted-widgets' ) ),
	);
	wp_add_inline_script(
		'ofsted-widgets-inspections-editor-script',
		'window.ofstedWidgetsEditor = ' . wp_json_encode( array( 'councils' => $councils, 'elements' => $elements ) ) . ';',
		'before'
	);
}

/** The package's tags and their attributes, allowed in the content of every role (the sanitiser strips unknown tags). */
function ofsted_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( OFSTED_WIDGETS_TAGS as $tag ) {
		$tags[ $tag ] = array_fill_keys( OFSTED_WIDGETS_ATTRIBUTES, true );
	}
	return $tags;
}

function ofsted_widgets_render_block( $attributes ) {
	$wrapper = get_block_wrapper_attributes();
	return ofsted_widgets_render( $attributes['element'] ?? 'timeline', $attributes['authority'] ?? '', $wrapper );
}

/** [ofsted_inspections element="timeline" authority="leeds"]: element is timeline, scorecard, breakdown or journey. */
function ofsted_widgets_render_shortcode( $atts ) {
	$atts = shortcode_atts( array( 'element' => 'timeline', 'authority' => '' ), $atts, 'ofsted_inspections' );
	return ofsted_widgets_render( $atts['element'], $atts['authority'] );
}

/**
 * The element's tag, with a link to the council's reports on Ofsted's site inside it: the link shows until the
 * element has drawn, and stays (with the reason) if it cannot, so a page never holds an empty box.
 */
function ofsted_widgets_render( $element, $authority, $wrapper = '' ) {
	ofsted_widgets_enqueue();
	$tag     = 'ofsted-' . ( in_array( $element, OFSTED_WIDGETS_ELEMENTS, true ) ? $element : 'timeline' );
	$council = ofsted_widgets_find_council( $authority );
	if ( $council ) {
		/* translators: %s: the council's short name, e.g. Leeds. */
		$text = sprintf( __( "Ofsted's reports on %s's children's services", 'ofsted-widgets' ), $council['shortName'] );
		$href = 'https://reports.ofsted.gov.uk/provider/44/' . rawurlencode( $council['urn'] );
	} else {
		$text = __( "Ofsted's reports on councils' children's services", 'ofsted-widgets' );
		$href = 'https://reports.ofsted.gov.uk/';
	}
	return sprintf(
		'<%1$s authority="%2$s" %3$s><a href="%4$s">%5$s</a></%1$s>',
		$tag,
		esc_attr( $council ? $council['id'] : $authority ),
		$wrapper,
		esc_url( $href ),
		esc_html( $text )
	);
}

/** The council an id or name means, from the authority index shipped in the plugin; null when none does. */
function ofsted_widgets_find_council( $authority ) {
	$wanted = strtolower( trim( (string) $authority ) );
	foreach ( ofsted_widgets_councils() as $council ) {
		if ( in_array( $wanted, array( $council['id'], strtolower( $council['shortName'] ), strtolower( $council['name'] ) ), true ) ) {
			return $council;
		}
	}
	return null;
}

/** The authority index (id, name, short name, URN of each council), written into the plugin by its packaging script. */
function ofsted_widgets_councils() {
	static $councils = null;
	if ( null === $councils ) {
		$json     = is_readable( __DIR__ . '/authorities.json' ) ? file_get_contents( __DIR__ . '/authorities.json' ) : '[]';
		$councils = json_decode( $json, true );
		$councils = is_array( $councils ) ? $councils : array();
	}
	return $councils;
}

function ofsted_widgets_settings_page() {
	add_options_page( __( 'Ofsted inspections', 'ofsted-widgets' ), __( 'Ofsted inspections', 'ofsted-widgets' ), 'manage_options', 'ofsted-widgets', 'ofsted_widgets_settings_form' );
}

function ofsted_widgets_settings_field() {
	add_settings_section( 'ofsted_widgets_main', '', '__return_false', 'ofsted-widgets' );
	add_settings_field(
		'ofsted_widgets_script',
		__( 'Script address', 'ofsted-widgets' ),
		'ofsted_widgets_script_input',
		'ofsted-widgets',
		'ofsted_widgets_main',
		array( 'label_for' => 'ofsted_widgets_script' )
	);
}

function ofsted_widgets_script_input() {
	printf(
		'<input type="url" class="large-text code" id="ofsted_widgets_script" name="ofsted_widgets_script" value="%s"><p class="description">%s</p>',
		esc_attr( ofsted_widgets_script_url() ),
		esc_html(
			sprintf(
				/* translators: %s: the default address. */
				__( 'Default: %s (pinned to one version). For a copy on this site, put the package\'s dist/ofsted-widgets.js with its authorities/ and cdn/ folders beside it, and give its address. Use one address on the whole site: two addresses download the script twice.', 'ofsted-widgets' ),
				OFSTED_WIDGETS_DEFAULT_SCRIPT
			)
		)
	);
}

function ofsted_widgets_settings_form() {
	echo '<div class="wrap"><h1>' . esc_html__( 'Ofsted inspections', 'ofsted-widgets' ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'ofsted_widgets' );
	do_settings_sections( 'ofsted-widgets' );
	submit_button();
	echo '</form></div>';
}
