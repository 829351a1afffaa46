/**
 * DatasetController on its own, on a minimal host that writes no glue (no `willUpdate`): the controller runs itself
 * from the host's `data`, `src` and `authority`. Every dataset here is FICTIONAL except Leeds'.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, LitElement, type PropertyValues } from 'lit';
import { fictionalAllGrades, fictionalInvalid, fictionalOneEvent } from '../fixtures/datasets.js';
import { useHeldFetch } from '../test-support/held-fetch.js';
import { afterUpdateAndFrame, captureConsoleErrors, useContainer } from '../test-support/mount.js';
import { DatasetController, type OfstedDataEventDetail } from './dataset-controller.js';

class ControllerHost extends LitElement {
  static override properties = { data: { attribute: false }, src: {}, authority: {}, unrelated: {} };
  declare data: unknown;
  declare src: string | undefined;
  declare authority: string | undefined;
  declare unrelated: string | undefined;
  readonly loader = new DatasetController(this);

  protected override render() {
    return this.loader.render({ ready: (dataset) => html`<p class="name">${dataset.authority.name}</p>` });
  }
}
customElements.define('dataset-controller-host', ControllerHost);

/** A host whose every drawing of a dataset throws, as data that breaks an assumption would; guarded as elements are. */
class FailingRenderHost extends ControllerHost {
  protected override render() {
    return this.loader.render({
      ready: () => {
        throw new Error('An assumption the drawing makes does not hold.');
      },
    });
  }
  protected override update(changed: PropertyValues<this>): void {
    this.loader.guardUpdate(() => super.update(changed));
  }
}
customElements.define('failing-render-host', FailingRenderHost);

/** A host that records what its live region says, from its first drawing on (the region's words in order). */
class AnnouncingHost extends ControllerHost {
  readonly said: string[] = [];
  protected override firstUpdated(): void {
    const region = this.shadowRoot!.querySelector('[role="status"]')!;
    this.said.push(region.textContent!.trim());
    new MutationObserver(() => this.said.push(region.textContent!.trim())).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  }
}
customElements.define('announcing-host', AnnouncingHost);

const container = useContainer();
const consoleErrors = captureConsoleErrors();

