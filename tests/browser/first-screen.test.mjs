// The first screen at first paint: index.html arrives with the intro in every language
// (`exposure pages`, from the same description the module makes), styled before any script runs;
// the reader's language shows first (web/boot.js), Start pressed before the quiz is ready works,
// and the quiz takes the first screen over as it is. Without WebGL no font is downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openPage, waitForQuiz, items } from './harness.mjs';
import { loadContent, findAction, operate } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

// The visible first screen's words: headings, paragraphs, facts and buttons, in order.
const shownWords = (page) => page.evaluate(() => {
  const visible = [...document.querySelectorAll('.exposure-quiz')].filter((q) => q.offsetParent !== null || q.getClientRects().length);
  return visible.map((q) => [...q.querySelectorAll('.eq-view h1, .eq-view p, .eq-view li, .eq-view button')]
    .filter((el) => el.getClientRects().length).map((el) => el.textContent));
});

test('without JavaScript the intro is on the page, styled, in the source language, with a way to the plain questions', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const quiz = loadContent('wechat.en.json');
  const [words] = await shownWords(page);
  assert.ok(words.includes(quiz.title), `the title shows: ${words.join(' | ')}`);
  assert.ok(words.includes(quiz.intro), 'the intro text shows');
  const title = page.locator('.exposure-quiz h1').filter({ hasText: quiz.title }).first();
  assert.equal(await title.evaluate((el) => getComputedStyle(el).fontSize), '30px', 'styled by exposure-quiz.css');
  assert.equal(await page.locator('.eq-start:visible').count(), 0, 'no Start that cannot work');
  assert.ok(await page.locator('noscript').count() > 0);
  await context.close();
});

test('a reader whose browser prefers Chinese sees the Chinese intro first, never the English one', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: true });
  const page = await context.newPage();
  // Hold the loader back: what shows is the page as sent, with boot.js's choice only.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/exposure-quiz.js', async (route) => { await held; await route.continue(); });
  await page.goto(server.url, { waitUntil: 'commit' });
  // Parsed (the deferred loader, held back, is all that is left before DOMContentLoaded).
  await page.waitForFunction(() => document.readyState === 'interactive' && document.querySelector('footer'));
  const shown = await shownWords(page);
  assert.equal(shown.length, 1, 'one first screen shows');
  assert.ok(shown[0].includes(loadContent('wechat.zh-Hans.json').title), `the Chinese title: ${shown[0].join(' | ')}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  release();
  await waitForQuiz(page);
  await context.close();
});

test('Start pressed before the quiz is ready opens the first question as soon as it is', async () => {
  const page = await openPage(browser, server.url);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/exposure-quiz-core.wasm', async (route) => { await held; await route.continue(); });
  await page.reload({ waitUntil: 'domcontentloaded' }); // routing on: nothing from the cache
  await page.locator('.exposure-quiz .eq-start:visible').click();
  assert.equal(await page.evaluate(() => window.ExposureQuiz?.instances?.[0]?.screen() ?? 'loading'), 'loading', 'the core was held back');
  release();
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'question');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('the page asks for the module and the quiz\'s files before its loader runs, and the loader uses each once', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()));
  // The loader held back: what is asked for meanwhile is boot.js's doing.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/exposure-quiz.js', async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}?lang=zh-Hans`, { waitUntil: 'commit' });
  const early = ['exposure-quiz-core.js', 'exposure-quiz-core.wasm', 'wechat.zh-Hans.json', 'strings.zh-Hans.json'];
  await page.waitForFunction((files) => files.every((file) => performance.getEntriesByType('resource')
    .some((e) => e.name.endsWith(`/${file}`))), early);
  assert.ok(!requested.some((file) => file.endsWith('.ttf')), `no font before the loader knows a canvas can be drawn: ${requested.join(' ')}`);
  release();
  await waitForQuiz(page);
  await page.locator('.exposure-quiz .eq-start').click();
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  for (const file of early) {
    assert.equal(requested.filter((name) => name === file).length, 1, `${file} downloaded once: ${requested.join(' ')}`);
  }
  await context.close();
});

// From the next load on, window.uploads counts the textures the page really uploads (the glyph
// atlas, and the 1x1 one ImGui's backend makes first).
function countTextureUploads(page) {
  return page.addInitScript(() => {
    window.uploads = 0;
    const upload = WebGL2RenderingContext.prototype.texImage2D;
    WebGL2RenderingContext.prototype.texImage2D = function (...args) {
      window.uploads++;
      return upload.apply(this, args);
    };
  });
}

