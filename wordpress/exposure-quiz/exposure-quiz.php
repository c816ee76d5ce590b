<?php
/**
 * Plugin Name:       Exposure Quiz
 * Description:       The Exposure Quiz in a post or page: the [exposure_quiz] shortcode and the Exposure Quiz block. The quiz runs in the reader's browser from files this plugin ships, served by your own site: readers make no request to any other host, and nothing they answer is sent anywhere.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Text Domain:       exposure-quiz
 *
 * What it adds: a shortcode, a block (its editor script needs no build step), one script file
 * enqueued only on pages that show a quiz. What it never adds: options, database tables, cron
 * jobs, cookies, requests to other hosts. So uninstall.php has nothing to remove.
 *
 * The quiz's files are in quiz/ (the build copies them from dist/: web/tools/make_wordpress_plugin.py),
 * with quiz/catalog.json, the list of quizzes and languages this copy has: every option is
 * checked against it, and an unknown one shows its author a clear message instead of a quiz.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Run only inside WordPress.
}

const EXPOSURE_QUIZ_VERSION = '@VERSION@';

/**
 * The quizzes and languages this copy of the quiz has (quiz/catalog.json, written by the build):
 * array( 'quizzes' => array( id => array( 'title' => array( lang => title ), 'languages' => array( lang, ... ), 'source' => lang ) ),
 *        'languages' => array( lang => name ) ).
 */
function exposure_quiz_catalog() {
	static $catalog = null;
	if ( null !== $catalog ) {
		return $catalog;
	}
	$catalog = array(
		'quizzes'   => array(),
		'languages' => array(),
	);
	$file = __DIR__ . '/quiz/catalog.json';
	$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
	if ( ! is_array( $data ) || empty( $data['quizzes'] ) || empty( $data['locales'] ) ) {
		return $catalog; // Every quiz is then "unknown", and its author is told why.
	}
	foreach ( $data['locales'] as $locale ) {
		$catalog['languages'][ (string) $locale['id'] ] = (string) $locale['name'];
	}
	foreach ( $data['quizzes'] as $quiz ) {
		$catalog['quizzes'][ (string) $quiz['id'] ] = array(
			'title'     => (array) $quiz['title'],
			'languages' => array_values( array_map( 'strval', (array) $quiz['languages'] ) ),
			'source'    => (string) $quiz['source'],
		);
	}
	return $catalog;
}

/** The options a shortcode or block may set, with their defaults. */
function exposure_quiz_defaults() {
	return array(
		'quiz'   => 'wechat',
		'lang'   => '',
		'theme'  => 'auto',
		'accent' => '',
	);
}

/**
 * Checks the options against the catalogue. Returns array( options, problems ): problems are
 * sentences for the post's author, empty when the quiz can be shown.
 */
function exposure_quiz_check( $attributes ) {
	$options  = shortcode_atts( exposure_quiz_defaults(), is_array( $attributes ) ? $attributes : array(), 'exposure_quiz' );
	$options  = array_map( 'trim', array_map( 'strval', $options ) );
	$catalog  = exposure_quiz_catalog();
	$problems = array();
	if ( '' === $options['quiz'] ) {
		$options['quiz'] = 'wechat';
	}
	if ( ! isset( $catalog['quizzes'][ $options['quiz'] ] ) ) {
		$problems[] = sprintf(
			/* translators: 1: the quiz asked for, 2: the quizzes there are */
			__( 'There is no quiz "%1$s". Use one of: %2$s.', 'exposure-quiz' ),
			$options['quiz'],
			implode( ', ', array_keys( $catalog['quizzes'] ) )
		);
	} elseif ( '' !== $options['lang'] && ! in_array( $options['lang'], $catalog['quizzes'][ $options['quiz'] ]['languages'], true ) ) {
		$problems[] = sprintf(
			/* translators: 1: the language asked for, 2: the quiz, 3: its languages */
			__( 'The quiz "%2$s" has no language "%1$s". Use one of: %3$s, or leave it empty to follow the reader\'s browser.', 'exposure-quiz' ),
			$options['lang'],
			$options['quiz'],
			implode( ', ', $catalog['quizzes'][ $options['quiz'] ]['languages'] )
		);
	}
	if ( ! in_array( $options['theme'], array( 'auto', 'light', 'dark' ), true ) ) {
		$problems[] = sprintf(
			/* translators: %s: the theme asked for */
			__( 'The theme "%s" is not one of auto, light or dark.', 'exposure-quiz' ),
			$options['theme']
		);
	}
	if ( '' !== $options['accent'] && ! preg_match( '/^#(?:[0-9a-fA-F]{3}){1,2}$/', $options['accent'] ) ) {
		$problems[] = sprintf(
			/* translators: %s: the colour asked for */
			__( 'The accent "%s" is not a hex colour such as #07c160.', 'exposure-quiz' ),
			$options['accent']
		);
	}
	return array( $options, $problems );
}

