// How the page loads and idles: every file fetched once (what boot.js asks for early is what the
// loader uses), the quiz and its sources in the reader's language only, and a devicePixelRatio change
// handled from events, with no polling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openPage, waitForQuiz, waitForDrawn } from './harness.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

for (const [lang, quiz, fonts] of [['en', 'wechat.en.json', ['noto-sans-cjk-sc-quotes.ttf']], ['zh-Hans', 'wechat.zh-Hans.json', ['noto-sans-cjk-sc.ttf', 'noto-sans-cjk-sc-later.ttf']]]) {
  test(`?lang=${lang}: each file is fetched once (what boot.js asks for early is what the loader uses), the quiz only in ${lang}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const requested = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=${lang}`);
    await waitForQuiz(page);
    const sources = quiz.replace(/\.json$/, '.sources.json'); // after the first screen
    await page.waitForFunction((file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${file}`)), sources);
    await page.waitForLoadState('networkidle');
    const counts = {};
    for (const path of requested) counts[path] = (counts[path] || 0) + 1;
    for (const file of [quiz, sources, 'noto-sans-regular.ttf', 'noto-sans-bold.ttf', 'exposure-quiz-core.wasm', ...fonts]) {
      assert.equal(counts[`/${file}`], 1, `${file} fetched ${counts[`/${file}`] || 0} times`);
    }
    assert.deepEqual(Object.entries(counts).filter(([, n]) => n > 1), [], 'no file is fetched twice');
    assert.deepEqual(Object.keys(counts).filter((path) => /^\/(wechat|messaging)\./.test(path)).sort(), [`/${quiz}`, `/${sources}`], 'no quiz file of another language');
    assert.equal(counts['/exposure-quiz-core-nowasm.js'], undefined, 'the JavaScript core is not fetched where WebAssembly runs');
    await context.close();
  });
}

test('a devicePixelRatio change re-renders at the new ratio, with no timer polling for it', async () => {
  const page = await openPage(browser, server.url);
  await waitForQuiz(page);
  const before = await waitForDrawn(page, { scale: 1 });
  const backing = () => page.evaluate(() => {
    const canvas = window.ExposureQuiz.instances[0].canvas;
    return canvas.width / canvas.getBoundingClientRect().width;
  });
  assert.ok(Math.abs(await backing() - 1) < 0.01, 'backing store at DPR 1');

  // Browser zoom to 200% under an idle page: twice the device pixels per CSS px, half the CSS
  // width. (CDP's override changes the ratio without firing the resolution media query, as a
  // real zoom or a move to another screen does, so the same ratio at the same width cannot be
  // emulated here; the ResizeObserver's device-pixel box catches this one.) The canvas's own
  // ratio changes with the viewport before the module hears of it, so wait for the frame.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 500, height: 400, deviceScaleFactor: 2, mobile: false });
  const after = await waitForDrawn(page, { scale: 2 });
  assert.ok(after.frame > before.frame, 'a frame was drawn at the new ratio');
  assert.ok(Math.abs(await backing() - 2) < 0.01, 'the backing store is twice the CSS size');
  const heading = await page.evaluate(() => window.ExposureQuiz.instances[0].items().find((item) => item.role === 'heading'));
  assert.ok(heading && heading.w > 0 && heading.w <= 500, `the heading is laid out for the 500 CSS px width: ${JSON.stringify(heading)}`);

  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 800, deviceScaleFactor: 1, mobile: false });
  await waitForDrawn(page, { scale: 1 });
  assert.ok(Math.abs(await backing() - 1) < 0.01, 'back at DPR 1');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('the loader starts no interval timer: an idle page runs no code', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    window.__intervals = 0;
    const setIntervalOriginal = window.setInterval;
    window.setInterval = (...args) => { window.__intervals++; return setIntervalOriginal(...args); };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForQuiz(page);
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  assert.equal(await page.evaluate(() => window.__intervals), 0);
  await context.close();
});