test('while the reader reads the intro the canvas builds nothing; their first touch or key readies it', async () => {
  const page = await openPage(browser, `${server.url}?lang=en`);
  await countTextureUploads(page);
  await page.reload();
  await waitForQuiz(page);
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  assert.equal(await page.evaluate(() => window.uploads), 0, 'no atlas is built or uploaded for the HTML intro');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.uploads > 0); // the atlas, ahead of the first question
  assert.ok((await page.evaluate(() => window.ExposureQuiz.instances[0].atlas())).width > 0);
  await page.locator('.exposure-quiz .eq-start:visible').click();
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

// Each hand-over of glyphs (a font, the sources) makes the canvas build its atlas again: a long
// task on a slow phone. What has arrived by the reader's first touch goes into the atlas built
// then, so Start and "Why we ask" need no other.
test('what has arrived by the first touch is in the atlas built then: Start and the sources build no other', async () => {
  const page = await openPage(browser, `${server.url}?lang=zh-Hans`);
  await countTextureUploads(page);
  await page.reload();
  await waitForQuiz(page);
  // The sources and the results' glyphs, downloaded and waiting for the reader to move.
  await page.waitForFunction(() => {
    const instance = window.ExposureQuiz.instances[0];
    return instance._sourcesArrived.length > 0 && instance._fontsArrived !== null;
  });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.uploads > 0);
  const built = await page.evaluate(() => window.uploads);
  await page.locator('.exposure-quiz .eq-start:visible').click();
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  await operate(page, await findAction(page, 'toggle-help'), 'keyboard');
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  const source = loadContent('wechat.zh-Hans.json').questions[0].sources[0].title;
  assert.ok((await items(page)).some((item) => item.name.includes(source)), `"Why we ask" is open with its sources (${source})`);
  assert.equal(await page.evaluate(() => window.uploads), built, 'no atlas built after the first touch');
  assert.equal((await page.evaluate(() => window.ExposureQuiz.instances[0].atlas())).missing, 0, 'and none of its characters shows as "?"');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('the quiz takes the first screen over as it is: the same elements, nothing drawn again', async () => {
  const page = await openPage(browser, `${server.url}?lang=en`);
  await page.evaluate(() => { window.firstTitle = document.querySelector('.exposure-quiz[lang="en"] h1'); });
  await waitForQuiz(page);
  const same = await page.evaluate(() => {
    const instance = window.ExposureQuiz.instances[0];
    return { kept: instance.root.contains(window.firstTitle), others: document.querySelectorAll('.exposure-quiz').length };
  });
  assert.ok(same.kept, 'the title element the page was sent with is the one the quiz shows');
  assert.equal(same.others, 1, 'the other languages\' first screens are gone');
  // And it is what the module describes: the view would draw the same words.
  const described = await page.evaluate(() => {
    const screen = window.ExposureQuiz.instances[0]._core.screen();
    const words = [];
    const walk = (nodes) => nodes.forEach((n) => { if (n.text) words.push(n.text); if (n.detail) words.push(n.detail); walk(n.children || []); });
    walk(screen.nodes);
    return words;
  });
  const sent = await page.evaluate(() => [...document.querySelectorAll('.exposure-quiz .eq-view p, .exposure-quiz .eq-view h1, .exposure-quiz .eq-view li, .exposure-quiz .eq-view button')].map((el) => el.textContent));
  assert.deepEqual(sent, described);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('without WebGL (Lockdown Mode, Tor Browser) the quiz is HTML and no font file is downloaded', async () => {
  // A context of its own, WebGL gone before the first script: no earlier load can fetch a font.
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return /webgl/.test(kind) ? null : get.call(this, kind, ...rest); };
  });
  const page = await context.newPage();
  const fonts = [], errors = [];
  page.on('request', (request) => { if (/\.ttf$/.test(request.url())) fonts.push(request.url()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await waitForQuiz(page);
  assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].htmlView), true);
  await page.locator('.exposure-quiz .eq-start').click();
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  assert.deepEqual(fonts, [], 'no font fetched');
  assert.deepEqual(errors, []);
  await context.close();
});
