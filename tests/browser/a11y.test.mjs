// Accessible to everyone: the DOM semantics layer over the canvas, keyboard-only use,
// screen-reader names and live announcements, axe-core, reduced motion and colour contrast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import axe from 'axe-core';
import { useBrowserAndServer, openPage, waitForQuiz, waitForDrawn, items } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli } from './quiz-driver.mjs';
import { contrast, TEXT_PAIRS } from './contrast.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

const wechat = loadContent('wechat.en.json');
const quizOf = (persona) => persona.quiz ?? persona.$quiz;

// `exposure score` on the persona's answers, or null while the CLI cannot score (then the
// score is compared with nothing and the test says so).
function cliResult(persona, t) {
  try {
    return scoreWithCli(quizOf(persona), persona.answers);
  } catch (e) {
    if (!/usage|missing/.test(e.message)) throw e;
    t?.diagnostic(`the CLI cannot score yet (${e.message.split('\n')[0]}): no CLI comparison`);
    return null;
  }
}

// A share code for the persona's result: the CLI's, or the page's after a run through the layer.
const shares = new Map();
async function shareFor(personaName) {
  const persona = loadPersona(personaName);
  const cli = cliResult(persona);
  if (cli) return cli.share;
  if (!shares.has(personaName)) {
    const page = await open();
    await completeWithRoles(page, persona);
    shares.set(personaName, (await page.evaluate(() => window.ExposureQuiz.instances[0].result())).share);
    await page.context().close();
  }
  return shares.get(personaName);
}

async function openResults(page, personaName) {
  await page.goto(`${server.url}#r=${await shareFor(personaName)}`);
  await waitForQuiz(page);
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'results');
  await idle(page);
}

// [SECTION] Helpers
const idle = (page) => page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
const screenOf = (page) => page.evaluate(() => window.ExposureQuiz.instances[0].screen());
const liveText = (page) => page.locator('.exposure-quiz [aria-live=polite]').textContent();

async function open(contextOptions = {}, query = '') {
  const page = await openPage(browser, `${server.url}${query}`, contextOptions);
  await waitForQuiz(page);
  await idle(page);
  return page;
}

// The question on screen, found the way a screen-reader user would: its group's name.
async function currentQuestion(page) {
  await idle(page);
  const group = page.locator('.exposure-quiz fieldset');
  const name = (await group.locator('legend').textContent()).trim();
  const question = wechat.questions.find((q) => q.prompt === name);
  assert.ok(question, `a question of the quiz is on screen (legend: "${name}")`);
  return question;
}

// What the page reports focus is on, and which item the canvas draws its focus ring on.
async function focusState(page) {
  return page.evaluate(() => {
    const instance = window.ExposureQuiz.instances[0];
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    const rect = active.getBoundingClientRect();
    const ring = instance.items().filter((i) => i.focused);
    return {
      tag: active.tagName, inQuiz: instance.root.contains(active), id: active.dataset?.eqId ? Number(active.dataset.eqId) : null,
      name: active.getAttribute('aria-label') || active.textContent || active.parentElement?.textContent || '',
      top: rect.top + scrollY, left: rect.left + scrollX, ring: ring.map((i) => i.id),
    };
  });
}

// Compares the box of every element of the view's layer over the canvas with the box of the
// canvas item drawn for its node and part (CSS px, page coordinates).
async function boxMismatches(page) {
  return page.evaluate(() => {
    const instance = window.ExposureQuiz.instances[0];
    const canvas = instance.canvas.getBoundingClientRect();
    const items = instance.items();
    const at = new Map();
    for (const item of items) {
      const key = item.part ? `${item.node}:${item.part}` : String(item.node);
      if (item.node && !at.has(key)) at.set(key, item);
    }
    const out = [];
    let count = 0;
    const placed = new Set();
    for (const el of instance.viewLayer.querySelectorAll('[data-eq-place]')) {
      const item = at.get(el.dataset.eqPlace);
      placed.add(el.dataset.eqPlace);
      if (!item) continue;
      const r = el.getBoundingClientRect();
      count++;
      const d = Math.max(Math.abs(r.left - (canvas.left + item.x)), Math.abs(r.top - (canvas.top + item.y)),
        Math.abs(r.width - item.w), Math.abs(r.height - item.h));
      if (d > 2) out.push(`${el.tagName} ${item.role} "${item.name}": DOM ${[r.left - canvas.left, r.top - canvas.top, r.width, r.height].map(Math.round)} vs canvas ${[item.x, item.y, item.w, item.h]}`);
    }
    // Every node the canvas drew has its element (named, focusable) in the layer.
    const missing = [...at.keys()].filter((key) => !placed.has(key)).map((key) => `${at.get(key).role} "${at.get(key).name}"`);
    return { count, out, missing };
  });
}

