/**
 * Export built in the browser with no library: CSV of a table, standalone SVG and PNG of a chart, and the download.
 * Data stays text throughout: CSV cells are quoted, SVG is cloned from the live DOM and written by XMLSerializer.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A cell a spreadsheet would read as a formula: one starting with a tab or carriage return, or with =, +, - or @ (or
 * their fullwidth forms ＝ ＋ － ＠, which spreadsheets also accept) even after leading spaces, no-break or zero-width
 * spaces or line breaks, which some spreadsheets skip (OWASP's CSV injection advice, extended to what they skip).
 */
const FORMULA_START = /^(?:[\t\r]|[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** One CSV cell: formula-guarded with a leading `'`, then quoted per RFC 4180 when it needs to be. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** RFC 4180 CSV: comma-separated cells, CRLF between records, with a formula-injection guard on every cell. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The computed properties that make a chart look as it does on the page. */
export const INLINED_PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'font-family',
  'paint-order',
  'opacity',
] as const;

/** Attributes that only make sense inside the live, interactive chart. */
const INTERACTIVE_ATTRIBUTES = ['tabindex', 'role', 'aria-selected', 'aria-orientation', 'aria-describedby', 'part'];

/**
 * The chart as a standalone SVG document: a clone with each element's computed presentation copied from the live
 * node as presentation attributes (no `style` attribute, so it renders under a strict CSP and outside the page's
 * styles), the chart's name as its `<title>`, and Lit's marker comments removed.
 */
export function svgMarkup(svg: SVGSVGElement, properties: readonly string[] = INLINED_PROPERTIES): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  live.forEach((node, i) => {
    const copy = copies[i]!;
    const computed = getComputedStyle(node);
    for (const property of properties) {
      const value = computed.getPropertyValue(property);
      if (value) copy.setAttribute(property, value);
    }
    for (const attribute of INTERACTIVE_ATTRIBUTES) copy.removeAttribute(attribute);
  });
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  found.forEach((comment) => comment.parentNode?.removeChild(comment));
  clone.setAttribute('xmlns', SVG_NS);
  const name = svg.getAttribute('aria-label');
  if (name) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = name;
    clone.prepend(title);
  }
  return new XMLSerializer().serializeToString(clone);
}

/** Draws the SVG markup on a canvas `scale` times its size (over `background` when given) and encodes a PNG. */
export async function svgToPngBlob(
  markup: string,
  width: number,
  height: number,
  scale = 2,
  background?: string,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    // The one cause seen: a Content-Security-Policy whose img-src leaves out blob: stops the chart's image loading.
    await image.decode().catch(() => {
      throw new Error(
        'The PNG could not be made: this page may block it (its Content-Security-Policy needs blob: in img-src). The SVG download still works.',
      );
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    if (background) {
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the chart as PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `blob` as `filename` through an object URL and a temporary `<a download>`. */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked later: some browsers start reading the URL only after the click has returned.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** `<authority-id>-<element>.<ext>`, e.g. `barnet-timeline.csv`, keeping only filename-safe characters. */
export function exportFilename(authorityId: string, element: string, extension: string): string {
  const safe =
    authorityId
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'ofsted';
  return `${safe}-${element}.${extension}`;
}

/** Downloads rows as a UTF-8 CSV file (with a byte-order mark, so spreadsheets read the encoding right). */
export function downloadCsv(filename: string, rows: readonly (readonly string[])[]): void {
  download(filename, new Blob(['\ufeff', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
}

/** Downloads a chart as a standalone SVG file. */
export function downloadSvg(filename: string, svg: SVGSVGElement): void {
  download(filename, new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }));
}

/** Downloads a chart as a PNG at twice its size, over its own background colour. */
export async function downloadPng(filename: string, svg: SVGSVGElement, width: number, height: number): Promise<void> {
  const background = getComputedStyle(svg).getPropertyValue('background-color');
  const host = svg.getRootNode() instanceof ShadowRoot ? ((svg.getRootNode() as ShadowRoot).host as Element) : svg;
  const fill = background && background !== 'rgba(0, 0, 0, 0)' ? background : getComputedStyle(host).backgroundColor;
  download(filename, await svgToPngBlob(svgMarkup(svg), width, height, 2, fill));
}
