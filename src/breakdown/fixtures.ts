/**
 * FICTIONAL datasets for the breakdown's stories and tests: invented, marked `fictional: true`, never bundled.
 * Barnet's real data and the shared fictional datasets live in src/fixtures/datasets.ts.
 */
import type { Finding, FindingKind, OfstedDataset } from '../data/types.js';

const fictionalSource = {
  id: 'fictional-notes',
  title: 'Fictional notes (invented for testing; not a real document)',
  publisher: 'ofsted-widgets test fixtures',
};

/** `count` invented statements of one kind in one area. */
function invented(count: number, kind: FindingKind, area: string | null, areaInferred = false): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    kind,
    area,
    ...(areaInferred ? { areaInferred } : {}),
    statement: `Fictional ${kind} ${i + 1} about ${area ?? 'no one area'}.`,
    source: 'fictional-notes',
  }));
}

/**
 * A fictional council whose latest inspection has every kind of finding, counts large enough to push numbers
 * outside their bars on a phone, an area the inspection did not judge, and findings tied to no judgement.
 * Its later monitoring visit has an empty findings list.
 */
export const fictionalFindings: OfstedDataset = {
  schemaVersion: 1,
  fictional: true,
  authority: { id: 'eastmoor-fictional', name: 'Eastmoor (fictional council)', shortName: 'Eastmoor (fictional)' },
  sources: [fictionalSource],
  events: [
    {
      id: 'inspection-2022',
      kind: 'inspection',
      title: 'Fictional ILACS inspection with many findings',
      date: '2022-03-07/2022-03-18',
      judgements: [
        { area: 'overall-effectiveness', name: 'Overall effectiveness', grade: 'good' },
        { area: 'leadership', name: 'The impact of leaders on social work practice with children and families', grade: 'good' },
        { area: 'help-and-protection', name: 'The experiences and progress of children who need help and protection', grade: 'outstanding' },
        { area: 'care-leavers', name: 'The experiences and progress of care leavers', grade: 'requires-improvement' },
      ],
      findings: [
        ...invented(2, 'strength', 'adoption-support', true),
        ...invented(25, 'strength', 'help-and-protection'),
        ...invented(3, 'strength', 'leadership'),
        ...invented(1, 'improvement', 'leadership'),
        ...invented(1, 'recommendation', 'leadership', true),
        ...invented(12, 'improvement', 'care-leavers'),
        ...invented(3, 'recommendation', 'care-leavers', true),
        ...invented(1, 'strength', null),
        ...invented(2, 'recommendation', null),
      ],
      sources: ['fictional-notes'],
    },
    {
      id: 'monitoring-visit-2023',
      kind: 'monitoring-visit',
      title: 'Fictional monitoring visit with no findings recorded',
      date: '2023-05-10',
      findings: [],
      sources: ['fictional-notes'],
    },
  ],
};
