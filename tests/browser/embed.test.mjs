// Embedding: the script embed in a real-looking blog post, under a strict CSP and
// hostile CSS, the iframe embed, the single-file page from file://, lazy loading, off-screen
// idling and a host that sends .wasm with the wrong MIME type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, useBrowserAndServer, startServer, openPage, waitForDrawn, findItem, saveArtifact } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli, startQuiz, completeQuiz, answerCurrent, result } from './quiz-driver.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const POST = 'examples/blog-post.html';
const DESKTOP = { viewport: { width: 1280, height: 1000 } };

// Test pages built on the fly (served from the same origin as dist/).
const html = (body, head = '') => (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title><link rel="icon" href="/favicon.svg">${head}</head><body>${body}</body></html>`);
};
const css = (text) => (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' });
  res.end(text);
};
const HOSTILE_CSS = `
  html { font-size: 40px !important; line-height: 3 !important; }
  * { box-sizing: content-box !important; padding: 3px; letter-spacing: 2px; }
  div { border: 2px solid red; }
  canvas { width: 50% !important; height: 10px !important; display: inline !important; }
  .host { width: 600px; }`;
const routes = {
  '/hostile.css': css(HOSTILE_CSS),
  '/hostile.html': html('<h1>Hostile</h1><div class="host"><div id="q" data-exposure-quiz></div></div>',
    '<link rel="stylesheet" href="/hostile.css"><script src="/embed.js" defer></script>'),
  '/lazy.html': html('<h1>Lazy</h1><p>A long article.</p><div id="spacer"></div><div id="far" data-exposure-quiz></div>',
    '<link rel="stylesheet" href="/lazy.css"><script src="/embed.js" defer></script>'),
  '/lazy.css': css('#spacer { height: 6000px; }'),
  '/frame-host.html': html('<p>Before</p><iframe id="f" data-exposure-quiz-frame src="/frame.html?quiz=messaging.en.json&theme=light&id=msg" title="Quiz"></iframe><p id="after">After</p>',
    '<link rel="stylesheet" href="/frame-host.css"><script src="/embed.js" defer></script>'),
  '/frame-plain.html': html('<iframe id="f" src="/frame.html?quiz=messaging.en.json" title="Quiz"></iframe>',
    '<link rel="stylesheet" href="/frame-host.css">'),
  // embed.js from another origin: /cross.html?from=http://127.0.0.1:PORT/
  '/cross.html': (req, res) => {
    const from = new URL(req.url, 'http://x').searchParams.get('from');
    html(`<p id="before">Before</p><div id="x" data-exposure-quiz data-quiz="messaging.en.json"></div><p id="after">After</p>`,
      `<script src="${from}embed.js" defer></script>`)(req, res);
  },
  '/frame-host.css': css('body { margin: 0 } iframe { display: block; width: 100%; height: 300px; border: 0 }'),
};

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started), { routes });

// [SECTION] Helpers

const personaQuiz = (persona) => persona.$quiz ?? persona.quiz;

// The score `exposure score` gives for the persona; null (and a note) when the CLI is not usable.
function cliScore(t, persona) {
  try {
    return scoreWithCli(personaQuiz(persona), persona.answers);
  } catch (error) {
    t.diagnostic(`not compared with the CLI: ${error.message.split('\n')[0]}`);
    return null;
  }
}

// Scrolls the element's top to just below the viewport's top.
async function scrollToElement(page, id) {
  await page.evaluate((id) => {
    const box = document.getElementById(id).getBoundingClientRect();
    window.scrollTo(0, window.scrollY + box.top - 12);
  }, id);
}

// Waits until the quiz mounted on element #id has drawn; returns its index in instances.
async function quizIndex(page, id) {
  await page.waitForFunction((id) => window.ExposureQuiz?.instances?.some((i) => i.element.id === id &&
    i.framesRendered() > 0 && i.items().length > 0), id);
  return page.evaluate((id) => window.ExposureQuiz.instances.findIndex((i) => i.element.id === id), id);
}

// Every quiz on the page has drawn what it was asked to (heights settled, no slide running).
const allIdle = (page) => page.evaluate(() => Promise.all(window.ExposureQuiz.instances.map((i) => i.whenIdle())));

// Boxes of the post's own elements above the first quiz, in document coordinates.
const articleBoxes = (page) => page.evaluate(() =>
  Array.from(document.querySelectorAll('.site, .site *, .post-header, .post-header *, .prose:first-of-type > *'))
    .map((el) => {
      const box = el.getBoundingClientRect();
      return `${el.tagName}#${el.id}.${el.className} ${box.x},${box.y + scrollY},${box.width}x${box.height}`;
    }));

