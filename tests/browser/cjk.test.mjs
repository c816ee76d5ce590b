// Chinese on the canvas: real glyphs from the locale's CJK font subset, lines broken the way
// Chinese is set (items() lists each wrapped item's lines), every item inside the canvas at phone
// and desktop widths, a glyph atlas that fits a phone's 4096x4096 texture limit at
// devicePixelRatio 3 within 64 MB of memory, and no CJK byte before an English reader's quiz shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openPage, waitForQuiz, items, saveArtifact } from './harness.mjs';
import { loadContent, startQuiz, answerCurrent, currentQuestion, findAction, operate } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

const LOCALES = { 'zh-Hans': 'wechat.zh-Hans.json', 'zh-Hant': 'wechat.zh-Hant.json' };
// What a line must not start or end with (Chinese typesetting; engine/include/exposure/line_break.hpp).
const CLOSING = new Set([...'，。、；：？！）」』】》〕〉．％］｝…—‧·・”’»,.;:?!)]}%']);
const OPENING = new Set([...'（「『【《〔〈［｛“‘«([{']);

// The font files the page fetched (the Resource Timing entries: fetch() counts too).
const fontsFetched = (page) => page.evaluate(() =>
  performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => n.endsWith('.ttf')).sort());
const settle = (page) => page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
const screen = (page) => page.evaluate(() => window.ExposureQuiz.instances[0].screen());

// Answers every question with its first option (an array of it for multiple choice).
function firstOptions(quiz) {
  return Object.fromEntries(quiz.questions.map((q) => [q.id, q.kind === 'multi' ? [q.options[0].id] : q.options[0].id]));
}

// Checks the screen on show: every item's box inside the canvas, no line of any item that starts
// with closing or ends with opening punctuation. Returns how many wrapped items it saw.
async function checkScreen(page, where) {
  const size = await page.evaluate(() => {
    const q = window.ExposureQuiz.instances[0];
    // The intro is the page's HTML: its items sit in the view, items are canvas-relative.
    const screen = (q.view.mode === 'shown' ? q.viewLayer : q.canvas).getBoundingClientRect();
    const canvas = q.canvas.getBoundingClientRect();
    return { x: screen.left - canvas.left, y: screen.top - canvas.top, width: screen.width, height: screen.height };
  });
  let wrapped = 0;
  for (const item of await items(page)) {
    const box = `${item.role} "${item.name}" at ${item.x},${item.y} ${item.w}x${item.h} (${where}, canvas ${size.width}x${size.height})`;
    assert.ok(item.x >= size.x - 0.5 && item.y >= size.y - 0.5 && item.x + item.w <= size.x + size.width + 0.5 &&
      item.y + item.h <= size.y + size.height + 0.5,
      `inside the canvas: ${box}`);
    if (!item.lines) continue;
    wrapped++;
    for (const line of item.lines) {
      assert.ok(line.length > 0, `no empty line in ${box}`);
      assert.ok(!CLOSING.has(line[0]), `a line starts with closing punctuation: "${line}" in ${box}`);
      assert.ok(!OPENING.has(line[line.length - 1]), `a line ends with opening punctuation: "${line}" in ${box}`);
    }
  }
  return wrapped;
}

// Intro -> every question (with "Why we ask" open) -> results, checking each screen. `shoot`
// names screenshots to save ('' for none).
async function walk(page, quiz, where, shoot = '') {
  await waitForQuiz(page);
  await settle(page);
  let wrapped = await checkScreen(page, `${where} intro`);
  if (shoot) saveArtifact(`${shoot}-intro.png`, await page.screenshot());
  await startQuiz(page);
  const answers = firstOptions(quiz);
  for (let n = 0; (await screen(page)) !== 'results'; n++) {
    assert.ok(n <= quiz.questions.length, 'the results come after the last question');
    const question = await currentQuestion(page, quiz);
    await operate(page, await findAction(page, 'toggle-help'), 'mouse');
    await settle(page);
    wrapped += await checkScreen(page, `${where} question ${question.id}`);
    if (shoot && n === 0) saveArtifact(`${shoot}-question.png`, await page.screenshot({ fullPage: true }));
    await answerCurrent(page, quiz, answers);
    await settle(page);
  }
  wrapped += await checkScreen(page, `${where} results`);
  if (shoot) saveArtifact(`${shoot}-results.png`, await page.screenshot({ fullPage: true }));
  assert.ok(wrapped > 0, `some text wraps (${where}), so the line checks checked something`);
}

// Layout, line breaks, glyphs and memory do not depend on motion: these walks ask for reduced
// motion, so each screen is drawn in a frame or two instead of a slide's fifteen (the slides have
// tests of their own in a11y.test.mjs and quiz.test.mjs).
const STILL = { reducedMotion: 'reduce' };

// Line breaks depend on the width and the text, not on the theme: each locale is walked at a
// phone's and a desktop's width, and the four width-and-theme pairs are each seen once across the
// two locales (screenshots of every screen, looked at, not compared).
const WALKS = { 'zh-Hans': [[320, 'light'], [1280, 'dark']], 'zh-Hant': [[320, 'dark'], [1280, 'light']] };

