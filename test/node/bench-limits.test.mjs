// The bench's LIMITS section (scripts/bench/limits.mjs): which task counts as the longest, and when a case is frozen.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { FROZEN_MS, LIMITS_CASES, limitsFigures, longestTaskCpu } from '../../scripts/bench/limits.mjs';

const thread = (pid, tid, name) => ({ ph: 'M', name: 'thread_name', pid, tid, args: { name } });
const task = (pid, tid, name, tdurMs) => ({
  ph: 'X',
  cat: 'toplevel',
  name,
  pid,
  tid,
  dur: 900_000,
  tdur: tdurMs * 1000,
});

test("longestTaskCpu(trace) is the CPU time of the longest task on a renderer's main thread, in ms", () => {
  const traceEvents = [
    thread(1, 1, 'CrRendererMain'),
    thread(1, 2, 'Compositor'),
    thread(2, 2, 'CrBrowserMain'),
    task(1, 1, 'ThreadControllerImpl::RunTask', 120),
    task(1, 1, 'BlinkScheduler_PerformMicrotaskCheckpoint', 30),
    task(1, 2, 'ThreadControllerImpl::RunTask', 400),
    task(2, 2, 'ThreadControllerImpl::RunTask', 500),
    { ...task(1, 1, 'ThreadControllerImpl::RunTask', 0), tdur: undefined },
  ];
  assert.equal(longestTaskCpu({ traceEvents }), 120);
  assert.equal(longestTaskCpu({ traceEvents: [thread(1, 1, 'CrRendererMain')] }), 0);
});

test('limitsFigures(results) marks a case frozen when its median longest task is over 200 ms of CPU', () => {
  const run = (cpu, longest = cpu) => ({ cpu, longest, tasks: [longest], drawn: 100, whole: 200 });
  const results = Object.fromEntries(LIMITS_CASES.map(({ key }) => [key, [run(50), run(60), run(70)]]));
  results.journey = [run(150, 600), run(FROZEN_MS + 1), run(300)];
  results.timeline = [run(90, 900), run(100, 900), run(400)];
  const figures = Object.fromEntries(limitsFigures(results).map((figure) => [figure.key, figure]));
  assert.deepEqual(
    Object.values(figures)
      .filter((figure) => figure.frozen)
      .map((figure) => figure.key),
    ['journey'],
  );
  assert.equal(figures.journey.cpu, FROZEN_MS + 1);
  assert.deepEqual([figures.journey.bestCpu, figures.journey.worstCpu], [150, 300]);
  assert.equal(figures.timeline.wall, 900, 'wall clock is reported, not judged');
  assert.match(figures['huge-file'].label, /, refused$/);
});
