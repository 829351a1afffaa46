// Measured for size: vega-embed, which brings vega and vega-lite (a Vega-Lite spec compiled and rendered in the page).
export { default } from 'vega-embed';
