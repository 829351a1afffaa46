import { css } from 'lit';

/** The statements under an open bar: each one's kind, its words quoted, and where it comes from. */
export const statementStyles = css`
  .statements {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_text);
    border-top: 0;
    overflow-wrap: anywhere;
  }
  .statements[hidden] {
    display: none;
  }
  .statement-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .statement + .statement {
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .statement p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .statement-kind {
    font-weight: 700;
    font-size: 0.875em;
  }
  .inferred,
  .statement-source {
    color: var(--_muted);
    font-weight: 400;
  }
  .statement-source {
    font-size: 0.875em;
  }
  .quote {
    padding-left: 0.75em;
    border-left: 4px solid var(--_border);
  }
  /* Quotation marks as generated text, not <q>: Chromium lays out <q> in time that grows with the square of
     their number (a 10,000-statement table took a minute); textContent stays the statement itself. */
  .quoted::before {
    content: '“';
  }
  .quoted::after {
    content: '”';
  }
  /* Ofsted's list keeps its sub-items on lines of their own, as the report prints them. */
  .list-item {
    white-space: pre-line;
  }
  /* Closed at first: inadequate councils' lists run to thousands of pixels on a phone, more than a paste can reserve. */
  .list-disclosure {
    margin: 0 0 var(--_space);
  }
  .list-disclosure > summary {
    display: inline-block;
    cursor: pointer;
  }
  .ofsted-list {
    margin: var(--_space) 0;
    padding-left: 1.5em;
  }
  .ofsted-list > .statement {
    padding-left: 0.25em;
  }
`;
