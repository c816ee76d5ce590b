// The HTML view: where the module cannot draw (Chromium with --disable-3d-apis: no WebGL, as
// with Firefox's webgl.disabled or a blocklisted GPU), the quiz is the DOM form itself, visible
// in the page's flow. The same C++ decides every screen, number and share code, so a reader gets
// the CLI's result by mouse, by keyboard and by roles, and links cross between the two views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import axe from 'axe-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBrowserAndServer, openPage, launchBrowser, DIST, saveArtifact } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli, startQuiz, completeQuiz, result } from './quiz-driver.mjs';

// An iframe embed on a host page of the same origin (see docs/embedding.md).
const routes = {
  '/frame-host.html': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="/favicon.svg">'
      + '<script src="/embed.js" defer></script></head><body style="margin:0"><iframe id="f" data-exposure-quiz-frame'
      + ' src="/frame.html?quiz=messaging.en.json&id=msg" title="Quiz" style="display:block;width:100%;height:300px;border:0"></iframe></body></html>');
  },
};

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started), { routes }, ['--disable-3d-apis']);

const wechat = loadContent('wechat.en.json');
const instance = (page, call) => page.evaluate(call);
const idle = (page) => page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());

async function openHtmlView(url = server.url, contextOptions = {}, inBrowser = browser) {
  const page = await openPage(inBrowser, url, contextOptions);
  await page.waitForFunction(() => ['intro', 'results'].includes(window.ExposureQuiz?.instances?.[0]?.screen()));
  assert.equal(await instance(page, () => window.ExposureQuiz.instances[0].htmlView), true, 'no WebGL: the HTML view');
  assert.equal(await instance(page, () => getComputedStyle(window.ExposureQuiz.instances[0].canvas).visibility), 'hidden');
  return page;
}

// The button the module says does `action`, as the reader sees it.
async function actionButton(page, action) {
  const id = await page.evaluate((a) => window.ExposureQuiz.instances[0].items().find((i) => i.action === a)?.id, action);
  assert.ok(id, `a button with action "${action}" on screen`);
  return page.locator(`[data-eq-id="${id}"]`);
}

// Answers every question by the roles and names a screen reader (or a reader) meets, clicking
// the visible elements with the mouse.
async function completeByRoles(page, quiz, answers) {
  for (let guard = 0; guard < quiz.questions.length + 5; guard++) {
    await idle(page);
    if ((await instance(page, () => window.ExposureQuiz.instances[0].screen())) === 'results') return;
    const prompt = await page.getByRole('heading', { level: 1 }).first().innerText();
    const question = quiz.questions.find((q) => q.prompt === prompt);
    assert.ok(question, `a question of the quiz on screen: "${prompt}"`);
    const answer = answers[question.id];
    if (answer === null) {
      await (await actionButton(page, 'skip')).click();
    } else {
      const wanted = new Set(Array.isArray(answer) ? answer : [answer]);
      for (const option of question.options) {
        const box = page.getByRole(question.kind === 'multi' ? 'checkbox' : 'radio', { name: option.label, exact: true });
        if (wanted.has(option.id) !== (await box.isChecked())) {
          await box.click();
          await idle(page);
        }
      }
    }
    await idle(page);
    await (await actionButton(page, 'next')).click();
  }
  assert.fail('never reached the results');
}

function expectCli(shown, personaName) {
  const persona = loadPersona(personaName);
  const expected = scoreWithCli(persona['$quiz'], persona.answers);
  assert.equal(shown.score, expected.score, `${personaName}: the page and \`exposure score\` agree to the digit`);
  assert.equal(shown.band, expected.band);
  assert.deepEqual(shown.recommendations, expected.recommendations);
  assert.equal(shown.share, expected.share);
  return expected;
}

for (const name of ['wechat-cn86-pay-business', 'wechat-intl-careful', 'wechat-everyday-moderate', 'wechat-skips-personal']) {
  test(`without WebGL, ${name} completes the quiz by roles with the mouse and gets the CLI's result`, async () => {
    const page = await openHtmlView();
    await (await actionButton(page, 'start')).click();
    await completeByRoles(page, wechat, loadPersona(name).answers);
    const expected = expectCli(await result(page), name);
    await page.getByRole('heading', { name: expected.band_title }).waitFor();
    await page.getByText(String(Math.round(expected.score)), { exact: true }).first().waitFor();
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  });
}

for (const lang of ['zh-Hans', 'zh-Hant']) {
  test(`without WebGL, a ${lang} reader completes the quiz by roles in the system's Chinese fonts and gets the CLI's result`, async () => {
    const name = 'wechat-skips-personal';
    const file = `wechat.${lang}.json`;
    const page = await openHtmlView(`${server.url}?lang=${lang}`, { viewport: { width: 320, height: 700 } });
    assert.equal(await page.evaluate(() => document.querySelector('.exposure-quiz').lang), lang);
    const family = await page.evaluate(() => getComputedStyle(document.querySelector('.exposure-quiz .eq-view h1')).fontFamily);
    assert.match(family, lang === 'zh-Hans' ? /PingFang SC.*Noto Sans CJK SC/ : /PingFang TC.*Noto Sans CJK TC/, 'a face of the right script');
    await (await actionButton(page, 'start')).click();
    await completeByRoles(page, loadContent(file), loadPersona(name).answers);
    const shown = await result(page);
    const expected = scoreWithCli(file, loadPersona(name).answers);
    assert.deepEqual([shown.score, shown.band, shown.share, shown.recommendations],
      [expected.score, expected.band, expected.share, expected.recommendations], `the page and \`exposure score\` on ${file} agree`);
    assert.deepEqual(expected.share, scoreWithCli('wechat.en.json', loadPersona(name).answers).share, 'and the English file');
    await page.getByRole('heading', { name: expected.band_title }).waitFor();
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= 320), 'nothing overflows 320 px');
    saveArtifact(`html-view-${lang}-320.png`, await page.screenshot({ fullPage: true }));
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  });
}