async function axeViolations(page, label) {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = result.filter((v) => !serious.includes(v));
  if (minor.length) console.log(`axe on ${label}, minor/moderate: ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
  return serious;
}

// Answers the question on screen with role-based locators only: radios by a screen reader's
// activation (a click event on the input), checkboxes by keyboard focus + Space.
async function answerWithRoles(page, answers) {
  const question = await currentQuestion(page);
  const group = page.getByRole(question.kind === 'multi' ? 'group' : 'radiogroup', { name: question.prompt });
  const answer = answers[question.id];
  assert.ok(question.id in answers, `the persona answers "${question.id}"`);
  if (answer === null) {
    const skip = group.getByRole('button', { name: 'Prefer not to say' });
    await skip.dispatchEvent('click');
    await idle(page);
    assert.equal(await skip.getAttribute('aria-pressed'), 'true');
  } else {
    const wanted = new Set(Array.isArray(answer) ? answer : [answer]);
    for (const option of question.options) {
      const role = question.kind === 'multi' ? 'checkbox' : 'radio';
      const control = group.getByRole(role, { name: option.label, exact: true });
      if (wanted.has(option.id) !== (await control.isChecked())) {
        if (role === 'radio') await control.dispatchEvent('click');
        else {
          await control.focus();
          await page.keyboard.press('Space');
        }
        await idle(page);
      }
    }
    for (const option of question.options) {
      const control = group.getByRole(question.kind === 'multi' ? 'checkbox' : 'radio', { name: option.label, exact: true });
      assert.equal(await control.isChecked(), wanted.has(option.id), `"${option.label}" shows the engine's state`);
    }
  }
  const next = page.getByRole('button', { name: /^(Next|See my result)$/ });
  assert.equal(await next.getAttribute('aria-disabled'), null, 'Next is enabled once answered');
  await next.dispatchEvent('click');
  return question.id;
}

// [SECTION] Taking the quiz through the DOM layer

async function completeWithRoles(page, persona) {
  await page.getByRole('button', { name: 'Start the quiz' }).dispatchEvent('click');
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  await idle(page);
  const firstAnnouncement = await liveText(page);
  const seen = [];
  for (let guard = 0; guard < wechat.questions.length + 2 && (await screenOf(page)) !== 'results'; guard++) {
    seen.push(await answerWithRoles(page, persona.answers));
    await idle(page);
  }
  assert.equal(await screenOf(page), 'results', `on the results after ${seen.join(', ')}`);
  await idle(page);
  return { seen, firstAnnouncement };
}

