// The build squeezes Lit templates; these are the cases where squeezing too hard would change what renders.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss, minifyHtml, minifySvg } from '../../scripts/minify-literals.mjs';

test('css: comments and layout whitespace go, declarations stay intact', () => {
  assert.equal(
    minifyCss('\n  /* why */\n  .a > .b,\n  .c {\n    color: red;\n    margin: 0 auto;\n  }\n'),
    ' .a>.b,.c{color:red;margin:0 auto} ',
  );
});

test('css: spaces that carry meaning are kept', () => {
  assert.equal(minifyCss('width: calc(100% - 2 * var(--gap));'), 'width:calc(100% - 2 * var(--gap));');
  assert.equal(minifyCss('.host :focus-visible { outline: 2px solid; }'), '.host :focus-visible{outline:2px solid}');
  assert.equal(minifyCss('.band-odd + .label {}'), '.band-odd + .label{}');
  // A quasi that follows `${width}` must not glue onto it.
  assert.equal(minifyCss(' solid;\n'), ' solid; ');
  assert.equal(minifyCss('   '), ' ');
});

test('html: line breaks and indents become one space, text on one line is untouched', () => {
  assert.equal(
    minifyHtml('\n  <p>\n    Judged <strong>Good</strong>  in 2019\n  </p>\n'),
    ' <p> Judged <strong>Good</strong>  in 2019 </p> ',
  );
  assert.equal(minifyHtml('<span>a</span> <span>b</span>'), '<span>a</span> <span>b</span>');
});

test('svg: layout whitespace between tags goes, spaces inside tags and on one line stay', () => {
  assert.equal(
    minifySvg('<g\n  class="event"\n  role="option"\n>\n  <circle r="12"></circle>\n  '),
    '<g class="event" role="option" ><circle r="12"></circle>',
  );
  assert.equal(minifySvg('\n    <text x="1">'), '<text x="1">');
  // Between two expressions the context is unknown (attributes or children): one space, as in html.
  assert.equal(minifySvg('\n   '), ' ');
  assert.equal(minifySvg('<text>a</text> <text>b</text>'), '<text>a</text> <text>b</text>');
});
