import { css } from 'lit';

/**
 * The breakdown under forced colours (the three kinds become solid, hatched and hollow, since colours are the
 * visitor's) and on paper (the light scheme's colours, the recommendations' edge as an outline).
 */
export const breakdownModeStyles = css`
  @media (forced-colors: active) {
    .segment,
    .swatch,
    .centre-line,
    .count {
      forced-color-adjust: none;
    }
    .centre-line {
      border-color: CanvasText;
    }
    .kind-strength {
      background: CanvasText;
    }
    .kind-improvement {
      background: repeating-linear-gradient(45deg, CanvasText 0 2px, Canvas 2px 5px);
      box-shadow: inset 0 0 0 1.5px CanvasText;
    }
    .kind-recommendation {
      background: Canvas;
      box-shadow: inset 0 0 0 2px CanvasText;
    }
    .segment.stacked {
      border-left-color: Canvas;
    }
    .count {
      color: CanvasText;
      background: Canvas;
    }
    .bar.open {
      border-color: Highlight;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      --_strength: var(--ofsted-strength-colour, #12436d);
      --_improvement: var(--ofsted-improvement-colour, #d6541a);
      --_recommendation: var(--ofsted-recommendation-colour, #801650);
    }
    /* The shared print styles drop shadows; the recommendations' edge is drawn with an outline instead. */
    .kind-recommendation {
      outline: 1.5px solid var(--_recommendation);
      outline-offset: -1.5px;
    }
  }
`;