test('without WebGL, a keyboard-only reader completes the quiz with Tab, Space and Enter', async () => {
  const page = await openHtmlView();
  const persona = loadPersona('wechat-intl-careful');
  await startQuiz(page, 'keyboard'); // Tab past the language switch to Start, then Enter
  await completeQuiz(page, wechat, persona.answers, 'keyboard');
  expectCli(await result(page), 'wechat-intl-careful');
  await page.context().close();
});

test('a result link made on the canvas opens the same result in the HTML view', async () => {
  const persona = loadPersona('wechat-cn86-pay-business');
  const { share, score } = scoreWithCli('wechat.en.json', persona.answers);
  const page = await openHtmlView(`${server.url}#r=${share}`);
  const shown = await result(page);
  assert.equal(shown.score, score);
  assert.equal(shown.share, share);
  await page.context().close();
});

test('the HTML view has no serious or critical axe violation on intro, question and results, light and dark', async () => {
  const { share } = scoreWithCli('wechat.en.json', loadPersona('wechat-everyday-moderate').answers);
  for (const colorScheme of ['light', 'dark']) {
    const check = async (page, where) => {
      await idle(page);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => (await window.axe.run()).violations
        .filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
      assert.deepEqual(violations, [], `${where}, ${colorScheme}`);
    };
    const page = await openHtmlView(server.url, { colorScheme, bypassCSP: true }); // axe is injected inline
    await check(page, 'intro');
    await (await actionButton(page, 'start')).click();
    await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
    await check(page, 'a question');
    await page.goto(`${server.url}#r=${share}`);
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'results');
    await check(page, 'results');
    await page.context().close();
  }
});

test('as in Lockdown Mode (V8 jitless: no WebAssembly; no WebGL), the quiz runs on the JavaScript core as the HTML view and gives the CLI result', async () => {
  const hardened = await launchBrowser(['--js-flags=--jitless', '--disable-3d-apis']);
  try {
    const page = await openHtmlView(server.url, {}, hardened);
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined', 'the flags remove WebAssembly');
    await (await actionButton(page, 'start')).click();
    await completeByRoles(page, wechat, loadPersona('wechat-everyday-moderate').answers);
    expectCli(await result(page), 'wechat-everyday-moderate');
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.ok(fetched.some((p) => p.endsWith('/exposure-quiz-core-nowasm.js')), `the JavaScript core was loaded; fetched: ${fetched.join(' ')}`);
    assert.ok(!fetched.some((p) => p.endsWith('.wasm')), 'no .wasm was fetched');
    assert.deepEqual(page.problems(), []);
  } finally {
    await hardened.close();
  }
});

test('embedded with embed.js in a blog post (in a shadow root), the quiz runs as the HTML view there too', async () => {
  const page = await openPage(browser, `${server.url}examples/blog-post.html`);
  await page.locator('#quiz-wechat').scrollIntoViewIfNeeded(); // embeds mount when they come near
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.some((i) => i.element.id === 'quiz-wechat' && i.screen() === 'intro'));
  const isHtml = await page.evaluate(() => window.ExposureQuiz.instances.find((i) => i.element.id === 'quiz-wechat').htmlView);
  assert.equal(isHtml, true);
  const host = page.locator('#quiz-wechat');
  await host.getByRole('button', { name: 'Start the quiz' }).click();
  await host.getByRole('heading', { name: wechat.questions[0].prompt }).waitFor();
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('as in Lockdown Mode, a keyboard-only reader completes the quiz with Tab, Space and Enter', async () => {
  const hardened = await launchBrowser(['--js-flags=--jitless', '--disable-3d-apis']);
  try {
    const page = await openHtmlView(server.url, {}, hardened);
    await startQuiz(page, 'keyboard'); // Tab past the language switch to Start, then Enter
    await completeQuiz(page, wechat, loadPersona('wechat-skips-personal').answers, 'keyboard');
    expectCli(await result(page), 'wechat-skips-personal');
    assert.deepEqual(page.problems(), []);
  } finally {
    await hardened.close();
  }
});

test('in an iframe embed the HTML view tells the host page its height, and the iframe follows it', async () => {
  const page = await openPage(browser, `${server.url}frame-host.html`);
  const frame = page.frameLocator('#f');
  await frame.getByRole('button', { name: 'Start the quiz' }).waitFor();
  const inner = page.frame({ url: /frame\.html/ });
  assert.equal(await inner.evaluate(() => window.ExposureQuiz.instances[0].htmlView), true);
  const height = () => inner.evaluate(() => Math.ceil(document.getElementById('quiz').getBoundingClientRect().height));
  await page.waitForFunction((h) => Math.abs(document.getElementById('f').getBoundingClientRect().height - h) < 1, await height());
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await inner.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  await inner.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height >= h - 1, await height());
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('the single-file page opened from file:// runs as the HTML view and fetches nothing', async () => {
  const file = pathToFileURL(path.join(DIST, 'wechat-quiz.html')).href;
  const page = await openHtmlView(file);
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== file) requests.push(r.url()); });
  await (await actionButton(page, 'start')).click();
  await completeByRoles(page, wechat, loadPersona('wechat-intl-careful').answers);
  expectCli(await result(page), 'wechat-intl-careful');
  assert.deepEqual(requests, [], 'nothing fetched');
  await page.context().close();
});