for (const personaName of ['wechat-cn86-pay-business', 'wechat-skips-personal']) {
  test(`${personaName}: the whole quiz through role-based locators reaches the CLI's score`, async (t) => {
    const persona = loadPersona(personaName);
    const page = await open();
    assert.equal(await page.locator('.exposure-quiz canvas').getAttribute('aria-hidden'), 'true', 'the canvas is a picture of the layer');
    await page.getByRole('heading', { level: 1, name: wechat.title }).waitFor();
    const { firstAnnouncement } = await completeWithRoles(page, persona);
    assert.equal(firstAnnouncement.replace(/^Question 1 of \d+: /, ''), wechat.questions[0].prompt, `live region: "${firstAnnouncement}"`);

    const shown = await page.evaluate(() => window.ExposureQuiz.instances[0].result());
    const expected = cliResult(persona, t);
    if (expected) {
      assert.equal(shown.score, expected.score, 'the page and `exposure score` agree to the digit');
      assert.equal(shown.share, expected.share);
    }
    shares.set(personaName, shown.share);
    // What a screen reader finds on the results: the score, the band, categories and actions.
    const rounded = String(Math.round(shown.score));
    await page.getByRole('heading', { level: 1, name: shown.band_title }).waitFor();
    assert.equal(await page.getByRole('progressbar', { name: `Exposure score ${rounded} out of 100` }).count(), 1);
    assert.equal(await liveText(page), `Your exposure score is ${rounded} of 100: ${shown.band_title}`);
    const topics = page.getByRole('list', { name: 'By topic' }).getByRole('listitem');
    assert.equal(await topics.count(), wechat.categories.length, 'one list item per category');
    const actions = page.getByRole('list', { name: 'What to do first' }).getByRole('listitem');
    assert.ok((await actions.count()) > 0, 'the recommendations are a list');
    assert.ok(await page.getByRole('button', { name: 'Retake the quiz' }).isVisible());
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  });
}

// [SECTION] Boxes over the canvas

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`at ${viewport.width}x${viewport.height} every element over the canvas covers what the canvas drew for it (within 2 CSS px)`, async () => {
    const page = await open({ viewport });
    const check = async (label) => {
      await idle(page);
      const { count, out, missing } = await boxMismatches(page);
      assert.deepEqual(missing, [], `${label}: what the canvas drew has its element`);
      assert.ok(count > 3, `${label}: boxes compared`);
      assert.deepEqual(out, [], `${label}: boxes that differ`);
    };
    // The intro is HTML (the page's first screen): nothing over a canvas to compare.
    await page.getByRole('button', { name: 'Start the quiz' }).dispatchEvent('click');
    await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
    await check('question');
    await page.getByRole('button', { name: 'Why we ask' }).dispatchEvent('click');
    await idle(page);
    assert.equal(await page.getByRole('button', { name: 'Why we ask' }).getAttribute('aria-expanded'), 'true');
    await check('"Why we ask" open');
    await openResults(page, 'wechat-cn86-pay-business');
    await check('results');
    await page.context().close();
  });
}

// [SECTION] axe-core

test('axe-core finds no serious or critical violations on the intro, a question, "Why we ask", the results, planning and then and now', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // index.html's CSP forbids inline scripts, so axe goes in with CSP bypassed for the test.
    const page = await open({ colorScheme, bypassCSP: true });
    assert.deepEqual(await axeViolations(page, `intro (${colorScheme})`), [], 'intro');
    await page.getByRole('button', { name: 'Start the quiz' }).dispatchEvent('click');
    await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
    await idle(page);
    assert.deepEqual(await axeViolations(page, `question (${colorScheme})`), [], 'question');
    await page.getByRole('button', { name: 'Why we ask' }).dispatchEvent('click');
    await idle(page);
    assert.deepEqual(await axeViolations(page, `"Why we ask" (${colorScheme})`), [], '"Why we ask" open');
    await openResults(page, 'wechat-cn86-pay-business');
    assert.deepEqual(await axeViolations(page, `results (${colorScheme})`), [], 'results');
    // The results with an action in the plan, what other answers would do, and the form that takes
    // an earlier result's link; then an earlier result beside this one.
    await page.getByRole('button', { name: 'In my plan' }).first().dispatchEvent('click');
    await page.getByRole('button', { name: 'What would other answers do?' }).dispatchEvent('click');
    await page.getByRole('button', { name: 'Compare with an earlier result' }).dispatchEvent('click');
    await page.getByLabel('Paste the link of an earlier result of this quiz').waitFor();
    await page.getByRole('heading', { name: 'What other answers would do' }).waitFor();
    await idle(page);
    assert.deepEqual(await axeViolations(page, `results, planning (${colorScheme})`), [], 'results with a plan, what-if and the compare form');
    const share = await shareFor('wechat-cn86-pay-business');
    await page.goto(`${server.url}#r=${share}&before=${await shareFor('wechat-intl-careful')}`);
    await page.getByRole('heading', { name: 'Since your earlier result' }).waitFor();
    await idle(page);
    assert.deepEqual(await axeViolations(page, `then and now (${colorScheme})`), [], 'an earlier result beside this one');
    await page.context().close();
  }
});

