// FICTIONAL datasets for the scaling benchmark, made in memory (in the page) and never written to data/authorities.
// Every one is marked `fictional: true`; the councils, events and statements are invented.

const SOURCE = { id: 'fictional-notes', title: 'Fictional notes (invented for the benchmark; not a real document)' };
const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate', null];
const VISITS = ['monitoring-visit', 'focused-visit', 'milestone', 'joint-targeted-area-inspection'];
const AREAS = [
  ['leadership', 'The impact of leaders on social work practice with children and families'],
  ['help-and-protection', 'The experiences and progress of children who need help and protection'],
  ['children-in-care', 'The experiences and progress of children in care'],
  ['care-leavers', 'The experiences and progress of care leavers'],
  ['overall-effectiveness', 'Overall effectiveness'],
];
const KINDS = ['strength', 'improvement', 'recommendation'];

const dataset = (id, name, events) => ({
  schemaVersion: 1,
  fictional: true,
  authority: { id, name },
  sources: [SOURCE],
  events,
});

/** A fictional timeline of `count` events spread over 40 years: every fifth a graded inspection, the rest visits and milestones. */
export function fictionalTimeline(count) {
  const start = Date.UTC(1990, 0, 1);
  const span = 40 * 365.25 * 864e5;
  const events = Array.from({ length: count }, (_, i) => {
    const date = new Date(start + Math.floor((i * span) / count)).toISOString().slice(0, 10);
    if (i % 5 === 0) {
      return {
        id: `event-${i}`, kind: 'inspection', title: 'Fictional inspection', date, sources: [SOURCE.id],
        judgements: [{ area: 'overall-effectiveness', name: 'Overall effectiveness', grade: GRADES[(i / 5) % 5] }],
      };
    }
    const kind = VISITS[i % 4];
    return { id: `event-${i}`, kind, title: `Fictional ${kind.replace(/-/g, ' ')}`, date, sources: [SOURCE.id] };
  });
  return dataset('benchtown-fictional', `Benchtown (fictional council, ${count} events)`, events);
}

/** A fictional inspection with `count` findings spread over five areas (and some tied to none) and three kinds. */
export function fictionalBreakdown(count) {
  const findings = Array.from({ length: count }, (_, i) => ({
    kind: KINDS[i % 3],
    area: i % 7 === 6 ? null : AREAS[i % 5][0],
    statement: `Fictional statement ${i + 1}: practice in this invented council is described here in a sentence of ordinary length.`,
    source: SOURCE.id,
  }));
  const inspection = {
    id: 'inspection-2024', kind: 'inspection', title: 'Fictional inspection', date: '2024-03-04/2024-03-15', sources: [SOURCE.id],
    judgements: AREAS.map(([area, name], i) => ({ area, name, grade: GRADES[i % 4] })),
    findings,
  };
  return dataset('statementville-fictional', `Statementville (fictional council, ${count} statements)`, [inspection]);
}
