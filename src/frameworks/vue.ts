/**
 * `ofsted-widgets/vue`: template types for the elements in Vue 3 (checked by vue-tsc and Vue's editor tooling).
 * Types only, no code: reference it once, for example `import type {} from 'ofsted-widgets/vue';`.
 *
 * Vue also needs to be told the tags are custom elements, not Vue components: with @vitejs/plugin-vue,
 * `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ofsted-') } } })`.
 * Vue sets a binding as a property when the element has one (`:data`, `:event`), and `@ofsted-select` listens for
 * the `ofsted-select` event.
 * @module
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { OfstedDataset } from '../data/types.js';
import type { OfstedDataEventDetail, OfstedErrorEventDetail } from '../shared/dataset-controller.js';
import type { OfstedBreakdown } from '../breakdown/ofsted-breakdown.js';
import type { OfstedJourney } from '../journey/ofsted-journey.js';
import type { OfstedScorecard } from '../scorecard/ofsted-scorecard.js';
import type { OfstedSelectEventDetail, OfstedTimeline } from '../timeline/ofsted-timeline.js';

/** The inputs every element takes in a template. */
export interface OfstedElementVueProps {
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
}

/** Attributes of the elements that draw a table and export buttons. */
export interface OfstedTableVueProps {
  'show-table'?: boolean | undefined;
  'no-export'?: boolean | undefined;
}

/** The events every element fires. */
export interface OfstedElementVueEvents {
  'ofsted-data': CustomEvent<OfstedDataEventDetail>;
  'ofsted-error': CustomEvent<OfstedErrorEventDetail>;
}

/** The timeline and the journey also fire `ofsted-select` when the user chooses an event. */
export interface OfstedSelectVueEvents extends OfstedElementVueEvents {
  'ofsted-select': CustomEvent<OfstedSelectEventDetail>;
}

/**
 * A custom element as Vue's template type checking reads a component: props from `$props`, events from `$emit`
 * (the shape Vue's documentation gives for custom elements).
 */
export type OfstedVueElement<E extends HTMLElement, Props, Events> = new () => E & {
  /** @deprecated For template type checking only; not on the element. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only; not on the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'ofsted-timeline': OfstedVueElement<OfstedTimeline, OfstedElementVueProps & OfstedTableVueProps, OfstedSelectVueEvents>;
    'ofsted-scorecard': OfstedVueElement<OfstedScorecard, OfstedElementVueProps & OfstedTableVueProps, OfstedElementVueEvents>;
    'ofsted-breakdown': OfstedVueElement<
      OfstedBreakdown,
      OfstedElementVueProps & OfstedTableVueProps & { kind?: string | undefined; area?: string | undefined },
      OfstedElementVueEvents
    >;
    'ofsted-journey': OfstedVueElement<OfstedJourney, OfstedElementVueProps & OfstedTableVueProps, OfstedSelectVueEvents>;
  }
}
