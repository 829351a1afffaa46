// Attaching and detaching every element hundreds of times leaves the heap where it was: observers, listeners and
// rendered trees are released. Measured after forced garbage collection through the DevTools protocol.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { startBrowserPage } from './browser-page.mjs';

let site;
before(async () => (site = await startBrowserPage()));
after(() => site?.close());

test('300 rounds of attach and detach of every element do not grow the heap', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/test/leak/page.html`);
  await page.waitForFunction(() => window.ready === true);
  const cdp = await page.createCDPSession();
  const heapAfter = async (rounds) => {
    assert.equal(await page.evaluate((n) => window.cycle(n), rounds), 0, 'every element removed');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await heapAfter(50); // warm up: caches, compiled templates, the validated dataset
  const before = await heapAfter(1);
  const afterRounds = await heapAfter(300);
  const growth = afterRounds - before;
  console.log(
    `heap after warm-up ${(before / 1e6).toFixed(2)} MB, after 300 more rounds ${(afterRounds / 1e6).toFixed(2)} MB`,
  );
  // 1,200 elements were created; a leak of even one small object graph each would exceed this.
  assert.ok(growth < 500_000, `heap grew by ${growth} bytes`);
  await page.close();
});