async function takeQuiz(t, page, id, personaName) {
  const persona = loadPersona(personaName);
  const quiz = loadContent(personaQuiz(persona));
  await scrollToElement(page, id);
  const index = await quizIndex(page, id);
  await startQuiz(page, 'mouse', index);
  await completeQuiz(page, quiz, persona.answers, 'mouse', index);
  return { index, shown: await result(page, index), expected: cliScore(t, persona) };
}

// [SECTION] The example blog post

test('the example blog post: both quizzes complete independently, each with its own result', async (t) => {
  const page = await openPage(browser, server.url + POST, DESKTOP);
  const wechat = await takeQuiz(t, page, 'quiz-wechat', 'wechat-intl-careful');
  const messaging = await takeQuiz(t, page, 'quiz-messaging', 'messaging-defaults-user');
  assert.notEqual(messaging.index, wechat.index);
  for (const { shown, expected } of [wechat, messaging]) {
    assert.ok(shown && shown.score >= 0 && shown.score <= 100 && shown.share, 'a result with a score and a share code');
    if (expected) assert.equal(shown.score, expected.score, 'the page shows the CLI score');
    if (expected) assert.equal(shown.share, expected.share);
  }
  assert.notEqual(messaging.shown.share, wechat.shown.share, 'two quizzes, two results');
  assert.deepEqual(await result(page, wechat.index), wechat.shown, 'finishing the second quiz left the first one as it was');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('the host page keeps its keys (Backspace, Tab) and its wheel while quizzes are on it', async () => {
  const page = await openPage(browser, server.url + POST, DESKTOP);
  await scrollToElement(page, 'quiz-wechat');
  const index = await quizIndex(page, 'quiz-wechat');
  await startQuiz(page, 'mouse', index); // the canvas has had focus and keys

  await page.locator('#comment-name').click();
  await page.keyboard.type('Mei Lin');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  assert.equal(await page.locator('#comment-name').inputValue(), 'Mei L', 'Backspace edits the host page input');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'comment-text', 'Tab moves to the next field');
  await page.keyboard.type('Good post');
  await page.keyboard.press('Backspace');
  assert.equal(await page.locator('#comment-text').inputValue(), 'Good pos');

  for (const target of ['#servers', '#quiz-wechat']) { // over article text, then over the quiz itself
    await page.evaluate(() => window.scrollTo(0, 400));
    const box = await page.locator(target).boundingBox().then((b) => b ?? { x: 600, y: 500, width: 1, height: 1 });
    await page.evaluate((t) => { const b = document.querySelector(t).getBoundingClientRect(); window.scrollBy(0, b.top - 200); }, target);
    const y0 = await page.evaluate(() => window.scrollY);
    await page.mouse.move(640, 260);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((y) => window.scrollY > y, y0)
      .catch(() => assert.fail(`the wheel over ${target} did not scroll the page (box ${JSON.stringify(box)})`));
  }
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('the quiz takes its container width and its content height; a shorter screen never pulls the page up', async () => {
  const page = await openPage(browser, server.url + POST, DESKTOP);
  await scrollToElement(page, 'quiz-wechat');
  const index = await quizIndex(page, 'quiz-wechat');
  const measure = () => page.evaluate((i) => {
    const q = window.ExposureQuiz.instances[i];
    const slot = q.element.getBoundingClientRect();
    // The screen: the canvas, or the view where the DOM draws it (the intro, the page's HTML).
    const canvas = (q.view.mode === 'shown' ? q.viewLayer : q.canvas).getBoundingClientRect();
    const caption = document.getElementById('quiz-caption-1').getBoundingClientRect();
    const bottom = Math.max(...q.items().map((item) => item.y + item.h));
    return { slotWidth: slot.width, canvasWidth: canvas.width, canvasHeight: canvas.height, slotHeight: slot.height,
      itemsBottom: bottom, captionY: caption.top + scrollY, screen: q.screen() };
  }, index);

  const intro = await measure();
  assert.ok(Math.abs(intro.canvasWidth - intro.slotWidth) < 1, `canvas ${intro.canvasWidth} px wide in a ${intro.slotWidth} px slot`);
  assert.ok(intro.itemsBottom <= intro.canvasHeight && intro.canvasHeight - intro.itemsBottom < 120,
    `the canvas (${intro.canvasHeight} px) ends just below its content (${intro.itemsBottom} px)`);

  // Answer the whole quiz with the quiz in view: whenever the content gets shorter, the space
  // below stays (nothing under the reader's eyes moves up); once out of view it is given back.
  const persona = loadPersona('wechat-cn86-pay-business');
  const quiz = loadContent(personaQuiz(persona));
  await startQuiz(page, 'mouse', index);
  const heights = [];
  let shrank = false;
  let previous = await measure();
  for (let guard = 0; guard < 60; guard++) {
    const now = await measure();
    if (now.screen !== 'question') break;
    heights.push(now.canvasHeight);
    if (now.canvasHeight < previous.canvasHeight - 1) shrank = true;
    assert.ok(now.captionY >= previous.captionY - 0.5,
      `the caption below the quiz moved up from ${previous.captionY} to ${now.captionY} while the reader answered`);
    previous = now;
    await answerCurrent(page, quiz, persona.answers, 'mouse', index);
    await page.evaluate((i) => window.ExposureQuiz.instances[i].whenIdle(), index);
  }
  assert.ok(shrank, `some question was shorter than the one before (heights ${heights.join(', ')})`);

  // Content height at another width: a phone-sized container.
  await page.evaluate(() => { document.getElementById('quiz-wechat').style.width = '360px'; });
  await waitForDrawn(page, { width: 360 }, index);
  const narrow = await measure();
  assert.ok(Math.abs(narrow.canvasWidth - 360) < 1, `canvas follows the container to 360 px (is ${narrow.canvasWidth})`);
  assert.ok(narrow.itemsBottom <= narrow.canvasHeight, 'and its height still holds all of its content');

  // Scrolled far away, the held space goes: the slot is as tall as the canvas again.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction((i) => {
    const q = window.ExposureQuiz.instances[i];
    // The element holds the language switch above the canvas, and the canvas: no more.
    const element = q.element.getBoundingClientRect(), canvas = q.canvas.getBoundingClientRect();
    return Math.abs(element.bottom - canvas.bottom) < 2;
  }, index);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('mounting the quizzes changes nothing on the host page outside their divs', async () => {
  // The same post without embed.js: the layout a reader sees before the quiz arrives.
  const bare = await openPage(browser, server.url + POST, DESKTOP);
  await bare.route('**/embed.js', (route) => route.abort());
  await bare.reload();
  const before = await articleBoxes(bare);
  const globalsBefore = await bare.evaluate(() => Object.getOwnPropertyNames(window));
  await bare.context().close();

  const context = await browser.newContext(DESKTOP);
  await context.addInitScript(() => {
    window.__outside = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (target && !target.closest('[data-exposure-quiz]')) window.__outside.push(`${r.type} on ${target.tagName}#${target.id}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(server.url + POST);
  await page.waitForLoadState('load');
  await page.evaluate(() => { window.__outside.length = 0; }); // from here on only the embed acts
  const headBefore = await page.evaluate(() => document.head.innerHTML);
  await scrollToElement(page, 'quiz-messaging');
  await quizIndex(page, 'quiz-messaging');
  await scrollToElement(page, 'quiz-wechat');
  await quizIndex(page, 'quiz-wechat');
  await page.evaluate(() => window.scrollTo(0, 0));
  await allIdle(page);

  assert.deepEqual(await articleBoxes(page), before, 'the article above the quiz is laid out exactly as without it');
  assert.equal(await page.evaluate(() => document.head.innerHTML), headBefore, 'no <script>, <style> or <link> added to <head>');
  assert.deepEqual(await page.evaluate(() => window.__outside), [], 'no DOM changes outside the quiz divs');
  const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((name) => !globalsBefore.includes(name));
  assert.deepEqual(added.filter((name) => name !== '__outside'), ['ExposureQuiz'], 'the one global is ExposureQuiz');
  const lightChildren = await page.evaluate(() => Array.from(document.querySelectorAll('[data-exposure-quiz]'))
    .map((el) => [el.shadowRoot?.mode, el.children.length]));
  assert.deepEqual(lightChildren, [['open', 1], ['open', 1]], 'each quiz lives in a shadow root; the fallback stays as it was');
  await context.close();
});

test('served with a strict Content-Security-Policy header, the post reports no violations and the quiz works', async () => {
  const strict = await startServer({ csp: CSP });
  try {
    const context = await browser.newContext(DESKTOP);
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(strict.url + POST);
    assert.equal(response.headers()['content-security-policy'], CSP);
    await scrollToElement(page, 'quiz-wechat');
    const index = await quizIndex(page, 'quiz-wechat');
    await startQuiz(page, 'mouse', index);
    const option = await findItem(page, 'radio', /./, index);
    await page.mouse.click(option.pageX, option.pageY);
    await page.waitForFunction(({ i, name }) => window.ExposureQuiz.instances[i].items()
      .some((item) => item.role === 'radio' && item.name === name && item.checked), { i: index, name: option.name });
    await scrollToElement(page, 'quiz-messaging');
    await quizIndex(page, 'quiz-messaging');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await strict.close();
  }
});

test('hostile host CSS cannot squash the quiz: it renders at its container width and is clickable', async () => {
  const page = await openPage(browser, server.url + 'hostile.html', { deviceScaleFactor: 2 });
  const index = await quizIndex(page, 'q');
  await scrollToElement(page, 'q');
  const size = await page.evaluate((i) => {
    const q = window.ExposureQuiz.instances[i];
    const host = q.element;
    const style = getComputedStyle(host);
    const content = host.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) -
      parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    // The intro is the page's HTML: the view shows it, at the width the canvas will draw at.
    const box = q.viewLayer.getBoundingClientRect();
    return { content, width: box.width, height: box.height, backing: q.canvas.width, canvasWidth: q.canvas.getBoundingClientRect().width };
  }, index);
  assert.ok(size.width > 200 && size.width <= size.content + 1, `the first screen ${size.width} px fits a ${size.content} px content box`);
  assert.ok(size.height > 300, `the first screen is as tall as its content (${size.height} px), not 10 px`);
  assert.ok(Math.abs(size.canvasWidth - size.content) < 1, `canvas ${size.canvasWidth} px in a ${size.content} px content box`);
  assert.ok(Math.abs(size.backing - 2 * size.canvasWidth) <= 2, `backing store ${size.backing} for ${size.canvasWidth} CSS px at DPR 2`);
  await startQuiz(page, 'mouse', index);
  const option = await findItem(page, 'radio', /./, index);
  await page.mouse.click(option.pageX, option.pageY);
  await page.waitForFunction(({ i, name }) => window.ExposureQuiz.instances[i].items()
    .some((item) => item.role === 'radio' && item.name === name && item.checked), { i: index, name: option.name });
  saveArtifact('embed-hostile-css.png', await page.screenshot());
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

// [SECTION] The iframe embed

test('the iframe embed posts its height and embed.js applies it to that iframe', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  await context.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push(e.data));
  });
  const page = await context.newPage();
  await page.goto(server.url + 'frame-host.html');
  const frame = page.frame({ url: /frame\.html/ });
  await frame.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.framesRendered() > 0, null);
  await page.waitForFunction(() => window.__messages.some((m) => m?.type === 'exposure-quiz:height'));
  const message = await page.evaluate(() => window.__messages.filter((m) => m?.type === 'exposure-quiz:height').pop());
  assert.equal(message.id, 'msg', 'the message carries the quiz id');
  const contentHeight = await frame.evaluate(() => Math.ceil(document.getElementById('quiz').getBoundingClientRect().height));
  await page.waitForFunction((h) => Math.abs(document.getElementById('f').getBoundingClientRect().height - h) < 1, contentHeight);
  assert.equal(message.height, contentHeight);
  assert.ok(await frame.evaluate(() => document.getElementById('quiz').getBoundingClientRect().bottom <= innerHeight),
    'the whole quiz shows in the iframe: no scrolling inside it');

  // Start the quiz inside the frame with the real mouse: the iframe follows the new height.
  const box = await page.locator('#f').boundingBox();
  const start = await frame.evaluate(() => window.ExposureQuiz.instances[0].items().find((i) => i.action === 'start'));
  const canvasTop = await frame.evaluate(() => window.ExposureQuiz.instances[0].canvas.getBoundingClientRect().top);
  await page.mouse.click(box.x + start.x + start.w / 2, box.y + canvasTop + start.y + start.h / 2);
  await frame.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  await frame.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  const questionHeight = await frame.evaluate(() => Math.ceil(document.getElementById('quiz').getBoundingClientRect().height));
  await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height >= h - 1, questionHeight);
  await context.close();
});

test('without the parent snippet the iframe keeps its height and scrolls inside', async () => {
  const page = await openPage(browser, server.url + 'frame-plain.html');
  const frame = page.frame({ url: /frame\.html/ });
  await frame.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.framesRendered() > 0, null);
  assert.equal(await frame.evaluate(() => window.ExposureQuiz.instances[0].screen()), 'intro');
  assert.equal(await page.evaluate(() => document.getElementById('f').getBoundingClientRect().height), 300);
  const scroll = await frame.evaluate(() => ({ height: document.scrollingElement.scrollHeight, view: innerHeight }));
  assert.ok(scroll.height > scroll.view, `the quiz (${scroll.height} px) scrolls inside the 300 px iframe`);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

// [SECTION] The single-file page

for (const [name, lang] of [['wechat-quiz.html', 'en'], ['wechat-quiz.zh-Hans.html', 'zh-Hans'], ['wechat-quiz.zh-Hant.html', 'zh-Hant']]) {
  test(`dist/${name} opened from file:// completes in ${lang} and shows the result`, async (t) => {
    const file = pathToFileURL(path.join(DIST, name)).href;
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => { if (r.url() !== file) problems.push(`request: ${r.url()}`); });
    await page.goto(file);
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.items().length > 0, null);
    assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].lang), lang, 'the page\'s language, whatever the browser\'s');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.ok(await page.evaluate(() => document.querySelector('.exposure-quiz .eq-languages').hidden),
      'one language inside: no switch to languages it does not carry');
    const persona = loadPersona('wechat-everyday-moderate');
    await startQuiz(page);
    await completeQuiz(page, loadContent(`wechat.${lang}.json`), persona.answers);
    const shown = await result(page);
    const expected = cliScore(t, persona);
    assert.ok(shown && shown.score >= 0 && shown.score <= 100, 'a result');
    if (expected) assert.equal(shown.score, expected.score, 'the CLI score');
    assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].screen()), 'results');
    assert.deepEqual(problems.filter((p) => !/^request: data:/.test(p)), [], 'nothing fetched, nothing failed');
    await context.close();
  });
}