for (const [locale, file] of Object.entries(LOCALES)) {
  test(`${locale}: every screen at 320 and 1280 px keeps its items inside the canvas and breaks lines by Chinese rules`, async () => {
    const quiz = loadContent(file);
    for (const [width, colorScheme] of WALKS[locale]) {
      const page = await openPage(browser, `${server.url}?lang=${locale}`, { viewport: { width, height: 800 }, colorScheme, ...STILL });
      await walk(page, quiz, `${locale} ${width}px ${colorScheme}`, `cjk-${locale}-${width}-${colorScheme}`);
      const atlas = await page.evaluate(() => window.ExposureQuiz.instances[0].atlas());
      assert.equal(atlas.missing, 0, 'every character drawn has a glyph (none shows as "?")');
      assert.deepEqual(page.problems(), []);
      await page.context().close();
    }
  });

  test(`${locale}: at devicePixelRatio 3 the glyph atlas fits one 4096x4096 texture and memory stays under 64 MB`, async () => {
    const quiz = loadContent(file);
    const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true, ...STILL };
    const page = await openPage(browser, `${server.url}?lang=${locale}`, phone);
    await page.addInitScript(() => { // the textures the page really uploads, to check what the module says
      window.uploads = [];
      const upload = WebGL2RenderingContext.prototype.texImage2D;
      WebGL2RenderingContext.prototype.texImage2D = function (...args) {
        window.uploads.push({ width: args[3], height: args[4] });
        return upload.apply(this, args);
      };
    });
    await page.reload();
    await waitForQuiz(page);
    await walk(page, quiz, `${locale} dpr 3`);
    const cjk = locale === 'zh-Hans' ? 'noto-sans-cjk-sc' : 'noto-sans-cjk-tc';
    assert.deepEqual(await fontsFetched(page), ['noto-sans-bold.ttf', `${cjk}.ttf`, `${cjk}-later.ttf`, 'noto-sans-regular.ttf'].sort(), 'the Latin fonts and this locale\'s CJK subset, in its two files');
    // The atlas the canvas drew every screen with (it is built when the canvas first draws).
    const atlas = await page.evaluate(() => window.ExposureQuiz.instances[0].atlas());
    assert.ok(atlas.width <= 4096 && atlas.height <= 4096, `the atlas is ${atlas.width}x${atlas.height}`);
    assert.equal(atlas.missing, 0);
    const uploads = await page.evaluate(() => window.uploads);
    assert.deepEqual(uploads[uploads.length - 1], { width: atlas.width, height: atlas.height }, 'the texture uploaded is the atlas reported');
    assert.ok(uploads.every((u) => u.width <= 4096 && u.height <= 4096), `no texture beyond 4096: ${JSON.stringify(uploads)}`);
    const memory = await page.evaluate(() => window.ExposureQuiz.instances[0].memoryBytes());
    assert.ok(memory < 64 * 1024 * 1024, `WebAssembly memory ${(memory / 1048576).toFixed(1)} MB after the whole quiz`);
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  });
}

// A Chinese font's glyphs that only the results and the sources draw come in a file of their own
// (web/tools/subset_fonts.py), fetched after the first question: held back here, the quiz starts
// without it, and once it is in nothing of the results shows as "?".
test('a Chinese reader\'s first question does not wait for the results\' glyphs, and the results show each of them', async () => {
  const quiz = loadContent(LOCALES['zh-Hans']);
  const page = await openPage(browser, `${server.url}?lang=zh-Hans`, { viewport: { width: 390, height: 800 }, ...STILL });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*-later.ttf', async (route) => { await held; await route.continue(); });
  await page.reload(); // routing on: nothing comes from the cache
  await waitForQuiz(page);
  await startQuiz(page);
  await currentQuestion(page, quiz); // the first question, drawn with the font held back
  assert.deepEqual(await fontsFetched(page), ['noto-sans-bold.ttf', 'noto-sans-cjk-sc.ttf', 'noto-sans-regular.ttf']);
  release();
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].atlas().missing === 0);
  const answers = firstOptions(quiz);
  while ((await screen(page)) !== 'results') {
    await answerCurrent(page, quiz, answers);
    await settle(page); // the next screen is on, not sliding in
  }
  assert.equal((await page.evaluate(() => window.ExposureQuiz.instances[0].atlas())).missing, 0, 'no character of the results shows as "?"');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

// English has one font with Chinese glyphs, deferred: those of the sources quoted in Chinese
// (content/locales/en.json). It must not hold up the quiz: it is held back here until the quiz
// is shown, and only then let through.
test('an English reader downloads no CJK font before the quiz shows; after it, only the glyphs of sources quoted in Chinese', async () => {
  const page = await openPage(browser, server.url);
  let release, asked;
  const held = new Promise((resolve) => { release = resolve; });
  const requested = new Promise((resolve) => { asked = resolve; });
  await page.route('**/*.ttf', async (route) => {
    if (/cjk/.test(route.request().url())) { asked(); await held; }
    await route.continue();
  });
  await page.reload(); // routing on: nothing comes from the cache
  await waitForQuiz(page);
  assert.equal(await screen(page), 'intro');
  assert.deepEqual(await fontsFetched(page), ['noto-sans-bold.ttf', 'noto-sans-regular.ttf'], 'the intro is drawn with the Latin fonts alone');
  await requested;
  release();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /cjk/.test(e.name)));
  assert.deepEqual(await fontsFetched(page), ['noto-sans-bold.ttf', 'noto-sans-cjk-sc-quotes.ttf', 'noto-sans-regular.ttf']);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
