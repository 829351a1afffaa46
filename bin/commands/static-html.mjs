// @ts-check
// What `render` wraps around and writes into the server-rendered markup: the page, and the rules for static output.

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A whole HTML document around `markup`.
 * @param {string} markup
 * @param {import('./data-layer.mjs').OfstedDataset} dataset
 * @param {string} element the element's name, e.g. timeline
 */
export function renderDocument(markup, dataset, element) {
  const name = escapeHtml(dataset.authority.name);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ofsted children's services: ${name}</title>
</head>
<body>
<!-- Written by \`ofsted-widgets render --element ${element}\`: readable without JavaScript. To make it interactive,
add <script type="module" src="https://unpkg.com/ofsted-widgets/dist/ofsted-widgets.js"></script> -->
<main>
${markup}
</main>
</body>
</html>
`;
}

/**
 * Controls that need JavaScript (the table toggle, the breakdown's filters, the timeline's event chooser and its
 * "choose an event" prompt) are hidden in static output: without the script they would do nothing. The rule lives in
 * each shadow root, so it goes when the script loads and the element renders itself again.
 *
 * The timeline's chart keeps the width it was laid out at (--width) and scrolls sideways inside its element where the
 * column is narrower, rather than shrinking its 12 px labels with the SVG (a chart may scroll in two dimensions; the
 * element scrolls, never the page). The breakdown's bars, positioned in percentages, put their area names above the
 * bars in a narrow column, as the element does when it lays itself out there, so the bars keep the whole width.
 * @param {number} width
 */
const staticOnlyStyle = (width) =>
  '<style>[part="table-toggle"],[part="filters"],p.status,.event-chooser{display:none !important}' +
  `:host{overflow-x:auto;container-type:inline-size}svg[part="chart"]{min-width:${width}px}` +
  '@container (max-width:479px){.bar{grid-template-columns:1fr !important;row-gap:4px}}</style>';

/**
 * Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node n-->`, `<?>`) are dropped: the elements render
 * afresh rather than hydrate, so the markers would only be noise at the top of a pasted fragment.
 * @param {string} markup
 * @param {number} width
 */
export function staticMarkup(markup, width) {
  return markup
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '')
    .replaceAll(
      '<template shadowroot="open" shadowrootmode="open">',
      `<template shadowroot="open" shadowrootmode="open">${staticOnlyStyle(width)}`,
    );
}
