import { isServer } from 'lit';
import type { EventKind, GradeId, OfstedDataset, OfstedEvent } from '../data/types.js';

type Rehearsable = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

/**
 * How long an element waits for its data before rehearsing: data from a warm cache arrives sooner and makes the
 * rehearsal pointless; on a slow network the wait is a round trip or more (half a second on Slow 4G), and the
 * rehearsal fits in it.
 */
const REHEARSAL_DELAY_MS = 50;

const rehearsedTypes = new WeakSet<object>();
const rehearsalRoots = new WeakSet<Node>();

/**
 * Whether `node` is inside a rehearsal (see rehearseWhileLoading): what happens there is not the page's news, so
 * its events are not dispatched and its problems not logged.
 */
export function inRehearsal(node: Node): boolean {
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (rehearsalRoots.has(root)) return true;
  }
  return false;
}

/**
 * While the first element of its kind on a page waits for its data, draws a copy of it once, out of sight, from a
 * small FICTIONAL dataset, then removes it. A first drawing pays once a page for Lit to prepare its templates, for
 * the engine to compile the layout and rendering code and for the browser to match styles and shape text; done
 * here, that is spent while the network is the bottleneck, not after the data arrives. Skipped when the data came
 * within REHEARSAL_DELAY_MS (a warm cache), and for every later element of the kind. The copy sits in a closed
 * shadow root (no selector of the page reaches it) of an element at the end of the body that takes no room
 * (absolute, zero height, strict containment) and is never painted (hidden).
 */
export function rehearseWhileLoading(host: Rehearsable, stillLoading: () => boolean): void {
  const type = host.constructor as new () => Rehearsable;
  if (isServer || rehearsedTypes.has(type) || inRehearsal(host)) return;
  rehearsedTypes.add(type);
  setTimeout(() => {
    if (!stillLoading() || !host.isConnected || !document.body) return;
    const stage = document.createElement('div');
    // Laid out (so fonts, text shaping and style matching warm up too) yet taking no room and never painted.
    stage.style.cssText = 'position:absolute!important;top:0;left:0;right:0;height:0;overflow:hidden;contain:strict;visibility:hidden;pointer-events:none';
    const root = stage.attachShadow({ mode: 'closed' });
    rehearsalRoots.add(root);
    const copy = new type();
    copy.data = rehearsalDataset();
    root.append(copy);
    document.body.append(stage);
    void copy.updateComplete.finally(() => {
      void copy.getBoundingClientRect(); // style and layout, now, inside the wait
      stage.remove();
    });
  }, REHEARSAL_DELAY_MS);
}

const FICTIONAL = 'fictional-rehearsal';

/**
 * What the copy draws: FICTIONAL, every kind of thing the elements draw once (graded inspections, one with each kind
 * of finding, and visits), in as few bytes as will do, since every page downloads it.
 */
export function rehearsalDataset(): OfstedDataset {
  const judged = (grade: GradeId) => ['overall-effectiveness', 'leadership'].map((area) => ({ area, name: 'Fictional judgement', grade }));
  const event = (id: string, kind: EventKind, date: string, extra: Partial<OfstedEvent> = {}): OfstedEvent =>
    ({ id, kind, title: 'Fictional event', date, sources: [FICTIONAL], ...extra });
  const findings = (['strength', 'improvement', 'recommendation'] as const)
    .map((kind) => ({ kind, area: kind === 'recommendation' ? null : 'leadership', statement: 'Fictional statement.', source: FICTIONAL }));
  return {
    schemaVersion: 1,
    fictional: true,
    authority: { id: 'rehearsal-fictional', name: 'Rehearsal (fictional, never shown)' },
    sources: [{ id: FICTIONAL, title: 'Fictional (never shown)' }],
    events: [
      event('inspection-1', 'inspection', '2019-01-07/2019-01-18', { judgements: judged('requires-improvement') }),
      event('visit-1', 'monitoring-visit', '2020-02'),
      event('visit-2', 'focused-visit', '2021-03-04'),
      event('inspection-2', 'inspection', '2023-05-08/2023-05-19', { judgements: judged('good'), findings }),
    ],
  };
}
