// Drives a quiz the way a reader does — with the mouse, a finger or the keyboard — by reading
// what the canvas shows (instance.items()) and acting on it. Answers are given by question and
// option ids, as in an answers file, so the same answers can be scored by the `exposure` CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, DIST, items, findItem } from './harness.mjs';

// A quiz as the page gets it: dist/NAME.LANG.json, one quiz in one language (`exposure catalog`
// writes it from content/NAME/).
// A file of dist/; a quiz file with its sources, as the page shows it once they arrive (the page's
// quiz files name a file of their own for them: sources_file).
export function loadContent(file) {
  const content = JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8'));
  if (!content.sources_file) return content;
  const sources = JSON.parse(fs.readFileSync(path.join(DIST, content.sources_file), 'utf8'));
  for (const q of content.questions) q.sources = sources.questions[q.id];
  for (const r of content.recommendations) if (sources.recommendations[r.id]) r.sources = sources.recommendations[r.id];
  delete content.sources_file;
  return content;
}

export function loadPersona(name) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/personas', `${name}.json`), 'utf8'));
}

// `exposure score` on the same answers (and plan: recommendation ids): the number the page must
// show. `quizFile` names the page's file, NAME.LANG.json: the CLI scores the package content/NAME
// in LANG.
export function scoreWithCli(quizFile, answers, plan = null) {
  const cli = path.join(ROOT, 'build/native/bin/exposure');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: build the native preset first (build-scripts/test does)`);
  const m = /^([a-z0-9_-]+)\.([A-Za-z0-9-]+)\.json$/.exec(quizFile);
  if (!m) throw new Error(`scoreWithCli: ${quizFile} is not a quiz of the catalogue (NAME.LANG.json)`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'answers-')), 'answers.json');
  fs.writeFileSync(file, JSON.stringify({ answers }));
  const planArgs = plan ? ['--plan', plan.join(',')] : [];
  const run = spawnSync(cli, ['score', path.join(ROOT, 'content', m[1]), '--lang', m[2], '--answers', file, ...planArgs], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`exposure score failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const screen = (page, index) => page.evaluate((i) => window.ExposureQuiz.instances[i].screen(), index);
const settle = (page, index) => page.evaluate((i) => window.ExposureQuiz.instances[i].whenIdle(), index);

// Scrolls the page (as a reader would) until the item is in the viewport; returns its centre in
// viewport coordinates. Items are in canvas coordinates, and the canvas is as tall as the quiz.
async function scrollIntoView(page, item, index) {
  return page.evaluate(({ i, x, y, w, h }) => {
    const canvas = window.ExposureQuiz.instances[i].canvas;
    let box = canvas.getBoundingClientRect();
    if (box.top + y < 0 || box.top + y + h > window.innerHeight) {
      window.scrollBy(0, box.top + y + h / 2 - window.innerHeight / 2);
      box = canvas.getBoundingClientRect();
    }
    return { x: box.left + x + w / 2, y: box.top + y + h / 2 };
  }, { i: index, x: item.x, y: item.y, w: item.w, h: item.h });
}

// One way of operating an item: 'mouse', 'touch' or 'keyboard'.
export async function operate(page, item, input, index = 0) {
  if (input !== 'keyboard') {
    const at = await scrollIntoView(page, item, index);
    return input === 'mouse' ? page.mouse.click(at.x, at.y) : page.touchscreen.tap(at.x, at.y);
  }
  await focusWithTab(page, item, index);
  await page.keyboard.press(item.role === 'button' ? 'Enter' : 'Space');
}

// Presses Tab until the quiz's keyboard focus is on `target`, the way a keyboard user would.
export async function focusWithTab(page, target, index = 0) {
  for (let presses = 0; presses < 60; presses++) {
    const focused = (await items(page, index)).find((item) => item.focused);
    if (focused && focused.role === target.role && focused.name === target.name) return;
    await page.keyboard.press('Tab');
    await settle(page, index);
  }
  throw new Error(`Tab never reached ${target.role} "${target.name}"`);
}

export async function startQuiz(page, input = 'mouse', index = 0) {
  await settle(page, index);
  await operate(page, await findAction(page, 'start', index), input, index);
  // screen() changes with the frame that draws the first question; the slide-in that follows
  // moves the items, so wait for it to end before anyone reads a position.
  await page.waitForFunction((i) => window.ExposureQuiz.instances[i].screen() === 'question', index);
  await settle(page, index);
}

// The question on screen, found by its prompt (the screen's heading).
export async function currentQuestion(page, quiz, index = 0) {
  await settle(page, index);
  const headings = (await items(page, index)).filter((item) => item.role === 'heading').map((item) => item.name);
  const question = quiz.questions.find((q) => headings.includes(q.prompt));
  if (!question) throw new Error(`no question of ${quiz.id} on screen; headings: ${headings.join(' | ')}`);
  return question;
}

// Answers the question on screen as `answers` says (an option id, a list of them, or null to
// skip), then presses Next. Returns the question's id.
export async function answerCurrent(page, quiz, answers, input = 'mouse', index = 0) {
  const question = await currentQuestion(page, quiz, index);
  if (!(question.id in answers)) throw new Error(`the answers give nothing for "${question.id}", which is on screen`);
  const answer = answers[question.id];
  if (answer === null) {
    await operate(page, await findAction(page, 'skip', index), input, index);
  } else {
    const wanted = new Set(Array.isArray(answer) ? answer : [answer]);
    for (const option of question.options) {
      const role = question.kind === 'multi' ? 'checkbox' : 'radio';
      const item = await findItem(page, role, option.label, index);
      if (wanted.has(option.id) !== item.checked) {
        await operate(page, item, input, index);
        await settle(page, index);
      }
    }
  }
  await settle(page, index);
  const next = await findAction(page, 'next', index);
  if (next.disabled) throw new Error(`Next is disabled after answering "${question.id}"`);
  await operate(page, next, input, index);
  return question.id;
}

// The button that does `action` ('start', 'next', 'skip', ...: what the module says it does, in
// any language).
export async function findAction(page, action, index = 0) {
  const match = (await items(page, index)).find((item) => item.action === action);
  if (!match) throw new Error(`no button with action "${action}" on screen`);
  return match;
}

// Answers every question it meets until the results screen; returns the ids it answered, in order.
export async function completeQuiz(page, quiz, answers, input = 'mouse', index = 0) {
  const seen = [];
  for (let guard = 0; guard < quiz.questions.length + 5; guard++) {
    await settle(page, index);
    if ((await screen(page, index)) === 'results') return seen;
    seen.push(await answerCurrent(page, quiz, answers, input, index));
  }
  throw new Error(`still not on the results screen after ${seen.length} questions: ${seen.join(', ')}`);
}

export async function result(page, index = 0) {
  return page.evaluate((i) => window.ExposureQuiz.instances[i].result(), index);
}
