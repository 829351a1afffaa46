// The web editors' guide's snippets, read from the files the tests run (the paste files, the WordPress plugin), so the
// guide cannot drift from what is tested.
import breakdownPaste from '../../examples/paste/breakdown.html?raw';
import englandPaste from '../../examples/paste/england.html?raw';
import journeyPaste from '../../examples/paste/journey.html?raw';
import scorecardPaste from '../../examples/paste/scorecard.html?raw';
import timelinePaste from '../../examples/paste/timeline.html?raw';
import pluginCss from '../../integrations/wordpress/ofsted-widgets/ofsted-widgets.css?raw';
import pluginPhp from '../../integrations/wordpress/ofsted-widgets/ofsted-widgets.php?raw';

export const pastes = {
  timeline: timelinePaste,
  scorecard: scorecardPaste,
  breakdown: breakdownPaste,
  journey: journeyPaste,
  england: englandPaste,
};
export { pluginCss };

/** The plugin's PHP function `name`, from its `function` line to its closing brace, with the doc comment above it. */
export function phpFunction(name: string): string {
  const found = pluginPhp.match(
    new RegExp(`(?:/\\*\\*[^\\n]*\\*/\\n|/\\*\\*\\n(?: \\*[^\\n]*\\n)+ \\*/\\n)?function ${name}\\([\\s\\S]*?\\n}\\n`),
  );
  if (!found) throw new Error(`integrations/wordpress/ofsted-widgets/ofsted-widgets.php has no function ${name}`);
  return found[0];
}

/** The plugin's lines that start with `start` (its constants, its hooks). */
export const phpLines = (start: string): string =>
  pluginPhp
    .split('\n')
    .filter((line) => line.startsWith(start))
    .join('\n');

/** What a theme without the plugin adds to functions.php: the plugin's loading, its allowed tags and their hooks. */
export const manualRecipe = [
  phpLines('const OFSTED_WIDGETS_VERSION').trim(),
  phpLines('const OFSTED_WIDGETS_DEFAULT_SCRIPT').trim(),
  phpLines('const OFSTED_WIDGETS_TAGS').trim(),
  phpLines('const OFSTED_WIDGETS_ATTRIBUTES').trim(),
  '',
  "add_filter( 'wp_kses_allowed_html', 'ofsted_widgets_allowed_html', 10, 2 );",
  "add_action( 'wp_enqueue_scripts', 'ofsted_widgets_enqueue' );",
  '',
  "/** The address of the script: the pinned CDN copy (or your own copy's). */\nfunction ofsted_widgets_script_url() {\n\treturn OFSTED_WIDGETS_DEFAULT_SCRIPT;\n}\n",
  phpFunction('ofsted_widgets_enqueue').replace(
    "plugins_url( 'ofsted-widgets.css', __FILE__ )",
    "get_stylesheet_directory_uri() . '/ofsted-widgets.css'",
  ),
  phpFunction('ofsted_widgets_enqueue_classic'),
  phpFunction('ofsted_widgets_module_tag'),
  phpFunction('ofsted_widgets_allowed_html'),
].join('\n');
