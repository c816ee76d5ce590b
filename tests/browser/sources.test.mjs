// A quiz's sources come in a file of their own, after the first screen (QUIZ.LOCALE.sources.json,
// named by the quiz file): the quiz does not wait for them, "Why we ask" and the results show
// them when they arrive, and a download that fails is said where they would be and tried again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openPage, waitForQuiz } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli, startQuiz, answerCurrent, completeQuiz, currentQuestion } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

const quiz = loadContent('wechat.en.json'); // with its sources (quiz-driver attaches them)
const words = loadContent('strings.en.json').strings;

// Opens the page with the sources file answered by `answer(route, count)` (count: 1 for the first
// request), and the first question on screen.
async function openWithSources(answer, lang = 'en') {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  let count = 0;
  await context.route(`**/wechat.${lang}.sources.json`, (route) => answer(route, ++count));
  const page = await openPage({ newContext: async () => context }, `${server.url}?lang=${lang}`);
  page.sourceRequests = () => count;
  await waitForQuiz(page);
  await startQuiz(page);
  return page;
}

const openWhy = async (page) => {
  await page.getByRole('button', { name: words.why_we_ask }).dispatchEvent('click');
  await page.waitForFunction(() => document.querySelector('.eq-help'));
};
const shownSources = (page) => page.evaluate(() => [...document.querySelectorAll('.eq-help .eq-source-link')].map((a) => a.href));
const status = (page) => page.evaluate(() => document.querySelector('.eq-help .eq-source-status')?.textContent ?? null);

test('the quiz does not wait for its sources: "Why we ask" says they are on their way, then shows them', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const page = await openWithSources(async (route) => { await held; await route.continue(); });
  await openWhy(page);
  assert.equal(await status(page), words.sources_loading);
  assert.deepEqual(await shownSources(page), []);
  release();
  await page.waitForFunction(() => document.querySelector('.eq-help .eq-source-link'));
  const first = await currentQuestion(page, quiz);
  // A link per source; a source quoted twice in a row keeps one link over both quotes.
  const links = first.sources.filter((s, i) => i === 0 || first.sources[i - 1].url !== s.url).map((s) => s.url);
  assert.deepEqual(await shownSources(page), links);
  assert.equal(await status(page), null, 'the status line is gone');
  const quotes = await page.evaluate(() => [...document.querySelectorAll('.eq-help .eq-quote')].map((q) => q.textContent));
  assert.deepEqual(quotes, first.sources.filter((s) => s.quote).map((s) => `\u201c${s.quote}\u201d`));
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('sources that cannot be downloaded are said where they would be, and come at the next question', async () => {
  let failing = true;
  const page = await openWithSources((route) => (failing ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  await openWhy(page);
  const line = words.sources_failed.replace('{0}', 'wechat.en.sources.json');
  await page.waitForFunction((text) => document.querySelector('.eq-help .eq-source-status')?.textContent === text, line);
  page.allowProblem(/404|sources/);
  failing = false; // the server has them again
  const asked = page.sourceRequests();
  await answerCurrent(page, quiz, loadPersona('wechat-cn86-pay-business').answers);
  // The next question: its "Why we ask" closed.
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question' && !document.querySelector('.eq-help'));
  await openWhy(page);
  await page.waitForFunction(() => document.querySelector('.eq-help .eq-source-link'));
  assert.equal(page.sourceRequests(), asked + 1, 'asked once more, when the reader went on');
  assert.equal(await status(page), null);
  await page.context().close();
});

test('a result opened before the sources arrive shows each action\'s sources once they do; if they cannot come, one line says so', async () => {
  const persona = loadPersona('wechat-cn86-pay-business');
  for (const fails of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    await context.route('**/wechat.en.sources.json', (route) => (fails ? route.abort() : route.continue()));
    const page = await openPage({ newContext: async () => context }, `${server.url}?lang=en`);
    await waitForQuiz(page);
    await startQuiz(page);
    await completeQuiz(page, quiz, persona.answers);
    if (fails) {
      page.allowProblem(/sources|ERR_FAILED/);
      const line = words.sources_failed.replace('{0}', 'wechat.en.sources.json');
      await page.waitForFunction((text) => [...document.querySelectorAll('.eq-note')].some((n) => n.textContent === text), line);
    } else {
      await page.waitForFunction(() => document.querySelector('.eq-step .eq-source-link'));
      const shown = await page.evaluate(() => [...document.querySelectorAll('.eq-step .eq-source-link')].map((a) => a.href));
      const urls = new Set(quiz.recommendations.flatMap((r) => r.sources.map((s) => s.url)));
      assert.ok(shown.length > 0 && shown.every((url) => urls.has(url)), `the actions' sources: ${shown.join(' ')}`);
      assert.deepEqual(page.problems(), []);
    }
    await context.close();
  }
});

test('a result link opens with its actions\' sources in place: nothing moves when they arrive', async () => {
  const persona = loadPersona('wechat-cn86-pay-business');
  const { share } = scoreWithCli(persona['$quiz'], persona.answers);
  const page = await openPage(browser, `${server.url}?lang=en#r=${share}`);
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'results');
  const links = await page.evaluate(() => document.querySelectorAll('.eq-step .eq-source-link').length);
  assert.ok(links > 0, 'the sources are there with the first description of the results');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
