// Measured for size: Highcharts' ES module build (the package's main file is UMD, which rollup cannot bundle without CommonJS support).
export { default } from 'highcharts/esm/highcharts.js';
