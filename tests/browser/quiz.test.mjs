// The quiz in the browser: complete runs with mouse, touch and keyboard that agree
// with the CLI to the digit, share links, idling, DPR, themes, and failures that explain themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openPage, waitForQuiz, items, saveArtifact } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli, startQuiz, completeQuiz, result } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

const wechat = loadContent('wechat.en.json');

// Takes the quiz as `persona` with `input`, and checks the page's result against the CLI's.
async function runPersona(personaName, input, contextOptions = {}, query = '') {
  const persona = loadPersona(personaName);
  const quiz = loadContent(persona['$quiz']);
  const page = await openPage(browser, `${server.url}${query}`, contextOptions);
  await waitForQuiz(page);
  await startQuiz(page, input);
  await completeQuiz(page, quiz, persona.answers, input);

  const shown = await result(page);
  const expected = scoreWithCli(persona['$quiz'], persona.answers);
  assert.equal(shown.score, expected.score, 'the page and `exposure score` agree to the digit');
  assert.equal(shown.band, expected.band);
  assert.equal(shown.share, expected.share, 'the share code is the one the CLI prints');
  assert.deepEqual(shown.recommendations, expected.recommendations);
  const onScreen = (await items(page)).map((item) => item.name);
  assert.ok(onScreen.includes(String(Math.round(expected.score))), `the gauge shows ${Math.round(expected.score)}`);
  assert.deepEqual(page.problems(), []);
  return page;
}

test('a China-registered Pay user completes the quiz with the mouse and sees the CLI score', async () => {
  const page = await runPersona('wechat-cn86-pay-business', 'mouse');
  saveArtifact('results-cn86-1000.png', await page.screenshot({ fullPage: true }));
  await page.context().close();
});

test('a careful international user (follow-ups hidden) completes the quiz with the mouse', async () => {
  await (await runPersona('wechat-intl-careful', 'mouse')).context().close();
});

test('a reader who skips the personal questions gets the CLI score and is told the score leaves them out', async () => {
  const page = await runPersona('wechat-skips-personal', 'mouse');
  const { skipped } = scoreWithCli('wechat.en.json', loadPersona('wechat-skips-personal').answers);
  assert.ok(skipped > 1, 'the persona skips several questions');
  const onScreen = (await items(page)).map((item) => item.name);
  assert.ok(onScreen.includes(`You skipped ${skipped} questions; the score leaves them out.`),
    `the results say ${skipped} questions were skipped; on screen: ${onScreen.join(' | ')}`);
  assert.ok(onScreen.some((name) => /^Facts checked [A-Z][a-z]+ \d{4}$/.test(name)), 'the results say when the facts were checked');
  await page.context().close();
});

test('a phone user completes the quiz by touch, each tap choosing exactly what is under it', async () => {
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };
  const page = await runPersona('wechat-everyday-moderate', 'touch', phone);
  saveArtifact('results-touch-390.png', await page.screenshot());
  await page.context().close();
});

test('a keyboard-only user completes the quiz with Tab, Space and Enter', async () => {
  await (await runPersona('wechat-intl-careful', 'keyboard')).context().close();
});

test('every button tells the page what it does, whatever its label says', async () => {
  const actions = async (page) => {
    const buttons = (await items(page)).filter((item) => item.role === 'button');
    for (const button of buttons) assert.ok(button.action, `the button "${button.name}" has an action`);
    return Object.fromEntries(buttons.map((button) => [button.action, button.name]));
  };
  const page = await openPage(browser, server.url);
  await waitForQuiz(page);
  assert.deepEqual(await actions(page), { start: 'Start the quiz' });
  await startQuiz(page);
  const question = await actions(page);
  assert.equal(question.next, 'Next');
  assert.equal(question.back, 'Back');
  assert.equal(question['toggle-help'], 'Why we ask');
  await page.context().close();

  const { share } = scoreWithCli('wechat.en.json', loadPersona('wechat-intl-careful').answers);
  const results = await openPage(browser, `${server.url}#r=${share}`);
  await waitForQuiz(results);
  const shown = await actions(results);
  assert.equal(shown['copy-link'], 'Copy link');
  assert.equal(shown['change-answers'], 'Change my answers');
  assert.equal(shown.retake, 'Retake the quiz');
  await results.context().close();
});

