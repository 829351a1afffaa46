// @ts-check
// The web editors' guide's "Without the plugin" recipe: what a theme's functions.php adds on a site that cannot install
// plugins, cut from the plugin's own PHP (its loading with the version check, its allowed tags and their hooks). The
// guide shows it (stories/guides/web-editors-snippets.ts) and the WordPress test runs it (test/wordpress/), both from
// here, so the guide's recipe is the tested one. Takes the plugin's PHP as text: the guide reads it with Vite's ?raw,
// the test from disk.

/**
 * The plugin's PHP function `name`, from its `function` line to its closing brace, with the doc comment above it.
 * @param {string} php
 * @param {string} name
 */
export function phpFunction(php, name) {
  const found = php.match(
    new RegExp(`(?:/\\*\\*[^\\n]*\\*/\\n|/\\*\\*\\n(?: \\*[^\\n]*\\n)+ \\*/\\n)?function ${name}\\([\\s\\S]*?\\n}\\n`),
  );
  if (!found) throw new Error(`integrations/wordpress/ofsted-widgets/ofsted-widgets.php has no function ${name}`);
  return found[0];
}

/**
 * The plugin's lines that start with `start` (its constants, its hooks).
 * @param {string} php
 * @param {string} start
 */
export const phpLines = (php, start) =>
  php
    .split('\n')
    .filter((line) => line.startsWith(start))
    .join('\n');

/**
 * What a theme without the plugin adds to functions.php, with the stylesheet as ofsted-widgets.css in its folder.
 * @param {string} php the plugin's ofsted-widgets.php
 */
export const manualRecipe = (php) =>
  [
    phpLines(php, 'const OFSTED_WIDGETS_VERSION').trim(),
    phpLines(php, 'const OFSTED_WIDGETS_DEFAULT_SCRIPT').trim(),
    phpLines(php, 'const OFSTED_WIDGETS_TAGS').trim(),
    phpLines(php, 'const OFSTED_WIDGETS_ATTRIBUTES').trim(),
    '',
    "add_filter( 'wp_kses_allowed_html', 'ofsted_widgets_allowed_html', 10, 2 );",
    "add_action( 'wp_enqueue_scripts', 'ofsted_widgets_enqueue' );",
    '',
    "/** The address of the script: the pinned CDN copy (or your own copy's). */\nfunction ofsted_widgets_script_url() {\n\treturn OFSTED_WIDGETS_DEFAULT_SCRIPT;\n}\n",
    phpFunction(php, 'ofsted_widgets_enqueue').replace(
      "plugins_url( 'ofsted-widgets.css', __FILE__ )",
      "get_stylesheet_directory_uri() . '/ofsted-widgets.css'",
    ),
    phpFunction(php, 'ofsted_widgets_enqueue_classic'),
    phpFunction(php, 'ofsted_widgets_module_tag'),
    phpFunction(php, 'ofsted_widgets_allowed_html'),
  ].join('\n');