// [SECTION] Lazy loading and off-screen idling

test('lazy: a quiz far below the fold downloads nothing until the reader scrolls near it', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(server.url + 'lazy.html');
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  const quizFiles = (list) => list.filter((p) => /\.(wasm|json|ttf)$|core\.js$/.test(p));
  assert.deepEqual(quizFiles(requests), [], 'nothing of the quiz is downloaded while it is far away');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await quizIndex(page, 'far');
  assert.ok(requests.includes('/exposure-quiz-core.wasm'), 'scrolled near, the quiz loads');
  await context.close();
});

test('a quiz scrolled out of view draws no frames, and catches up when it is back', async () => {
  const page = await openPage(browser, server.url + POST, DESKTOP);
  await scrollToElement(page, 'quiz-wechat');
  const index = await quizIndex(page, 'quiz-wechat');
  await startQuiz(page, 'mouse', index);
  await page.evaluate((i) => window.ExposureQuiz.instances[i].whenIdle(), index);
  const frames = () => page.evaluate((i) => window.ExposureQuiz.instances[i].framesRendered(), index);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction((i) => window.ExposureQuiz.instances[i].visible === false, index);
  const away = await frames();
  // Things that would make it draw: a window resize and its container getting narrower.
  await page.evaluate(() => {
    window.dispatchEvent(new Event('resize'));
    document.getElementById('quiz-wechat').style.width = '500px';
  });
  await page.waitForTimeout(1500);
  assert.equal(await frames(), away, 'no frames while scrolled away');

  await scrollToElement(page, 'quiz-wechat');
  await waitForDrawn(page, { width: 500 }, index);
  assert.ok(await frames() > away, 'it drew again once back in view');
  const width = await page.evaluate((i) => window.ExposureQuiz.instances[i].canvas.width / devicePixelRatio, index);
  assert.equal(width, 500, 'back in view, it redraws at its new width');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a host that sends .wasm with the wrong MIME type still gets a working quiz', async () => {
  const sloppy = await startServer({ wasmType: 'application/octet-stream' });
  try {
    const page = await openPage(browser, sloppy.url + POST, DESKTOP);
    await scrollToElement(page, 'quiz-wechat');
    const index = await quizIndex(page, 'quiz-wechat');
    await startQuiz(page, 'mouse', index);
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  } finally {
    await sloppy.close();
  }
});

