// The whole chain, end to end: content JSON -> engine (wasm) -> ImGui canvas -> a real click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openPage, waitForQuiz, findItem, saveArtifact } from './harness.mjs';
import { startQuiz } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

test('the page draws the quiz and a click on an option with the real mouse chooses it', async () => {
  const page = await openPage(browser, server.url);
  await waitForQuiz(page);
  await page.evaluate(() => {
    window.answers = [];
    document.addEventListener('exposurequiz:answer', (event) => window.answers.push(event.detail));
  });

  await startQuiz(page); // clicks Start with the mouse and waits for the first question to settle
  const option = await findItem(page, 'radio', /./);
  assert.equal(option.checked, false, 'nothing is chosen before the click');
  await page.mouse.click(option.pageX, option.pageY);

  await page.waitForFunction(() => window.answers.length > 0);
  const chosen = await findItem(page, 'radio', option.name);
  assert.equal(chosen.checked, true, `"${option.name}" is shown as chosen after the click`);
  saveArtifact('smoke-after-click.png', await page.screenshot());
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
