// Issue 27: the WordPress plugin (integrations/wordpress/) agrees with the package: its stylesheet reserves each
// element's room as that element's paste does, and every place naming a version names package.json's. The plugin in a
// real WordPress is tested by test/wordpress/ (npm run test:wordpress, run by CI after npm test).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { versionMentions } from '../../integrations/wordpress/package.mjs';
import { pasteFile } from '../../scripts/bench/delivery.mjs';

const css = readFileSync('integrations/wordpress/ofsted-widgets/ofsted-widgets.css', 'utf8');
const compact = (rule) => rule.replaceAll(/\s+/g, '').replace(/;$/, '');

for (const tag of ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey', 'ofsted-england']) {
  test(`the plugin's stylesheet reserves ${tag}'s room as its paste does`, () => {
    const paste = pasteFile(tag).match(new RegExp(`<${tag}[^>]* style="([^"]+)"`))[1];
    const rule = css.match(new RegExp(`^${tag} \\{([^}]*)\\}`, 'm'))?.[1] ?? '';
    assert.equal(compact(rule), compact(paste));
  });
}

test("the plugin names package.json's version everywhere, its script address pinned to it", () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [where, named] of Object.entries(versionMentions())) assert.equal(named, version, where);
});