test('dist/ on another origin: with CORS headers the quiz loads from there; without, it says so', async () => {
  const withCors = await startServer({ headers: { 'Access-Control-Allow-Origin': '*' } });
  const without = await startServer();
  try {
    for (const [host, cors] of [[withCors, true], [without, false]]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}cross.html?from=${encodeURIComponent(host.url)}`);
      await page.waitForFunction(() => ['intro', 'error'].includes(window.ExposureQuiz?.instances?.[0]?.screen()), null);
      const screen = await page.evaluate(() => window.ExposureQuiz.instances[0].screen());
      if (cors) {
        assert.equal(screen, 'intro', 'with Access-Control-Allow-Origin the quiz starts');
      } else {
        assert.equal(screen, 'error', 'without it, the quiz cannot load its files');
        const text = await page.evaluate(() => document.getElementById('x').shadowRoot.textContent);
        assert.match(text, /could not/i, `and says so in its div: ${text}`);
        assert.equal(await page.locator('#after').isVisible(), true, 'the rest of the page is fine');
      }
      assert.deepEqual(errors, [], 'no uncaught errors either way');
      await context.close();
    }
  } finally {
    await withCors.close();
    await without.close();
  }
});

// [SECTION] What it looks like

test('screenshots of the example post at 1280 and 390 wide', async () => {
  for (const [width, height, extra] of [[1280, 900, {}], [390, 844, { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }]]) {
    const page = await openPage(browser, server.url + POST, { viewport: { width, height }, ...extra });
    await scrollToElement(page, 'quiz-messaging');
    await quizIndex(page, 'quiz-messaging');
    await scrollToElement(page, 'quiz-wechat');
    await quizIndex(page, 'quiz-wechat');
    await page.evaluate(() => window.scrollTo(0, 0));
    await allIdle(page);
    saveArtifact(`embed-blog-post-${width}.png`, await page.screenshot({ fullPage: true }));
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  }
});