// [SECTION] Keyboard only

// Tabs from a button before the quiz to one after it, checking each stop.
async function tabThrough(page, label) {
  await page.evaluate(() => {
    const before = Object.assign(document.createElement('button'), { id: 'before', textContent: 'Before the quiz' });
    const after = Object.assign(document.createElement('button'), { id: 'after', textContent: 'After the quiz' });
    document.querySelector('#quiz').before(before);
    document.querySelector('#quiz').after(after);
  });
  await page.focus('#before');
  const stops = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    await idle(page);
    const state = await focusState(page);
    if (!state.inQuiz) {
      assert.equal(await page.evaluate(() => document.activeElement.id), 'after', `${label}: Tab from the last item leaves the quiz for the next element`);
      break;
    }
    assert.notEqual(state.tag, 'BODY', `${label}: focus is never lost`);
    if (state.id) assert.deepEqual(state.ring, [state.id], `${label}: the canvas draws its focus ring on "${state.name}"`);
    stops.push(state);
  }
  assert.ok(stops.length > 0, `${label}: Tab reaches the quiz`);
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1], b = stops[i];
    const inOrder = b.top > a.top + 1 || (Math.abs(b.top - a.top) <= 1 && b.left > a.left);
    assert.ok(inOrder, `${label}: Tab order follows the visual order ("${a.name}" at ${Math.round(a.left)},${Math.round(a.top)} then "${b.name}" at ${Math.round(b.left)},${Math.round(b.top)})`);
  }
  // And back: Shift+Tab from the first item leaves the quiz the other way.
  await page.focus('#after');
  for (let i = 0; i < stops.length; i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'before', `${label}: Shift+Tab leaves before the quiz`);
  await page.evaluate(() => { document.querySelector('#before').remove(); document.querySelector('#after').remove(); });
  return stops;
}

