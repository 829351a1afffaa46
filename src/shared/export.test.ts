import { expect } from '@open-wc/testing';
import { csvCell, download, exportFilename, svgMarkup, svgToPngBlob, toCsv } from './export.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small styled chart in the page, its text set as text: the shape of what the elements draw. */
function drawChart(label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 120 40');
  svg.setAttribute('width', '120');
  svg.setAttribute('height', '40');
  svg.setAttribute('aria-label', label);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent =
    '.marker { fill: rgb(30, 138, 128); stroke: #ffffff; stroke-width: 2px } text { font-weight: 700; font-size: 12px }';
  const marker = document.createElementNS(SVG_NS, 'circle');
  marker.setAttribute('class', 'marker');
  marker.setAttribute('cx', '10');
  marker.setAttribute('cy', '10');
  marker.setAttribute('r', '6');
  marker.setAttribute('tabindex', '0');
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', '20');
  text.setAttribute('y', '20');
  text.textContent = label;
  svg.append(style, marker, document.createComment('lit marker'), text);
  document.body.append(svg);
  return svg;
}

describe('toCsv', () => {
  it('quotes cells with commas, quotes and line breaks per RFC 4180, and ends records with CRLF', () => {
    expect(
      toCsv([
        ['Date', 'Event'],
        ['May 2019', 'Inspection, "standard"\nline two'],
        ['plain', ''],
      ]),
    ).to.equal('Date,Event\r\nMay 2019,"Inspection, ""standard""\nline two"\r\nplain,\r\n');
  });

  it('guards cells a spreadsheet would run as formulas with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).to.equal(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(toCsv([['=1+1', '+44', '-2', '@SUM(A1)', '\tx', '\rx']])).to.equal(
      `'=1+1,'+44,'-2,'@SUM(A1),'\tx,"'\rx"\r\n`,
    );
    expect(csvCell('Good = fine')).to.equal('Good = fine');
    expect(csvCell('2019-05-13')).to.equal('2019-05-13');
  });
});

describe('exportFilename', () => {
  it('names files <authority>-<element>.<ext>, keeping only safe characters', () => {
    expect(exportFilename('barnet', 'timeline', 'csv')).to.equal('barnet-timeline.csv');
    expect(exportFilename('../<x>/Evil', 'scorecard', 'csv')).to.equal('x-evil-scorecard.csv');
  });
});

describe('svgMarkup', () => {
  let svg: SVGSVGElement;
  afterEach(() => svg.remove());

  it('serialises a standalone SVG with the computed presentation inlined as attributes', () => {
    svg = drawChart('Good');
    const markup = svgMarkup(svg);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.namespaceURI).to.equal(SVG_NS);
    const marker = doc.querySelector('.marker')!;
    expect(marker.getAttribute('fill')).to.equal('rgb(30, 138, 128)');
    expect(marker.getAttribute('stroke')).to.equal('rgb(255, 255, 255)');
    expect(marker.getAttribute('stroke-width')).to.equal('2px');
    expect(marker.hasAttribute('tabindex')).to.equal(false);
    expect(doc.querySelector('text')!.getAttribute('font-weight')).to.equal('700');
    expect(doc.querySelector('[style]')).to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.equal('Good');
    expect(markup).not.to.contain('<!--');
  });

  it('keeps markup in data as text', () => {
    svg = drawChart('<script>window.hacked=1</script>');
    const markup = svgMarkup(svg);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script')).to.have.length(0);
    expect(doc.querySelector('text')!.textContent).to.equal('<script>window.hacked=1</script>');
  });
});

describe('svgToPngBlob', () => {
  it('draws the markup into a PNG', async () => {
    const svg = drawChart('Good');
    const blob = await svgToPngBlob(svgMarkup(svg), 120, 40, 2, '#ffffff');
    svg.remove();
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.greaterThan(0);
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([240, 80]);
  });
});

describe('download', () => {
  it('clicks a temporary <a download> on an object URL of the blob, then removes it', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const onClick = (event: Event) => {
      clicked.push(event.target as HTMLAnchorElement);
      event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    try {
      download('barnet-timeline.csv', new Blob(['a,b\r\n'], { type: 'text/csv' }));
    } finally {
      document.removeEventListener('click', onClick, true);
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('barnet-timeline.csv');
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(clicked[0]!.isConnected).to.equal(false);
    expect(await (await fetch(clicked[0]!.href)).text()).to.equal('a,b\r\n');
  });
});
