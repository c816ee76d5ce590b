// Quiz packages on the page, the way an author changes content/: a copy of content/ where both
// quizzes' weights change and are published as the next version (`exposure freeze`), and a language is
// added as a locale file and a text file per quiz only (a pseudo-locale, en-XA); a copy of dist/
// rebuilt from it by web/tools/build_content.sh, the same script the build runs. On that site:
//   - result links readers hold from before quiz packages (tests/data/share-codes-60d5d76.json)
//     open with the score, band and first recommendations they had, said to be from an earlier
//     version, with a retake that goes to the newest version;
//   - the new language is offered by the switch and shown, in the quiz and in the page around it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, DIST, launchBrowser, openPage, waitForQuiz, waitForDrawn, items, findItem } from './harness.mjs';
import { startStaticServer } from '../../build-scripts/static-server.mjs';
import { completeQuiz, findAction, loadPersona, operate, result } from './quiz-driver.mjs';

const CLI = path.join(ROOT, 'build/native/bin/exposure');
// The version each quiz ships on today; the copy publishes the one after it.
const SHIPPED = Object.fromEntries(['wechat', 'messaging'].map((quiz) => [quiz,
  Math.max(...JSON.parse(fs.readFileSync(path.join(ROOT, 'content', quiz, 'versions/versions.json'), 'utf8')).versions.map((v) => v.version))]));
const HELD = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/share-codes-60d5d76.json'), 'utf8')).codes;

