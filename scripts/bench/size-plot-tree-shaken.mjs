// Measured for size: only the Observable Plot marks the bench's timeline uses.
export { dot, line, plot, ruleY, text } from '@observablehq/plot';
