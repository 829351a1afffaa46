import { css } from 'lit';

/** The breakdown's key as direct labels over the bars (renderLegend in breakdown-chart.ts). */
export const directLabelStyles = css`
  /* Labels either side of the centre line (--centre, a share of the track), moved in only as far as they need to
     stay inside when the line is near an edge. Percentages in padding are of the list's width: the track's. */
  .key-row .legend {
    grid-column: 2;
    display: block;
    margin: var(--_space) 0 calc(var(--_space) / 2);
    font-size: inherit;
  }
  .key-row.narrow .legend {
    grid-column: 1 / -1;
  }
  .legend .to-left {
    justify-content: flex-end;
    padding-right: max(0px, min(calc(100% - var(--centre) + 0.5em), calc(100% - 9em)));
  }
  .legend .to-right {
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    padding-left: max(0px, min(calc(var(--centre) + 0.5em), calc(100% - 14em)));
  }
  .to-left::before {
    content: '←' / '';
    margin-right: 0.35em;
  }
  .to-right .key-item::after {
    content: '→' / '';
    margin-left: 0.35em;
  }
  .key-item {
    display: block;
  }
`;