function run(command, args) {
  const done = spawnSync(command, args, { encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${done.status}): ${done.stderr}`);
  return done.stdout;
}

// Pseudo-localisation: every letter accented, placeholders ({0}) kept, the text bracketed, so a
// text the page shows from any other language stands out.
const ACCENTED = { a: 'á', c: 'ç', e: 'é', i: 'í', n: 'ñ', o: 'ó', u: 'ú', y: 'ý', A: 'Á', C: 'Ç', E: 'É', I: 'Í', N: 'Ñ', O: 'Ó', U: 'Ú' };
const pseudo = (text) => `[${text.replace(/\{\d+\}|./gsu, (m) => ACCENTED[m] ?? m)}]`;
function pseudoAll(value) {
  if (typeof value === 'string') return pseudo(value);
  if (Array.isArray(value)) return value.map(pseudoAll);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, pseudoAll(v)]));
}

// A translation template with every "text" pseudo-localised (the "from" hashes kept).
function pseudoTranslation(template) {
  if (Array.isArray(template)) return template.map(pseudoTranslation);
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([key, v]) =>
      [key, key === 'text' && typeof v === 'string' ? pseudo(v) : pseudoTranslation(v)]));
  }
  return template;
}

let tmp;
let server;
let browser;
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exposure-packages-'));
  const content = path.join(tmp, 'content');
  const dist = path.join(tmp, 'dist');
  fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  fs.cpSync(DIST, dist, { recursive: true });

  // A language added by files only: its locale, and a text file per quiz.
  const en = JSON.parse(fs.readFileSync(path.join(content, 'locales/en.json'), 'utf8'));
  const locale = {
    ...en, locale: 'en-XA', name: pseudo('English'), tags: ['en-XA'],
    page: pseudoAll(en.page), screens: pseudoAll(en.screens), questions_page: pseudoAll(en.questions_page),
    dates: pseudoAll(en.dates),
  };
  fs.writeFileSync(path.join(content, 'locales/en-XA.json'), JSON.stringify(locale, null, 2));
  for (const quiz of ['wechat', 'messaging']) {
    const template = JSON.parse(run(CLI, ['translations', path.join(content, quiz), '--template', 'en-XA']));
    fs.writeFileSync(path.join(content, quiz, 'text/en-XA.json'), JSON.stringify(pseudoTranslation(template), null, 2));
  }

  // Both structures change (a category weight), and are published as the next version.
  for (const quiz of ['wechat', 'messaging']) {
    const file = path.join(content, quiz, 'quiz.json');
    const structure = JSON.parse(fs.readFileSync(file, 'utf8'));
    structure.categories[0].weight += 2;
    fs.writeFileSync(file, JSON.stringify(structure, null, 2));
    run(CLI, ['freeze', path.join(content, quiz), '--date', '2027-01-15']);
  }
  run(CLI, ['check', content]); // the changed content is whole: published, translated

  run(path.join(ROOT, 'web/tools/build_content.sh'), [dist, content, CLI, 'test']);
  server = await startStaticServer({ root: dist, port: 0 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const texts = async (page) => (await items(page)).map((item) => item.name);

test('the rebuilt catalogue has the next version of both quizzes and the added language', () => {
  const catalog = JSON.parse(fs.readFileSync(path.join(tmp, 'dist/catalog.json'), 'utf8'));
  assert.ok(catalog.locales.some((l) => l.id === 'en-XA'), 'en-XA is a locale');
  for (const quiz of catalog.quizzes) {
    const next = SHIPPED[quiz.id] + 1;
    assert.equal(quiz.version, next, `${quiz.id} is on version ${next}`);
    assert.deepEqual(quiz.versions.map((v) => v.version), Array.from({ length: next }, (v, i) => i + 1));
    assert.ok(quiz.languages.includes('en-XA'), `${quiz.id} is offered in en-XA`);
    assert.ok(fs.existsSync(path.join(tmp, `dist/${quiz.id}.v1.zh-Hant.json`)), 'version 1 ships beside it');
  }
});

test('every result link held from before quiz packages opens on version 1 as it was, said to be earlier', async () => {
  const page = await openPage(browser, `${server.url}`);
  for (const [n, link] of HELD.entries()) {
    const where = `${link.quiz} ${link.lang} ${link.answers_from}`;
    // A new address each time (the n), so the page loads afresh as a pasted link does.
    await page.goto(`${server.url}?quiz=${link.quiz}.en.json&lang=${link.lang}&n=${n}#r=${link.code}`);
    await waitForQuiz(page);
    assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].screen()), 'results', where);
    const shown = await page.evaluate(() => window.ExposureQuiz.instances[0].result());
    assert.equal(shown.version, 1, `${where}: on version 1`);
    assert.equal(shown.lang, link.lang, where);
    assert.equal(shown.score, link.score, `${where}: the same score, to the digit`);
    assert.equal(shown.band, link.band, where);
    assert.equal(shown.band_title, link.band_title, where);
    assert.deepEqual(shown.recommendations.slice(0, 5).map((r) => r.id), link.recommendations, where);
    assert.ok(!(await items(page)).some((item) => item.action === 'change-answers'), `${where}: said to be earlier`);
  }
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a result of an earlier version says so, offers a retake on the new version and no answers to change', async () => {
  const link = HELD.find((l) => l.quiz === 'wechat' && l.lang === 'en' && l.answers_from === 'wechat-cn86-pay-business');
  const page = await openPage(browser, `${server.url}#r=${link.code}`);
  await waitForQuiz(page);
  await waitForDrawn(page);
  const shown = await texts(page);
  assert.ok(shown.some((t) => /earlier version/i.test(t)), `the note is shown: ${shown.join(' | ')}`);
  const actions = (await items(page)).map((item) => item.action).filter(Boolean);
  assert.ok(!actions.includes('change-answers'), 'no answers to change: its questions are not today\'s');
  assert.ok(actions.includes('retake'));

  await operate(page, await findAction(page, 'retake'), 'mouse');
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].screen() === 'question');
  // The same reader's answers on the newest version: its new weight, the CLI's number for it.
  const persona = loadPersona(link.answers_from);
  const quiz = JSON.parse(fs.readFileSync(path.join(tmp, 'dist/wechat.en.json'), 'utf8'));
  await completeQuiz(page, quiz, persona.answers);
  const retaken = await result(page);
  assert.equal(retaken.version, SHIPPED.wechat + 1);
  const cli = JSON.parse(run(CLI, ['score', path.join(tmp, 'content/wechat'), '--answers', path.join(ROOT, `tests/data/personas/${link.answers_from}.json`)]));
  assert.equal(retaken.score, cli.score);
  assert.notEqual(retaken.score, link.score, 'the new weight counts');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a language added as files only is offered by the switch and shown', async () => {
  const page = await openPage(browser, `${server.url}?lang=en-XA`);
  await waitForQuiz(page);
  await waitForDrawn(page, { lang: 'en-XA', quizLang: 'en-XA' });
  const instance = await page.evaluate(() => ({ lang: window.ExposureQuiz.instances[0].lang }));
  assert.equal(instance.lang, 'en-XA');
  const switchNames = await page.locator('[lang="en-XA"]').allTextContents();
  assert.ok(switchNames.includes(pseudo('English')), `the switch offers it by its own name: ${switchNames.join(' | ')}`);
  const start = await findItem(page, 'button', pseudo('Start the quiz'));
  assert.ok(start, 'the screens speak it');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
  assert.equal(await page.locator('.footer').textContent(), pseudo(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/locales/en.json'), 'utf8')).page.footer));
  assert.deepEqual(page.problems(), []);
  await page.context().close();

  // A reader whose browser asks for it gets it without asking.
  const asked = await openPage(browser, `${server.url}`, { locale: 'en-XA' });
  await waitForQuiz(asked);
  assert.equal(await asked.evaluate(() => window.ExposureQuiz.instances[0].lang), 'en-XA');
  await asked.context().close();
  // And the page without script has it too.
  assert.ok(fs.existsSync(path.join(tmp, 'dist/questions.en-XA.html')));
});