/**
 * The quiz's markup: the element embed.js turns into the quiz (in a shadow root, so the theme's
 * CSS cannot reach it), holding a link for readers without JavaScript. Unknown options show the
 * post's author (anyone who may edit it) what is wrong; other readers see nothing.
 */
function exposure_quiz_render( $attributes ) {
	list( $options, $problems ) = exposure_quiz_check( $attributes );
	if ( $problems ) {
		if ( ! current_user_can( 'edit_posts' ) ) {
			return '';
		}
		$items = '';
		foreach ( $problems as $problem ) {
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		return '<div class="exposure-quiz-problem" role="note"><p><strong>' .
			esc_html__( 'The Exposure Quiz cannot be shown here (only you see this, as someone who can edit it):', 'exposure-quiz' ) .
			'</strong></p><ul>' . $items . '</ul></div>';
	}
	wp_enqueue_script( 'exposure-quiz-embed' );
	$catalog = exposure_quiz_catalog();
	$quiz    = $catalog['quizzes'][ $options['quiz'] ];
	$lang    = '' !== $options['lang'] ? $options['lang'] : $quiz['source'];
	$title   = isset( $quiz['title'][ $lang ] ) ? $quiz['title'][ $lang ] : $quiz['title'][ $quiz['source'] ];
	// The plain page of questions (no script needed), where this copy has one for the quiz.
	$plain = $lang === $quiz['source'] ? 'questions.html' : 'questions.' . $lang . '.html';
	$first = array_keys( $catalog['quizzes'] );
	$link  = $first[0] === $options['quiz'] && is_readable( __DIR__ . '/quiz/' . $plain )
		? '<a href="' . esc_url( plugins_url( 'quiz/' . $plain, __FILE__ ) ) . '" lang="' . esc_attr( $lang ) . '">' . esc_html( $title ) . '</a>'
		: '<span lang="' . esc_attr( $lang ) . '">' . esc_html( $title ) . '</span>';
	return '<div class="exposure-quiz-embed" data-exposure-quiz data-quiz="' . esc_attr( $options['quiz'] ) . '"' .
		( '' !== $options['lang'] ? ' data-lang="' . esc_attr( $options['lang'] ) . '"' : '' ) .
		' data-theme="' . esc_attr( $options['theme'] ) . '"' .
		( '' !== $options['accent'] ? ' data-accent="' . esc_attr( $options['accent'] ) . '"' : '' ) .
		'>' . $link . '</div>';
}

/** [exposure_quiz quiz="wechat" lang="zh-Hans" theme="dark" accent="#07c160"] */
function exposure_quiz_shortcode( $attributes ) {
	return exposure_quiz_render( $attributes );
}

/** The block: the same options, rendered on the server as the shortcode is. */
function exposure_quiz_render_block( $attributes ) {
	$markup = exposure_quiz_render( $attributes );
	return '' === $markup ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $markup . '</div>';
}

function exposure_quiz_init() {
	// The loader and the automatic mounting; it finds the quiz's other files next to itself.
	wp_register_script( 'exposure-quiz-embed', plugins_url( 'quiz/embed.js', __FILE__ ), array(), EXPOSURE_QUIZ_VERSION, true );
	wp_register_script(
		'exposure-quiz-block-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		EXPOSURE_QUIZ_VERSION,
		true
	);
	// What the block's settings offer: the catalogue's quizzes and languages.
	$catalog = exposure_quiz_catalog();
	wp_add_inline_script(
		'exposure-quiz-block-editor',
		// JSON_HEX_TAG: no '</script>' can end the inline script, whatever a title says.
		'window.exposureQuizCatalog = ' . wp_json_encode( $catalog, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE ) . ';',
		'before'
	);
	add_shortcode( 'exposure_quiz', 'exposure_quiz_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'exposure_quiz_render_block' ) );
}
add_action( 'init', 'exposure_quiz_init' );