test('keyboard only: Tab follows the visual order, focus is never lost or trapped, arrows choose, Enter is Next', async () => {
  const page = await open({ viewport: { width: 1280, height: 800 } });
  await tabThrough(page, 'intro');
  await page.getByRole('button', { name: 'Start the quiz' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  await idle(page);
  let state = await focusState(page);
  assert.ok(state.inQuiz && state.tag === 'INPUT', 'after Start, focus is on the first option');
  assert.deepEqual(state.ring, [state.id], 'and the canvas shows it');

  // Arrows move and choose within the radio group, like native radios.
  await page.keyboard.press('ArrowDown');
  await idle(page);
  state = await focusState(page);
  const second = wechat.questions[0].options[1].label;
  assert.equal(await page.getByRole('radio', { name: second, exact: true }).isChecked(), true, 'ArrowDown chose the second option');
  assert.ok(state.name.includes(second), 'and focused it');
  await page.keyboard.press('ArrowUp');
  await idle(page);
  assert.equal(await page.getByRole('radio', { name: wechat.questions[0].options[0].label, exact: true }).isChecked(), true, 'ArrowUp chose the first');

  // "Why we ask" opens from the keyboard, its links are in the Tab order, Escape closes it.
  await page.getByRole('button', { name: 'Why we ask' }).focus();
  await page.keyboard.press('Enter');
  await idle(page);
  assert.equal(await page.getByRole('button', { name: 'Why we ask' }).getAttribute('aria-expanded'), 'true');
  const stops = await tabThrough(page, 'question with "Why we ask" open');
  assert.ok(stops.some((s) => s.tag === 'A'), 'the sources are Tab stops');
  await page.getByRole('button', { name: 'Why we ask' }).focus();
  await page.keyboard.press('Escape');
  await idle(page);
  assert.equal(await page.getByRole('button', { name: 'Why we ask' }).getAttribute('aria-expanded'), 'false', 'Escape closed it');

  // Enter on an option is Next; focus lands on the next question's first option.
  await page.getByRole('radio', { name: wechat.questions[0].options[0].label, exact: true }).focus();
  for (let n = 1; n <= 4; n++) {
    const before = await currentQuestion(page);
    await page.keyboard.press(before.kind === 'multi' ? 'Space' : 'ArrowDown');
    await idle(page);
    await page.keyboard.press('Enter');
    await idle(page);
    const now = await currentQuestion(page);
    assert.notEqual(now.id, before.id, `Enter moved on from "${before.id}"`);
    state = await focusState(page);
    assert.ok(state.inQuiz && state.tag === 'INPUT', `focus stayed in the quiz on question ${n + 1}`);
    assert.match(await liveText(page), new RegExp(`^Question ${n + 1} of \\d+: `));
  }
  // Back from the keyboard keeps focus in the quiz too (on the chosen option).
  await page.getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Enter');
  await idle(page);
  state = await focusState(page);
  assert.ok(state.inQuiz && state.tag === 'INPUT', 'after Back, focus is on an option');
  assert.equal(await page.evaluate(() => document.activeElement.checked), true, 'the chosen one');

  // Results: focus goes to the result's heading; Tab order follows the layout there too.
  await openResults(page, 'wechat-cn86-pay-business');
  const results = await tabThrough(page, 'results');
  assert.ok(results.some((s) => s.name === 'Copy link') && results.some((s) => s.name === 'Retake the quiz'));
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a mouse click on the canvas moves DOM focus to that item without a focus ring', async () => {
  const page = await open({ viewport: { width: 1280, height: 800 } });
  await page.getByRole('button', { name: 'Start the quiz' }).dispatchEvent('click');
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  await idle(page);
  const option = (await items(page)).find((i) => i.role === 'radio');
  await page.mouse.click(option.pageX, option.pageY);
  // The click chooses the option on the canvas; DOM focus follows to its element just after.
  await page.waitForFunction((id) => document.activeElement?.dataset?.eqId === String(id), option.id);
  await idle(page);
  const state = await focusState(page);
  assert.equal(state.id, option.id, 'DOM focus follows the click');
  assert.deepEqual(state.ring, [], 'no focus ring after a click');
  assert.equal(await page.getByRole('radio', { name: option.name, exact: true }).isChecked(), true, 'the click chose it (canvas path)');
  await page.keyboard.press('Tab');
  await idle(page);
  const next = await focusState(page);
  assert.notEqual(next.id, option.id);
  assert.deepEqual(next.ring, [next.id], 'Tab after a click shows the ring on the next item');
  await page.context().close();
});

// [SECTION] Motion and contrast

// Moves to the next question and records every set of items the module published on the way:
// returns the frames drawn and how far the new question's prompt was from its final place in
// the first frame that showed it (the slide-in starts 24 px off).
async function nextQuestionMotion(contextOptions) {
  const page = await open({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  await page.getByRole('button', { name: 'Start the quiz' }).dispatchEvent('click');
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  await idle(page);
  await page.getByRole('radio').first().dispatchEvent('click');
  await idle(page);
  const result = await page.evaluate(async () => {
    const instance = window.ExposureQuiz.instances[0];
    const heading = () => instance.items().find((i) => i.role === 'heading');
    const first = heading().name;
    // The screen event arrives after the first frame that shows the new question.
    const shown = new Promise((resolve) => instance.element.addEventListener('exposurequiz:screen', () => resolve(heading()), { once: true }));
    const before = instance.framesRendered();
    [...document.querySelectorAll('.exposure-quiz button')].find((b) => b.textContent === 'Next').click();
    const appeared = await shown;
    await instance.whenIdle();
    const moved = appeared && appeared.name !== first;
    return { frames: instance.framesRendered() - before, offset: moved ? Math.abs(appeared.x - heading().x) : -1 };
  });
  await page.context().close();
  return result;
}

test('with prefers-reduced-motion the next question appears in place in a few frames (no slide)', async () => {
  const reduced = await nextQuestionMotion({ reducedMotion: 'reduce' });
  const normal = await nextQuestionMotion({ reducedMotion: 'no-preference' });
  console.log(`Next: ${reduced.frames} frames, first offset ${reduced.offset}px with reduced motion; ${normal.frames} frames, ${normal.offset}px without`);
  assert.equal(reduced.offset, 0, 'with reduced motion the question is in place in its first frame');
  assert.ok(reduced.frames <= 6, `reduced motion drew ${reduced.frames} frames`);
  assert.ok(normal.offset > 2, 'without it the question slides in (the check can tell)');
});

test('text contrast is at least 4.5:1 in every theme (7:1 with prefers-contrast: more)', async () => {
  // One page with a quiz for each accent; the reader's colour scheme and contrast preference
  // change under it, as they do when a phone switches to dark at night.
  const page = await openPage(browser, server.url);
  await waitForQuiz(page);
  const ACCENTS = [undefined, '#07c160', '#ff9f1c'];
  await page.evaluate(async (accents) => {
    for (const accent of accents.slice(1)) {
      const host = document.createElement('div');
      document.body.append(host);
      await window.ExposureQuiz.mount(host, { accent });
    }
  }, ACCENTS);
  const rows = [];
  for (const colorScheme of ['light', 'dark']) {
    for (const more of [false, true]) {
      await page.emulateMedia({ colorScheme, contrast: more ? 'more' : 'no-preference' });
      for (const [index, accent] of ACCENTS.entries()) {
        // A quiz out of view draws nothing until it is back: bring each into view in turn.
        await page.evaluate((i) => window.ExposureQuiz.instances[i].element.scrollIntoView(), index);
        await waitForDrawn(page, { dark: colorScheme === 'dark', moreContrast: more }, index);
        const palette = await page.evaluate((i) => window.ExposureQuiz.instances[i].palette(), index);
        assert.equal(palette.dark, colorScheme === 'dark');
        assert.equal(palette.moreContrast, more);
        const minimum = more ? 7 : 4.5;
        const theme = `${colorScheme}${more ? ' + more contrast' : ''}${accent ? ` + accent ${accent}` : ''}`;
        const ratios = TEXT_PAIRS.map(([fg, bg, where]) => ({ fg, bg, where, ratio: contrast(palette[fg], palette[bg]) }));
        const weakest = ratios.reduce((a, b) => (a.ratio < b.ratio ? a : b));
        rows.push(`${theme.padEnd(36)} weakest ${weakest.ratio.toFixed(2)}:1 (${weakest.fg} on ${weakest.bg}); text/background ${contrast(palette.text, palette.background).toFixed(2)}:1`);
        const failing = ratios.filter((r) => r.ratio < minimum).map((r) => `${r.fg} on ${r.bg} (${r.where}): ${r.ratio.toFixed(2)}:1`);
        assert.deepEqual(failing, [], `${theme}: pairs under ${minimum}:1`);
      }
    }
  }
  console.log(rows.join('\n'));
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

// [SECTION] Without the canvas

// The plain questions pages, one per language (what <noscript> links to), each from the WeChat
// quiz in its language.
const PLAIN_PAGES = [
  { locale: 'en', page: 'questions.html', quiz: 'wechat.en.json' },
  { locale: 'zh-Hans', page: 'questions.zh-Hans.html', quiz: 'wechat.zh-Hans.json' },
  { locale: 'zh-Hant', page: 'questions.zh-Hant.html', quiz: 'wechat.zh-Hant.json' },
  { locale: 'zh-Hant-HK', page: 'questions.zh-Hant-HK.html', quiz: 'wechat.zh-Hant-HK.json' },
];
// Latin words a Chinese page may show outside the quiz's own texts: names, not words to
// translate.
const NAMES = new Set(['WeChat', 'Weixin', 'Signal', 'WhatsApp', 'JavaScript', 'WebGL']);

// Every text of a quiz file a page may show (prompts, labels, help, source titles...): on a
// Chinese page these may quote English (a report's title), the page's own words may not.
function quizTexts(quiz) {
  const keys = new Set(['title', 'intro', 'outro', 'description', 'prompt', 'help', 'label', 'detail', 'summary', 'body', 'quote']);
  const out = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && keys.has(key)) out.add(value);
        else walk(value);
      }
    }
  };
  walk(quiz);
  return [...out].sort((a, b) => b.length - a.length);
}

for (const { locale, page: file, quiz: quizFile } of PLAIN_PAGES) {
  test(`the plain questions page in ${locale} (${file}): every question named, every control labelled, headings, lang, language links, axe`, async () => {
    const quiz = loadContent(quizFile);
    const context = await browser.newContext({ bypassCSP: true }); // axe is injected inline
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
    page.on('request', (request) => { if (!request.url().startsWith(server.url)) problems.push(`request left the origin: ${request.url()}`); });
    await page.goto(`${server.url}${file}`);

    assert.equal(await page.getAttribute('html', 'lang'), locale, 'the page declares its language');
    await page.getByRole('heading', { level: 1, name: quiz.title }).waitFor();
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    assert.equal(levels.filter((l) => l === 1).length, 1, 'one h1');
    assert.equal(levels.filter((l) => l === 2).length, 1, 'one h2: the actions');
    levels.forEach((level, i) => assert.ok(i === 0 || level <= levels[i - 1] + 1, `heading levels skip none (${levels.slice(0, i + 1).join(' ')})`));
    assert.equal(await page.locator('ol.actions > li h3').count(), quiz.recommendations.length, 'one h3 per action');

    // Each question is a group named by its prompt, holding exactly its options, each labelled.
    assert.equal(await page.locator('fieldset').count(), quiz.questions.length);
    for (const q of quiz.questions) {
      await page.getByRole(q.kind === 'multi' ? 'group' : 'radiogroup', { name: q.prompt, exact: true }).waitFor();
    }
    const unlabelled = await page.locator('input').evaluateAll((inputs) => inputs.filter((i) => i.labels.length !== 1 || !i.labels[0].textContent.trim()).map((i) => i.id));
    assert.deepEqual(unlabelled, [], 'every control has one label with text');
    const labels = await page.locator('fieldset').evaluateAll((sets) => sets.map((f) => [...f.querySelectorAll('label')].map((l) => l.textContent)));
    quiz.questions.forEach((q, i) => {
      const wanted = q.options.map((o) => o.label);
      assert.deepEqual(labels[i].slice(0, wanted.length), wanted, `"${q.id}": its options, in order`);
      assert.equal(labels[i].length, wanted.length + (q.skippable ? 1 : 0), `"${q.id}": and a skip choice only where skipping is allowed`);
    });

    // Links to every language, each in its own language, the current one marked.
    const links = await page.locator('nav a[hreflang]').evaluateAll((as) => as.map((a) => ({
      href: a.getAttribute('href'), lang: a.lang, hreflang: a.hreflang, current: a.getAttribute('aria-current'), text: a.textContent })));
    assert.deepEqual(links.map((l) => [l.href, l.lang, l.hreflang, l.text]), [
      ['questions.html', 'en', 'en', 'English'],
      ['questions.zh-Hans.html', 'zh-Hans', 'zh-Hans', '简体中文'],
      ['questions.zh-Hant.html', 'zh-Hant', 'zh-Hant', '繁體中文'],
      ['questions.zh-Hant-HK.html', 'zh-Hant-HK', 'zh-Hant-HK', '繁體中文（香港）'],
    ]);
    assert.deepEqual(links.filter((l) => l.current === 'page').map((l) => l.lang), [locale], 'the current language is marked');

    if (locale !== 'en') {
      // No English left in the page's own words: take every text node and every name given
      // in an attribute, remove the quiz's texts from it, and look for Latin words that are
      // not names. The "English" link is English on purpose (its lang says so).
      const texts = quizTexts(quiz);
      const shown = await page.evaluate(() => {
        const out = [document.title];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement.closest('[lang]').lang !== 'en') out.push(node.textContent);
        }
        for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
          for (const name of ['aria-label', 'title', 'alt', 'placeholder']) if (el.hasAttribute(name)) out.push(el.getAttribute(name));
        }
        return out;
      });
      const english = new Set();
      for (let text of shown) {
        for (const t of texts) text = text.split(t).join(' ');
        for (const word of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) if (!NAMES.has(word)) english.add(word);
      }
      assert.deepEqual([...english], [], `no English among the page's own words in ${locale}`);
    }

    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axeViolations(page, `${file} (${colorScheme})`), [], `${file} passes axe (${colorScheme})`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