describe('DatasetController', () => {
  const urls: string[] = [];
  const requests = useHeldFetch();
  const { signals } = requests;
  afterEach(() => urls.splice(0).forEach((url) => URL.revokeObjectURL(url)));
  /** A URL for `value`; `held`: answered only once the test releases it. */
  const jsonUrl = (value: unknown, { held = false } = {}) => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
    urls.push(url);
    if (held) requests.hold(url);
    return url;
  };

  /** A host with `inputs`, listened to before it connects; `connect: false` leaves it out of the page. */
  function host(inputs: Partial<ControllerHost>, { connect = true } = {}) {
    const el = Object.assign(document.createElement('dataset-controller-host') as ControllerHost, inputs);
    const heard: CustomEvent[] = [];
    el.addEventListener('ofsted-data', (e) => heard.push(e));
    el.addEventListener('ofsted-error', (e) => heard.push(e));
    if (connect) container.element.append(el);
    const outcome = () => waitUntil(() => heard.length > 0, 'an outcome');
    const origin = () => (heard[0] as CustomEvent<OfstedDataEventDetail>).detail.origin;
    return { el, heard, outcome, origin };
  }

  it('takes data over src over authority', async () => {
    const src = jsonUrl(fictionalOneEvent);
    const withData = host({ data: fictionalAllGrades, src, authority: 'leeds' });
    await withData.outcome();
    expect(withData.origin()).to.deep.equal({ input: 'data' });
    const withSrc = host({ src, authority: 'leeds' });
    await withSrc.outcome();
    expect(withSrc.origin()).to.deep.equal({ input: 'src', url: src });
    const withAuthority = host({ authority: 'leeds' });
    await withAuthority.outcome();
    expect(withAuthority.origin()).to.deep.equal({ input: 'authority', authority: 'leeds' });
    expect(consoleErrors.calls).to.deep.equal([]);
  });

  it('with no council named (none, "" or blanks) says how to name one, and loads no council', async () => {
    for (const inputs of [{}, { authority: '' }, { authority: '   ' }]) {
      const { el, heard } = host(inputs);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(el.loader.status, JSON.stringify(inputs)).to.equal('empty');
      expect(el.loader.dataset).to.equal(undefined);
      const note = el.shadowRoot!.querySelector('[part="empty"]')!;
      expect(note.textContent!.replace(/\s+/g, ' ')).to.equal(
        'No council chosen. Name one in the tag, for example authority="Kent", to show its Ofsted inspections.',
      );
      expect(note.getAttribute('role')).to.equal(null); // a page that sets the council later is not an error
      expect(el.shadowRoot!.textContent).not.to.contain('Barnet');
      expect(heard).to.deep.equal([]);
      el.authority = 'leeds';
      await waitUntil(() => heard.length > 0, 'the named council');
      expect(el.loader.dataset?.authority.id).to.equal('leeds');
      el.authority = '';
      await el.updateComplete;
      expect(el.loader.status).to.equal('empty');
      expect(el.shadowRoot!.querySelector('.name')).to.equal(null);
    }
    expect(consoleErrors.calls).to.deep.equal([]);
  });

  it('loads by itself when an input changes, and not when another property does', async () => {
    const { el, heard, outcome } = host({ data: fictionalOneEvent });
    await outcome();
    el.unrelated = 'changed';
    await el.updateComplete;
    expect(heard).to.have.length(1);
    el.data = fictionalAllGrades;
    await waitUntil(() => heard.length === 2, 'the second dataset');
    expect(el.loader.dataset).to.equal(fictionalAllGrades);
    expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal(fictionalAllGrades.authority.name);
  });

  it('lets the latest input win when inputs change mid-load', async () => {
    const slow = jsonUrl(fictionalOneEvent, { held: true });
    const { el, heard, outcome, origin } = host({ src: slow });
    await el.updateComplete;
    expect(el.loader.status).to.equal('loading');
    el.data = fictionalAllGrades;
    await outcome();
    // The superseded request answers last; once it is over and the host has updated, its outcome would have been heard.
    requests.release(slow);
    await requests.settled();
    await afterUpdateAndFrame(el);
    expect(heard.map((e) => e.type)).to.deep.equal(['ofsted-data']);
    expect(origin()).to.deep.equal({ input: 'data' });
    expect(el.loader.dataset).to.equal(fictionalAllGrades);
    expect(signals.get(slow)?.aborted, 'the superseded request is aborted').to.equal(true);
  });

  it('aborts the load when its host is removed, and loads afresh when it is put back', async () => {
    const slow = jsonUrl(fictionalOneEvent, { held: true });
    const { el, heard, outcome } = host({ src: slow });
    await el.updateComplete;
    el.remove();
    await Promise.resolve();
    expect(signals.get(slow)?.aborted).to.equal(true);
    // Once the aborted request is over and the host has updated, anything it would report would have been heard.
    requests.release(slow);
    await requests.settled();
    await afterUpdateAndFrame(el);
    expect(heard, 'nothing is heard from a removed host').to.deep.equal([]);
    expect(consoleErrors.calls).to.deep.equal([]);
    container.element.append(el);
    await outcome();
    expect(heard.map((e) => e.type)).to.deep.equal(['ofsted-data']);
    expect(el.loader.status).to.equal('ready');
  });

  it('keeps its load when its host is moved (taken out and put back in one task): one request, not aborted', async () => {
    const slow = jsonUrl(fictionalOneEvent, { held: true });
    const { el, heard, outcome } = host({ src: slow });
    await el.updateComplete;
    const first = signals.get(slow);
    const elsewhere = document.createElement('div');
    container.element.append(elsewhere);
    elsewhere.append(el);
    await afterUpdateAndFrame(el);
    expect(signals.get(slow), 'no second request').to.equal(first);
    expect(first?.aborted, 'the request kept').to.equal(false);
    requests.release(slow);
    await outcome();
    await afterUpdateAndFrame(el);
    expect(heard.map((e) => e.type)).to.deep.equal(['ofsted-data']);
  });

  it('reports each failure once: one ofsted-error, one console error, the error in place as an alert', async () => {
    const { el, heard, outcome } = host({ src: jsonUrl(fictionalInvalid) });
    await outcome();
    await el.updateComplete;
    expect(heard.map((e) => e.type)).to.deep.equal(['ofsted-error']);
    expect(consoleErrors.calls).to.have.length(1);
    expect(el.loader.status).to.equal('error');
    expect(el.loader.error?.kind).to.equal('invalid');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    el.src = jsonUrl(fictionalOneEvent);
    await waitUntil(() => heard.length === 2, 'the next load');
    expect(heard.map((e) => e.type)).to.deep.equal(['ofsted-error', 'ofsted-data']);
    expect(consoleErrors.calls).to.have.length(1);
  });

  it('reports a render that keeps failing once, not again at every update', async () => {
    const el = Object.assign(document.createElement('failing-render-host') as FailingRenderHost, {
      data: fictionalOneEvent,
    });
    const heard: string[] = [];
    el.addEventListener('ofsted-error', (e) => heard.push((e as CustomEvent<{ message: string }>).detail.message));
    container.element.append(el);
    await waitUntil(() => heard.length > 0, 'the failure reported');
    el.unrelated = 'a later update';
    // A second report would come from that update's updated(): over once the update is and a frame has passed.
    await afterUpdateAndFrame(el);
    expect(heard).to.have.length(1);
    expect(heard[0]).to.contain('An assumption the drawing makes does not hold.');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'The Ofsted data could not be shown.',
    );
  });

  /** An AnnouncingHost with `inputs`, in the page; `release` answers a held request. Resolves once the outcome is drawn. */
  async function announcing(inputs: Partial<ControllerHost>, release?: string) {
    const el = Object.assign(document.createElement('announcing-host') as AnnouncingHost, inputs);
    let heard = false;
    const settle = () => (heard = true);
    el.addEventListener('ofsted-data', settle);
    el.addEventListener('ofsted-error', settle);
    container.element.append(el);
    if (release) {
      await waitUntil(() => el.said.includes('Loading Ofsted data…'), 'the loading note said');
      expect(el.shadowRoot!.querySelector('[part="loading"]')!.textContent).to.equal('Loading Ofsted data…');
      requests.release(release);
    }
    await waitUntil(() => heard, 'an outcome');
    await afterUpdateAndFrame(el);
    await el.updateComplete;
    return el;
  }

  it('shows a loading note until the dataset is ready, and says "loading" then "loaded" in a region first in place empty', async () => {
    const src = jsonUrl(fictionalOneEvent, { held: true });
    const el = await announcing({ src }, src);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.classList.contains('visually-hidden')).to.equal(true);
    // Empty when it arrives, so screen readers announce the words set after; each message said once.
    expect(el.said.filter((text, i) => text !== el.said[i - 1])).to.deep.equal([
      '',
      'Loading Ofsted data…',
      `Ofsted data for ${fictionalOneEvent.authority.shortName ?? fictionalOneEvent.authority.name} loaded.`,
    ]);
  });

  it('says nothing politely over a failed download: its alert, in place, says it', async () => {
    const missing = new URL('/no-such-file.json', location.href).href;
    const el = await announcing({ src: missing });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'The Ofsted data could not be shown.',
    );
    expect(el.said.at(-1)).to.equal('');
  });

  it('stays silent for data handed over as an object, which never loads', async () => {
    const el = await announcing({ data: fictionalOneEvent });
    expect(el.said.every((text) => text === '')).to.equal(true);
  });
});
