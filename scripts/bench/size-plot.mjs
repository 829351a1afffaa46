// Measured for size: the whole Observable Plot namespace, as its documentation imports it.
import * as Plot from '@observablehq/plot';

export default Plot;
