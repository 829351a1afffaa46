import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { OfstedDataset } from '../data/types.js';
import { OfstedElement } from '../shared/ofsted-element.js';
import { errorStyles } from '../shared/error-view.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { themeStyles } from '../shared/theme.styles.js';
import { describeLinkedEvents } from './announce.js';
import { chooseLinkedEvents } from './choose-events.js';

/** How long the choice must stay put before it is announced: arrowing through events announces only the last. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * The whole story from one tag: `<ofsted-timeline>`, `<ofsted-scorecard>` and `<ofsted-breakdown>` on one dataset,
 * linked: choosing an event in the timeline shows its grades in the scorecard and its findings in the breakdown
 * (or, for an ungraded visit, the latest inspection and findings up to that date). The dataset is loaded and
 * validated once and handed to the three parts.
 *
 * @summary Timeline, scorecard and breakdown, linked.
 * @tagname ofsted-journey
 *
 * @attr event - Id of the chosen event; set when the user chooses one in the timeline, removed when they choose none, and reflected.
 * @attr show-table - Shows each part's table alternative open from the start.
 * @attr no-export - Hides the parts' Download disclosures.
 * @attr heading-level - Level of the headings of the three parts ("Inspections and visits over time", "Judgements", "Findings"), 1 to 6; each part's own headings are one level below. Default `2`.
 *
 * @fires ofsted-error - The dataset could not be loaded or is invalid. `detail: { message, kind, url?, authority?, status?, issues }`.
 * @fires ofsted-select - The user chose an event in the timeline (bubbles from it). `detail: { eventId }`; `eventId` is `undefined` when the user chose none: the journey's `event` is then removed and the scorecard and breakdown show their defaults.
 *
 * @csspart heading - The heading of each of the three parts.
 * @csspart timeline - The `<ofsted-timeline>`.
 * @csspart scorecard - The `<ofsted-scorecard>`.
 * @csspart breakdown - The `<ofsted-breakdown>`.
 * @csspart error - The message shown when the data cannot be used.
 *
 * @cssprop --ofsted-journey-column-min - Narrowest column before the scorecard and breakdown stack. Default `100%`: they always stack under the timeline, so the journey reads top to bottom; `20rem` puts them side by side where two such columns fit.
 */
export class OfstedJourney extends OfstedElement {
  static override styles = [
    themeStyles,
    errorStyles,
    css`
      /* One column by default, so the journey reads top to bottom at every width: headline and timeline, then the
         chosen event's scorecard, then its breakdown. A page that sets --ofsted-journey-column-min gets at most two
         columns: each is at least half the row (less the gap), so auto-fit never makes a third left empty. */
      .parts {
        --_gap: calc(var(--_space) * 3);
        display: grid;
        gap: var(--_gap);
        grid-template-columns: repeat(
          auto-fit,
          minmax(max(min(100%, var(--ofsted-journey-column-min, 100%)), calc((100% - var(--_gap)) / 2)), 1fr)
        );
      }
      .timeline-section {
        grid-column: 1 / -1;
      }
      section {
        min-width: 0;
      }
      /* The parts sit inside the journey's own padding and spacing. */
      section > :is(ofsted-timeline, ofsted-scorecard, ofsted-breakdown) {
        margin: 0;
        padding: 0;
      }
      /* Where the data stops is said once, under the timeline's chart. */
      section > :is(ofsted-scorecard, ofsted-breakdown)::part(coverage) {
        display: none;
      }
      .part-heading {
        margin: 0 0 var(--_space);
        font-size: 1.375em;
      }
    `,
  ];

  static override properties = {
    event: { reflect: true },
    announcement: { state: true },
  };

  /** The status message: what the scorecard and breakdown show after the user's latest choice. */
  declare private announcement: string;
  private announceTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('src') || changed.has('authority')) this.announcement = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** The timeline's choice, or none (`eventId: undefined`), becomes the journey's `event`, which the other parts follow. */
  private onSelect(event: HTMLElementEventMap['ofsted-select']): void {
    this.event = event.detail.eventId;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const dataset = this.loader.dataset;
      this.announcement = dataset ? describeLinkedEvents(dataset, chooseLinkedEvents(dataset, this.event)) : '';
    }, ANNOUNCE_DELAY_MS);
  }

  protected override render(): TemplateResult {
    return this.loader.render({ ready: (dataset) => this.renderParts(dataset) });
  }

  private renderParts(dataset: OfstedDataset): TemplateResult {
    const linked = chooseLinkedEvents(dataset, this.event);
    const level = headingLevel(this.headingLevel);
    const section = (
      id: string,
      title: string,
      part: TemplateResult,
    ) => html`<section class="${id}-section" aria-labelledby="${id}-heading">
      ${renderHeading(level, title, { className: 'part-heading', id: `${id}-heading`, part: 'heading' })}${part}
    </section>`;
    // The parts get the validated object, so they neither fetch nor validate again. Each is a region named by its heading.
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="parts">
        ${section(
          'timeline',
          'Inspections and visits over time',
          html`<ofsted-timeline part="timeline" .data=${dataset} event=${linked.timeline ?? nothing} theme=${this.theme ?? nothing}
          ?show-table=${this.showTable} ?no-export=${this.noExport}
          heading-level=${headingLevel(this.headingLevel, 1)} @ofsted-select=${this.onSelect} @ofsted-data=${stopEcho}></ofsted-timeline>`,
        )}
        ${section(
          'scorecard',
          'Judgements',
          html`<ofsted-scorecard part="scorecard" .data=${dataset} event=${linked.scorecard ?? nothing} theme=${this.theme ?? nothing}
          ?show-table=${this.showTable} ?no-export=${this.noExport}
          heading-level=${headingLevel(this.headingLevel, 1)} @ofsted-data=${stopEcho}></ofsted-scorecard>`,
        )}
        ${section(
          'breakdown',
          'Findings',
          html`<ofsted-breakdown part="breakdown" .data=${dataset} event=${linked.breakdown ?? nothing} theme=${this.theme ?? nothing}
          ?show-table=${this.showTable} ?no-export=${this.noExport}
          heading-level=${headingLevel(this.headingLevel, 1)} @ofsted-data=${stopEcho}></ofsted-breakdown>`,
        )}
      </div>`;
  }
}

/** The parts' own `ofsted-data` would repeat the journey's; the page hears it once, from the journey. */
function stopEcho(event: Event): void {
  event.stopPropagation();
}
