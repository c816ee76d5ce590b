// Then and now: a result link opened with an earlier one (#r=NEW&before=OLD), or an earlier link
// pasted into "Compare with an earlier result", shows the two side by side, exactly as
// `exposure compare` prints them, across published versions; an earlier link that cannot be read
// says so and the result still shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { useBrowserAndServer, openPage, launchBrowser, items, saveArtifact, ROOT } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli, result, operate } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

// A link held from the pages before quiz packages (version 1 of the WeChat quiz), and today's
// result of the same reader with three actions in their plan.
const held = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/share-codes-60d5d76.json'), 'utf8'))
  .codes.find((c) => c.quiz === 'wechat' && c.lang === 'en' && c.answers_from === 'wechat-cn86-pay-business');
const persona = loadPersona('wechat-cn86-pay-business');
const now = scoreWithCli(persona['$quiz'], persona.answers, ['move_private_talks', 'work_off_wechat', 'files_elsewhere']);

function compareWithCli(oldCode, newCode, langs = []) {
  const run = spawnSync(path.join(ROOT, 'build/native/bin/exposure'), ['compare', path.join(ROOT, 'content/wechat'), oldCode, newCode, ...langs], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`exposure compare failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

async function openCompared(page, before) {
  await page.goto(`${server.url}#r=${now.share}&before=${before}`);
  await page.reload(); // a fragment change alone does not load the page again
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'results');
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
}

const described = (page) => page.evaluate(() => {
  const words = [];
  const walk = (nodes) => nodes.forEach((n) => { words.push([n.key, n.text, n.detail, n.note].filter(Boolean).join(' | ')); walk(n.children || []); });
  walk(window.ExposureQuiz.instances[0]._core.screen().nodes);
  return words;
});

test('an earlier result of version 1 opened beside today\'s shows then and now as `exposure compare` does', async () => {
  const page = await openPage(browser, server.url);
  await openCompared(page, held.code);
  const expected = compareWithCli(held.code, now.share);
  assert.equal(expected.different_version, true, 'the two were made on different versions');
  assert.deepEqual(await page.evaluate(() => window.ExposureQuiz.instances[0].comparison()), expected);
  assert.equal((await result(page)).share, now.share, 'the result shown is the later one, its plan kept');

  const shown = await described(page);
  assert.ok(shown.includes(`since/score | Your score | Very high exposure \u2192 ${now.band_title} | ${Math.round(expected.then.score)} \u2192 ${Math.round(expected.now.score)}`),
    `the score then and now: ${shown.filter((s) => s.startsWith('since')).join('\n')}`);
  assert.ok(shown.some((s) => s.startsWith('since/other-version | The earlier result was made on version 1 of the quiz and this one on version 2')));
  for (const change of expected.answers) assert.ok(shown.some((s) => s.startsWith(`since-answers/${change.question} |`)), `the answer to ${change.question} is listed`);
  const onCanvas = (await items(page)).map((i) => i.name);
  assert.ok(onCanvas.includes('Since your earlier result'), 'the canvas draws the comparison');
  assert.match(page.url(), /&before=/, 'the address keeps the earlier result for a reload');
  saveArtifact('compare-canvas-1000.png', await page.screenshot({ fullPage: true }));
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('"Compare with an earlier result" takes a pasted link and shows the same comparison', async () => {
  const page = await openPage(browser, `${server.url}#r=${now.share}`);
  await page.reload();
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'results');
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  const button = (await items(page)).find((i) => i.action === 'compare-earlier');
  assert.equal(button?.name, 'Compare with an earlier result');
  await operate(page, button, 'mouse');
  const field = page.getByLabel('Paste the link of an earlier result of this quiz');
  await field.fill('not a link');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByText('That is not a result link: it has no #r= part.').waitFor();
  await field.fill(`https://example.org/quiz/#r=${held.code}`);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].comparison() !== null);
  assert.deepEqual(await page.evaluate(() => window.ExposureQuiz.instances[0].comparison()), compareWithCli(held.code, now.share));
  await page.waitForFunction((code) => location.hash.endsWith(`&before=${code}`), held.code);
  assert.equal(await field.count(), 0, 'the form is gone');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('an earlier link that cannot be read says so, and the later result still shows', async () => {
  const page = await openPage(browser, server.url);
  await openCompared(page, `${held.code.slice(0, 12)}x`);
  assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].comparison()), null);
  assert.equal((await result(page)).share, now.share);
  assert.ok((await described(page)).some((s) => s.startsWith('since | The earlier result link could not be read |')));
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('in the HTML view (no WebGL) the comparison reads the same, in Chinese too', async () => {
  const noGl = await launchBrowser(['--disable-3d-apis']);
  try {
    const page = await openPage(noGl, `${server.url}?lang=zh-Hans`, { viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}?lang=zh-Hans#r=${now.share}&before=${held.code}`);
    await page.reload();
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'results');
    const comparison = await page.evaluate(() => window.ExposureQuiz.instances[0].comparison());
    const expected = compareWithCli(held.code, now.share);
    assert.equal(comparison.change, expected.change, 'the same numbers in any language');
    assert.deepEqual(comparison.categories, expected.categories);
    await page.locator('.exposure-quiz h2', { hasText: '与你之前的结果相比' }).waitFor();
    saveArtifact('compare-html-zh-390.png', await page.screenshot({ fullPage: true }));
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  } finally {
    await noGl.close();
  }
});

