// The measurements behind build-scripts/bench. Not a test: it prints numbers and targets.
import zlib from 'node:zlib';
import { launchBrowser, startServer } from '../tests/browser/harness.mjs';
import { loadContent, loadPersona, startQuiz, completeQuiz } from '../tests/browser/quiz-driver.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Records when the first frame was drawn and when the quiz became interactive, in ms since
// navigation start, before any page script runs.
const TIMING_SCRIPT = () => {
  window.__bench = {};
  document.addEventListener('exposurequiz:ready', () => { window.__bench.interactive = performance.now(); });
  const poll = () => {
    const instance = window.ExposureQuiz?.instances?.[0];
    if (instance && instance.framesRendered() > 0) window.__bench.firstFrame ??= performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

async function loadOnce(browser, url, { collectBytes = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(TIMING_SCRIPT);
  const transfers = [];
  if (collectBytes) {
    page.on('response', async (response) => {
      const body = await response.body().catch(() => null);
      if (body) transfers.push({ url: response.url(), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
    });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstFrame && window.__bench.interactive, null, { timeout: 30000 });
  const timing = await page.evaluate(() => window.__bench);
  return { context, page, timing, transfers };
}

async function idleCost(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(1000); // let start-up work settle
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const frames = () => page.evaluate(() => window.ExposureQuiz.instances[0].framesRendered());
  const [before, framesBefore] = [await metric(), await frames()];
  await page.waitForTimeout(5000);
  const [after, framesAfter] = [await metric(), await frames()];
  return { busyMs: (after.TaskDuration - before.TaskDuration) * 1000, frames: framesAfter - framesBefore };
}

// Takes the whole quiz with the mouse as a realistic reader, then reads the size of the wasm
// memory.
async function finishQuizAndMeasureHeap(page) {
  const persona = loadPersona('wechat-cn86-pay-business');
  await startQuiz(page);
  await completeQuiz(page, loadContent(persona['$quiz']), persona.answers);
  return page.evaluate(() => {
    const instance = window.ExposureQuiz.instances[0];
    return { screen: instance.screen(), heap: instance.memoryBytes() || null };
  });
}

// The fallback path (no WebAssembly, no WebGL: the JavaScript core and the HTML view): how long
// from a click on Next until the next question is on screen, in ms, for `count` questions.
async function nextQuestionTimes(page, count) {
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  await page.evaluate(() => document.querySelector(`[data-eq-id="${window.ExposureQuiz.instances[0].items().find((i) => i.action === 'start').id}"]`).click());
  const times = [];
  for (let i = 0; i < count; i++) {
    times.push(await page.evaluate(async () => {
      const instance = window.ExposureQuiz.instances[0];
      await new Promise((resolve) => (instance.screen() === 'question' ? resolve() : instance.element.addEventListener('exposurequiz:screen', resolve, { once: true })));
      await instance.whenIdle();
      const layer = instance.root.querySelector('.exposure-quiz-semantics');
      layer.querySelector('input').click(); // an answer, so Next is enabled
      await instance.whenIdle();
      const next = instance.items().find((item) => item.action === 'next');
      const shown = new Promise((resolve) => instance.element.addEventListener('exposurequiz:screen', () => resolve(performance.now()), { once: true }));
      const start = performance.now();
      layer.querySelector(`[data-eq-id="${next.id}"]`).click();
      return (await shown) - start;
    }));
  }
  return times;
}

// The timings of `runs` loads: the first one's, then fresh loads until there are enough.
async function moreTimings(browser, url, firstTiming) {
  const timings = [firstTiming];
  while (timings.length < runs) {
    const run = await loadOnce(browser, url);
    timings.push(run.timing);
    await run.context.close();
  }
  return timings;
}

async function fallbackFigures(server) {
  const hardened = await launchBrowser(['--js-flags=--jitless', '--disable-3d-apis']);
  try {
    const first = await loadOnce(hardened, server.url, { collectBytes: true });
    const next = await nextQuestionTimes(first.page, 7);
    await first.context.close();
    return { transfers: first.transfers, timings: await moreTimings(hardened, server.url, first.timing), next };
  } finally {
    await hardened.close();
  }
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const first = await loadOnce(browser, server.url, { collectBytes: true });
  await first.page.waitForTimeout(500);
  const idle = await idleCost(first.page);
  const heap = await finishQuizAndMeasureHeap(first.page);
  await first.context.close();
  const timings = await moreTimings(browser, server.url, first.timing);

  const raw = first.transfers.reduce((sum, t) => sum + t.raw, 0);
  const gzip = first.transfers.reduce((sum, t) => sum + t.gzip, 0);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('\nFiles transferred for the first render:');
  for (const t of first.transfers) console.log(`  ${new URL(t.url).pathname.padEnd(32)} ${kb(t.raw).padStart(10)} ${kb(t.gzip).padStart(10)} gzip`);
  const rows = [
    ['bytes for first render (raw)', kb(raw), ''],
    ['bytes for first render (gzip -9)', kb(gzip), 'under 250 KB (aim 200 KB)'],
    [`navigation -> first frame (median of ${runs})`, `${median(timings.map((t) => t.firstFrame)).toFixed(0)} ms`, 'under ~500 ms (a SurveyJS page)'],
    [`navigation -> interactive (median of ${runs})`, `${median(timings.map((t) => t.interactive)).toFixed(0)} ms`, ''],
    ['main-thread busy over 5 s idle', `${idle.busyMs.toFixed(1)} ms`, 'a cheap check only'],
    ['frames drawn over 5 s idle', String(idle.frames), '0'],
    ['wasm heap after finishing the quiz', heap.heap === null ? `n/a (${heap.screen})` : kb(heap.heap), ''],
  ];
  const fallback = await fallbackFigures(server);
  const fallbackGzip = fallback.transfers.reduce((sum, t) => sum + t.gzip, 0);
  rows.push(
    ['fallback (jitless, no WebGL): bytes for first render (gzip -9)', kb(fallbackGzip), 'at most 300 KB'],
    [`fallback: navigation -> interactive (median of ${runs})`, `${median(fallback.timings.map((t) => t.interactive)).toFixed(0)} ms`, 'within 2000 ms'],
    [`fallback: click on Next -> next question (median of ${fallback.next.length})`, `${median(fallback.next).toFixed(0)} ms`, 'within 200 ms'],
  );
  console.log('\nFiles transferred for the first render on the fallback path:');
  for (const t of fallback.transfers) console.log(`  ${new URL(t.url).pathname.padEnd(32)} ${kb(t.raw).padStart(10)} ${kb(t.gzip).padStart(10)} gzip`);
  console.log('\n| measure | value | target |\n|---|---|---|');
  for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`);
} finally {
  await browser.close();
  await server.close();
}
