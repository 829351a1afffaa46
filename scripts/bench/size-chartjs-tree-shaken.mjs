// Measured for size: Chart.js registering only what the bench's timeline uses (line and scatter on linear scales, tooltip).
import { Chart, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip } from 'chart.js';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, Tooltip);
export default Chart;
