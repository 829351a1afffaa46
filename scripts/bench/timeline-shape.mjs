// The Barnet timeline reduced to what the Chart.js and Observable Plot versions draw: graded inspections on a grade
// axis over time (overall effectiveness), and every other event as a point in a lane below. Bundled into both.
const GRADE_VALUE = { inadequate: 1, 'requires-improvement': 2, good: 3, outstanding: 4 };
export const GRADE_NAMES = ['', 'Inadequate', 'Requires improvement', 'Good', 'Outstanding'];
export const LANE = 0.4;

/** Start of a date or interval ("2017", "2017-04", "2017-04-25/2017-05-18") as a Date. */
const startOf = (date) => new Date(`${date.split('/')[0]}-01-01`.slice(0, 10));

export function timelineShape(dataset) {
  const graded = [];
  const others = [];
  for (const event of dataset.events) {
    const overall = event.judgements?.find((j) => j.area === 'overall-effectiveness')?.grade;
    const point = { date: startOf(event.date), title: event.title, kind: event.kind };
    if (overall) graded.push({ ...point, grade: GRADE_VALUE[overall], label: GRADE_NAMES[GRADE_VALUE[overall]] });
    else others.push({ ...point, grade: LANE });
  }
  return { graded, others };
}
