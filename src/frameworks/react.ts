/**
 * `ofsted-widgets/react`: JSX types for the elements in React 19. Types only, no code: reference it once, for
 * example `import type {} from 'ofsted-widgets/react';` beside the imports that register the elements.
 *
 * React 19 sets a prop as a property when the element has one (`data`, `event`, `authority`, `src`), otherwise as an
 * attribute (`show-table`, `no-export`, `heading-level`), and adds `on<event-name>` props as listeners for that exact event name.
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OfstedDataset } from '../data/types.js';
import type { OfstedDataEventDetail, OfstedErrorEventDetail } from '../shared/dataset-controller.js';
import type { OfstedBreakdown } from '../breakdown/ofsted-breakdown.js';
import type { OfstedJourney } from '../journey/ofsted-journey.js';
import type { OfstedScorecard } from '../scorecard/ofsted-scorecard.js';
import type { OfstedSelectEventDetail, OfstedTimeline } from '../timeline/ofsted-timeline.js';

/** What every element takes in JSX: its inputs, and listeners for the events it fires. */
export interface OfstedElementReactProps<E extends HTMLElement> extends DetailedHTMLProps<HTMLAttributes<E>, E> {
  /** A dataset object; wins over `src` and `authority`. Set as a property. */
  data?: OfstedDataset | undefined;
  /** URL of a JSON file in the schema; wins over `authority`. */
  src?: string | undefined;
  /** Id of a bundled dataset (default `barnet`). */
  authority?: string | undefined;
  /** Id of the event to show or highlight. */
  event?: string | undefined;
  /** Colour scheme: `light` (default), `dark`, or `system` to follow the visitor's setting. */
  theme?: 'light' | 'dark' | 'system' | undefined;
  /** Level of the element's top heading, 1 to 6 (default 2). */
  'heading-level'?: number | undefined;
  'onofsted-data'?: (event: CustomEvent<OfstedDataEventDetail>) => void;
  'onofsted-error'?: (event: CustomEvent<OfstedErrorEventDetail>) => void;
}

/** The timeline and the journey also fire `ofsted-select` when the user chooses an event. */
export interface OfstedSelectReactProps {
  'onofsted-select'?: (event: CustomEvent<OfstedSelectEventDetail>) => void;
}

/** Attributes of the elements that draw a table and export buttons. */
export interface OfstedTableReactProps {
  'show-table'?: boolean | undefined;
  'no-export'?: boolean | undefined;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ofsted-timeline': OfstedElementReactProps<OfstedTimeline> & OfstedSelectReactProps & OfstedTableReactProps;
      'ofsted-scorecard': OfstedElementReactProps<OfstedScorecard> & OfstedTableReactProps;
      'ofsted-breakdown': OfstedElementReactProps<OfstedBreakdown> &
        OfstedTableReactProps & { kind?: string | undefined; area?: string | undefined };
      'ofsted-journey': OfstedElementReactProps<OfstedJourney> & OfstedSelectReactProps & OfstedTableReactProps;
    }
  }
}
