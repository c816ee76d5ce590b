// The reader's plan: on the results each action can be ticked ("In my plan"); the page shows where
// all the ticked fixes together take the score, exactly as `exposure score --plan` projects it,
// and the result link carries the plan. On the canvas (mouse) and in the HTML view (no WebGL).
// And what each other answer to what weighs most would do, as `exposure score` scores it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openPage, launchBrowser, waitForQuiz, items, saveArtifact } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli, startQuiz, completeQuiz, result, operate } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

const persona = loadPersona('wechat-cn86-pay-business');
const quiz = loadContent(persona['$quiz']);
const PLAN = ['move_private_talks', 'work_off_wechat', 'files_elsewhere']; // the top three actions

// The "In my plan" toggle of each action on screen, by the action's id (the description's keys).
const ticks = (page) => page.evaluate(() => {
  const found = {};
  const walk = (nodes) => nodes.forEach((n) => {
    if (n.kind === 'plan-tick') found[n.key.split('/')[1]] = { id: n.id, checked: !!n.checked };
    walk(n.children || []);
  });
  walk(window.ExposureQuiz.instances[0]._core.screen().nodes);
  return found;
});

const projectionText = (page) => page.evaluate(() =>
  window.ExposureQuiz.instances[0]._core.screen().nodes.find((n) => n.kind === 'projection')?.text);

async function tickOnCanvas(page, id) {
  const item = (await items(page)).find((i) => i.id === id);
  assert.ok(item, `the canvas drew the toggle ${id}`);
  await operate(page, item, 'mouse');
  await page.waitForFunction((i) => window.ExposureQuiz.instances[0]._core.screen().nodes
    .some(function has(n) { return (n.id === i && n.checked) || (n.children || []).some(has); }), id);
}

async function tickInHtml(page, id) {
  await page.locator(`.exposure-quiz [data-eq-id="${id}"]`).click();
  await page.waitForFunction((i) => document.querySelector(`.exposure-quiz [data-eq-id="${i}"]`)?.getAttribute('aria-pressed') === 'true', id);
}

async function planAndCheck(page, tick) {
  await startQuiz(page);
  await completeQuiz(page, quiz, persona.answers);
  const before = await ticks(page);
  assert.deepEqual(PLAN.filter((id) => before[id]?.checked === false), PLAN, 'each action offers "In my plan", unticked');
  assert.match(await projectionText(page), /Tick the actions/, 'with nothing ticked the page says how to plan');
  for (const id of PLAN) await tick(page, before[id].id);

  const shown = await result(page);
  const expected = scoreWithCli(persona['$quiz'], persona.answers, PLAN);
  assert.deepEqual(shown.plan, expected.plan, 'the projection is the one `exposure score --plan` prints');
  assert.equal(shown.share, expected.share, 'the link carries the plan, as the CLI writes it');
  assert.notEqual(expected.plan.change.toFixed(6), expected.plan.sum_of_deltas.toFixed(6), 'together the fixes are not the sum of their savings');
  const words = `${Math.round(expected.score)} now \u2192 ${Math.round(expected.plan.score)} with your plan`;
  assert.equal(await projectionText(page), words);
  return expected;
}

test('on the canvas, three actions ticked show the CLI\'s projection, and the link reopens with them ticked', async () => {
  const page = await openPage(browser, server.url);
  await waitForQuiz(page);
  const expected = await planAndCheck(page, tickOnCanvas);
  assert.ok((await items(page)).some((item) => item.name === `${Math.round(expected.score)} now \u2192 ${Math.round(expected.plan.score)} with your plan`),
    'the canvas draws the projection');
  saveArtifact('plan-canvas-1000.png', await page.screenshot({ fullPage: true }));

  await page.goto(`${server.url}#r=${expected.share}`);
  await page.reload();
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'results');
  const reopened = await ticks(page);
  assert.deepEqual(Object.keys(reopened).filter((id) => reopened[id].checked).sort(), [...PLAN].sort(), 'the plan is ticked again');
  assert.deepEqual((await result(page)).plan, expected.plan);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('in the HTML view, the same ticks give the same projection, and unticking one takes it out', async () => {
  const noGl = await launchBrowser(['--disable-3d-apis']);
  try {
    const page = await openPage(noGl, server.url, { viewport: { width: 390, height: 844 } });
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'intro');
    assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].htmlView), true);
    await planAndCheck(page, tickInHtml);
    saveArtifact('plan-html-390.png', await page.screenshot({ fullPage: true }));

    const id = (await ticks(page))[PLAN[0]].id;
    await page.locator(`.exposure-quiz [data-eq-id="${id}"]`).click();
    await page.waitForFunction((i) => document.querySelector(`.exposure-quiz [data-eq-id="${i}"]`)?.getAttribute('aria-pressed') === 'false', id);
    assert.deepEqual((await result(page)).plan, scoreWithCli(persona['$quiz'], persona.answers, PLAN.slice(1)).plan);
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  } finally {
    await noGl.close();
  }
});

test('"What would other answers do?" gives, for the answer that weighs most, each other answer\'s score as the CLI scores it', async () => {
  const page = await openPage(browser, server.url);
  await waitForQuiz(page);
  await startQuiz(page);
  await completeQuiz(page, quiz, persona.answers);
  const toggle = (await items(page)).find((i) => i.action === 'toggle-what-if');
  assert.ok(toggle, 'the results offer it');
  await operate(page, toggle, 'mouse');
  await page.waitForFunction(() => window.ExposureQuiz.instances[0]._core.screen().nodes.some((n) => n.key === 'what-if'));
  const lines = await page.evaluate(() => window.ExposureQuiz.instances[0]._core.screen().nodes.find((n) => n.key === 'what-if').children);
  const [topId] = Object.entries(scoreWithCli(persona['$quiz'], persona.answers).contributions).sort((a, b) => b[1] - a[1])[0];
  const question = quiz.questions.find((q) => q.id === topId);
  assert.equal(question.kind, 'single', 'the persona\'s heaviest answer is a single choice');
  const others = question.options.filter((o) => persona.answers[question.id] !== o.id);
  for (const option of others) {
    const line = lines.find((n) => n.key === `what-if/${question.id}/${option.id}`);
    assert.ok(line, `a line for "${option.label}"`);
    const expected = scoreWithCli(persona['$quiz'], { ...persona.answers, [question.id]: option.id }).score;
    assert.ok(line.note.startsWith(`${Math.round(expected)} (`), `"${option.label}": ${line.note}, the CLI scores ${expected}`);
  }
  assert.ok((await items(page)).some((i) => i.name === 'What other answers would do'), 'the canvas draws them');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
