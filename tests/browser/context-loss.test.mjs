// A lost GPU context (a driver reset, too many tabs with WebGL, a phone under memory pressure):
// the reader's answers live in the module and survive; a context that comes back is drawn on
// again, one that stays away hands the quiz to the HTML view at the same question.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openPage, waitForQuiz, waitForDrawn } from './harness.mjs';
import { loadContent, startQuiz, answerCurrent, currentQuestion } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

const wechat = loadContent('wechat.en.json');
const firstAnswers = { registered_number: 'foreign' };

// Opens the quiz, answers the first question and stays on the second; returns its id.
async function onSecondQuestion() {
  const page = await openPage(browser, server.url, { viewport: { width: 1000, height: 900 } });
  await waitForQuiz(page);
  await startQuiz(page);
  await answerCurrent(page, wechat, firstAnswers);
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].items().some((i) => i.role === 'heading' && i.name !== ''));
  const question = await currentQuestion(page, wechat);
  assert.notEqual(question.id, 'registered_number');
  return { page, question };
}

const loseContext = (page) => page.evaluate(() => {
  const instance = window.ExposureQuiz.instances[0];
  const lost = new Promise((resolve) => instance.canvas.addEventListener('webglcontextlost', resolve, { once: true }));
  window.loseContextExtension = instance.canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
  window.loseContextExtension.loseContext();
  return lost.then(() => true);
});

test('after a lost WebGL context is restored the quiz is drawn again as it was, answers kept', async () => {
  const { page, question } = await onSecondQuestion();
  const canvas = page.locator('canvas');
  const before = await canvas.screenshot();
  assert.equal(await loseContext(page), true);
  await page.evaluate(() => {
    const instance = window.ExposureQuiz.instances[0];
    const restored = new Promise((resolve) => instance.canvas.addEventListener('webglcontextrestored', resolve, { once: true }));
    window.loseContextExtension.restoreContext();
    return restored;
  });
  await waitForDrawn(page, { context: 1 }); // the first frame drawn on the restored context
  assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].htmlView), false, 'still the canvas');
  assert.equal((await currentQuestion(page, wechat)).id, question.id, 'the same question');
  assert.ok((await canvas.screenshot()).equals(before), 'the canvas shows what it showed before the loss');
  const answered = await page.evaluate(() => window.ExposureQuiz.instances[0].result());
  assert.equal(answered, null, 'the quiz is not finished');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a WebGL context that stays lost hands the quiz to the HTML view at the same question', async () => {
  const { page, question } = await onSecondQuestion();
  const switched = page.evaluate(() => new Promise((resolve) =>
    window.ExposureQuiz.instances[0].element.addEventListener('exposurequiz:view', (e) => resolve(e.detail.view), { once: true })));
  assert.equal(await loseContext(page), true);
  assert.equal(await switched, 'html');
  await page.getByRole('heading', { name: question.prompt }).waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(window.ExposureQuiz.instances[0].canvas).visibility), 'hidden');
  // The first answer is still there: Back shows it chosen.
  const back = await page.evaluate(() => window.ExposureQuiz.instances[0].items().find((i) => i.action === 'back').id);
  await page.locator(`[data-eq-id="${back}"]`).click();
  const first = wechat.questions[0];
  const chosen = first.options.find((o) => o.id === firstAnswers.registered_number);
  await page.getByRole('heading', { name: first.prompt }).waitFor();
  assert.equal(await page.getByRole('radio', { name: chosen.label, exact: true }).isChecked(), true);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
