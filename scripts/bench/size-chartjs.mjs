// Measured for size: Chart.js with every controller, element, scale and plugin registered (the documented quick start).
export { default } from 'chart.js/auto';