test('a Hong Kong reader compares with a version never published in Hong Kong Chinese: shown in Traditional Chinese, and said so', async () => {
  const noGl = await launchBrowser(['--disable-3d-apis']);
  try {
    const page = await openPage(noGl, `${server.url}?lang=zh-Hant-HK`);
    await page.goto(`${server.url}?lang=zh-Hant-HK#r=${now.share}&before=${held.code}`);
    await page.reload();
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.comparison?.() !== null && window.ExposureQuiz.instances[0].screen() === 'results');
    const expected = compareWithCli(held.code, now.share, ['--lang', 'zh-Hant-HK', '--old-lang', 'zh-Hant']);
    assert.equal(expected.different_language, true);
    assert.deepEqual(await page.evaluate(() => window.ExposureQuiz.instances[0].comparison()), expected);
    await page.getByText(loadContent('strings.zh-Hant-HK.json').strings.compare_other_language, { exact: false }).waitFor();
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  } finally {
    await noGl.close();
  }
});

test('in Chinese on the canvas, then and now, the plan and what other answers would do draw every character', async () => {
  const page = await openPage(browser, `${server.url}?lang=zh-Hans`, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.url}?lang=zh-Hans#r=${now.share}&before=${held.code}`);
  await page.reload();
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'results');
  await page.evaluate(() => {
    const instance = window.ExposureQuiz.instances[0];
    const node = (action) => {
      let found = null;
      const walk = (nodes) => nodes.forEach((n) => { if (!found && n.action === action) found = n; walk(n.children || []); });
      walk(instance._core.screen().nodes);
      return found;
    };
    instance._core.act(node('toggle-what-if').id);
  });
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  assert.ok((await items(page)).some((i) => i.name === '换个回答会怎样'), 'what other answers would do is drawn');
  assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].atlas().missing), 0, 'no character shows as "?"');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

// A Chinese font's glyphs that only the results and the sources draw come after the first
// question (web/tools/subset_fonts.py). A result link opens on the results: it waits for them.
// Held back here until the page has nothing left to do but wait (the sources are in, the main
// thread idle), the font then comes, and the first frame of the results has every character.
test('a result link of an earlier version opens in Chinese with every character of its results in their first frame', async () => {
  const page = await openPage(browser, `${server.url}?lang=zh-Hans#r=${held.code}`);
  await page.addInitScript(() => {
    document.addEventListener('exposurequiz:ready', (e) => {
      window.firstFrame = { screen: e.detail.screen, missing: window.ExposureQuiz.instances[0].atlas().missing };
    }, { capture: true, once: true });
  });
  let release, asked;
  const fontHeld = new Promise((resolve) => { release = resolve; });
  const requested = new Promise((resolve) => { asked = resolve; });
  await page.route('**/*-later.ttf', async (route) => { asked(); await fontHeld; await route.continue(); });
  const sources = page.waitForResponse((response) => response.url().endsWith('.sources.json'));
  await page.reload(); // routing on: nothing comes from the cache
  await requested;
  await sources;
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  release();
  await page.waitForFunction(() => window.firstFrame);
  assert.deepEqual(await page.evaluate(() => window.firstFrame), { screen: 'results', missing: 0 });
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