test('the general messaging quiz runs from ?quiz=messaging.en.json', async () => {
  await (await runPersona('messaging-defaults-user', 'mouse', {}, '?quiz=messaging.en.json')).context().close();
});

test('a share link opened in a fresh page shows the same result', async () => {
  const persona = loadPersona('wechat-cn86-pay-business');
  const expected = scoreWithCli(persona['$quiz'], persona.answers);
  const page = await openPage(browser, `${server.url}#r=${expected.share}`);
  await waitForQuiz(page);
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'results');
  const shown = await result(page);
  assert.equal(shown.score, expected.score);
  assert.equal(shown.share, expected.share);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('an idle quiz draws no frames for 3 seconds', async () => {
  const page = await openPage(browser, server.url);
  await waitForQuiz(page);
  await startQuiz(page);
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  const before = await page.evaluate(() => window.ExposureQuiz.instances[0].framesRendered());
  await page.waitForTimeout(3000);
  const after = await page.evaluate(() => window.ExposureQuiz.instances[0].framesRendered());
  assert.equal(after, before, `frames drawn while idle: ${after - before}`);
  await page.context().close();
});

test('at devicePixelRatio 2 the canvas backing store is twice its CSS size', async () => {
  const page = await openPage(browser, server.url, { deviceScaleFactor: 2 });
  await waitForQuiz(page);
  const size = await page.evaluate(() => {
    const canvas = window.ExposureQuiz.instances[0].canvas;
    const box = canvas.getBoundingClientRect();
    return { width: canvas.width, height: canvas.height, cssWidth: box.width, cssHeight: box.height };
  });
  assert.ok(Math.abs(size.width - 2 * size.cssWidth) <= 2, `backing width ${size.width} for ${size.cssWidth} CSS px`);
  assert.ok(Math.abs(size.height - 2 * size.cssHeight) <= 2, `backing height ${size.height} for ${size.cssHeight} CSS px`);
  await page.context().close();
});

test('screenshots at 320x640 and 1280x800 in light and dark themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const [width, height] of [[320, 640], [1280, 800]]) {
      const page = await openPage(browser, server.url, { viewport: { width, height }, colorScheme, deviceScaleFactor: 2 });
      await waitForQuiz(page);
      saveArtifact(`intro-${width}x${height}-${colorScheme}.png`, await page.screenshot());
      await startQuiz(page);
      const overflow = (await items(page)).filter((item) => item.x < 0 || item.x + item.w > width + 1);
      assert.deepEqual(overflow.map((item) => item.name), [], `nothing drawn outside a ${width} px viewport`);
      saveArtifact(`question-${width}x${height}-${colorScheme}.png`, await page.screenshot());
      assert.deepEqual(page.problems(), []);
      await page.context().close();
    }
  }
});

test('on a narrow phone every option and button is at least 44 CSS px high', async () => {
  const page = await openPage(browser, server.url, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  await waitForQuiz(page);
  await startQuiz(page, 'touch');
  const small = (await items(page)).filter((item) => ['radio', 'checkbox', 'button'].includes(item.role) && item.h < 44);
  assert.deepEqual(small.map((item) => `${item.role} "${item.name}" ${item.h}px`), []);
  await page.context().close();
});

test('a quiz file that does not exist shows a readable message instead of a blank canvas', async () => {
  const page = await openPage(browser, `${server.url}?quiz=missing.json`);
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'error');
  const text = await page.locator('#quiz').innerText();
  assert.match(text, /missing\.json/, 'the message names the file');
  assert.match(text, /404|not found/i, 'and says what went wrong');
  page.allowProblem(/Failed to load resource.*404/);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a damaged share link shows a friendly message and the intro', async () => {
  const page = await openPage(browser, `${server.url}#r=not-a-real-code`);
  await waitForQuiz(page);
  assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].screen()), 'intro');
  const names = (await items(page)).map((item) => item.name).join(' | ');
  assert.match(names, /link/i, `the intro explains the link could not be opened: ${names}`);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('quiz content with errors shows the loader messages with their JSON pointers', async () => {
  const broken = JSON.stringify({ ...wechat, bands: [] });
  const page = await browser.newPage();
  await page.route('**/broken.json', (route) => route.fulfill({ contentType: 'application/json', body: broken }));
  await page.goto(`${server.url}?quiz=broken.json`);
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'error');
  assert.match(await page.locator('#quiz').innerText(), /\/bands/);
  await page.close();
});
