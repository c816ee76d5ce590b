// The UI's words come from one table per locale (web/src/strings.{h,cpp}, strings_zh.cpp):
// instance.setLocale('zh-Hans' | 'zh-Hant') turns every button, heading, hint, count and
// announcement the module shows into the Chinese table's words, while the quiz's own text (the
// English file) stays as it is; 'en' and unknown tags give back the English UI, to the character.
// The tables are read from the C++ sources, so this test follows them as they change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, useBrowserAndServer, openPage, waitForQuiz } from './harness.mjs';
import { loadContent, loadPersona, startQuiz, completeQuiz } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

// `const Table NAME = { .field = "..." "...", ... };` -> {field: text}. The literals use only
// escapes JSON shares with C++ (\n, \", \\, \uXXXX).
function readTable(file, name) {
  const source = fs.readFileSync(path.join(ROOT, 'web/src', file), 'utf8');
  const start = source.indexOf(`const Table ${name} = {`);
  assert.ok(start >= 0, `${name} in ${file}`);
  const body = source.slice(start, source.indexOf('\n};', start));
  const table = {};
  for (const [, field, literals] of body.matchAll(/\.(\w+)\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*)+),/g)) {
    table[field] = [...literals.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(([, text]) => JSON.parse(`"${text}"`)).join('');
  }
  return table;
}
const en = readTable('strings.cpp', 'kEn');
const zh = { 'zh-Hans': readTable('strings_zh.cpp', 'kZhHans'), 'zh-Hant': readTable('strings_zh.cpp', 'kZhHant') };

// A table's text as a whole-string pattern: "{0} of {1}" matches "7 of 22".
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (text) => new RegExp(`^${escape(text).replace(/\\\{\d\\\}/g, '(.+?)')}$`, 's');
const matcher = (table) => {
  const patterns = Object.values(table).filter((t) => t.trim()).map(pattern);
  return (name) => patterns.some((p) => p.test(name));
};

const quiz = loadContent('wechat.en.json');
// Every text of the quiz file: content, whatever the UI's language.
const content = new Set([quiz.title, quiz.intro, quiz.outro,
  ...quiz.categories.map((c) => c.title),
  ...quiz.questions.flatMap((q) => [q.prompt, q.help, ...q.options.flatMap((o) => [o.label, o.detail]),
    ...(q.sources ?? []).flatMap((x) => [x.title, x.url])]),
  ...quiz.bands.flatMap((b) => [b.title, b.summary]),
  ...quiz.recommendations.flatMap((r) => [r.title, r.body, ...(r.sources ?? []).flatMap((x) => [x.title, x.url])])]
  .filter(Boolean));

const instanceCall = (page, method, ...args) =>
  page.evaluate(([m, a]) => window.ExposureQuiz.instances[0][m](...a), [method, args]);
const settle = (page) => instanceCall(page, 'whenIdle');
const names = async (page) => (await instanceCall(page, 'items')).map((item) => `${item.role}:${item.name}`);
async function setLocale(page, tag) {
  await instanceCall(page, 'setLocale', tag);
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].framesRendered() > 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await settle(page);
}

// Checks one screen in `locale`: every button and heading is quiz content or the Chinese
// table's, no item's name is an English UI text, and `expected` Chinese texts are on screen.
async function checkScreen(page, locale, what, expected) {
  const isChinese = matcher(zh[locale]);
  // English texts with words in them ("{0}: {1}" alone would match any "a: b").
  const isEnglish = matcher(Object.fromEntries(Object.entries(en).filter(([field, text]) =>
    text !== zh[locale][field] && /[A-Za-z]/.test(text.replace(/\{\d\}/g, '')))));
  const shown = await instanceCall(page, 'items');
  assert.ok(shown.length > 0, `${what}: items`);
  for (const item of shown) {
    if (item.role === 'button' || item.role === 'heading') {
      assert.ok(content.has(item.name) || isChinese(item.name),
        `${what} (${locale}): ${item.role} "${item.name}" is neither quiz content nor the Chinese table's`);
    }
    if (!content.has(item.name)) {
      assert.ok(!isEnglish(item.name), `${what} (${locale}): ${item.role} "${item.name}" is an English UI text`);
    }
  }
  for (const text of expected) {
    const p = pattern(text);
    assert.ok(shown.some((item) => p.test(item.name)), `${what} (${locale}): "${text}" is on screen; items: ${shown.map((i) => i.name).join(' | ')}`);
  }
  return shown;
}

for (const locale of ['zh-Hans', 'zh-Hant']) {
  test(`setLocale('${locale}'): the intro, the questions and the results speak the ${locale} table; the quiz's text stays the file's`, async () => {
    const t = zh[locale];
    const page = await openPage(browser, server.url);
    await waitForQuiz(page);
    await settle(page);
    const english = await names(page);

    await setLocale(page, locale);
    const intro = await checkScreen(page, locale, 'the intro',
      [t.privacy_self_check, t.start, t.privacy_title, t.privacy_body, t.no_sign_up, t.private_by_design, t.topics, t.about_minutes_other]);
    assert.ok(intro.some((item) => item.role === 'heading' && item.name === quiz.title), 'the quiz title is the file\'s');
    assert.equal((await names(page)).length, english.length, 'the same items, in other words');

    await startQuiz(page);
    const heading = (await instanceCall(page, 'items')).find((item) => item.role === 'heading');
    const q = quiz.questions.find((x) => x.prompt === heading.name);
    assert.ok(q, `the prompt "${heading.name}" is the file's`);
    await checkScreen(page, locale, 'a question',
      [t.question_count, t.back, t.next, q.kind === 'multi' ? t.choose_all : t.choose_one]);
    const question = await instanceCall(page, 'items');
    const options = question.filter((item) => item.role === 'radio' || item.role === 'checkbox').map((item) => item.name);
    assert.deepEqual(options, q.options.map((o) => o.label), 'the options are the file\'s');
    const live = await page.evaluate(() => document.querySelector('[aria-live="polite"]').textContent);
    assert.match(live, pattern(t.question_announced), `the announcement "${live}" is the ${locale} table's`);
    assert.ok(live.endsWith(q.prompt), 'the announcement ends with the file\'s prompt');

    await completeQuiz(page, quiz, loadPersona('wechat-everyday-moderate').answers);
    await settle(page);
    await checkScreen(page, locale, 'the results',
      [t.your_result, t.score_name, t.by_topic, t.what_weighs_most, t.points_note, t.what_to_do_first, t.saves_points_other, t.show_all,
        t.keep_or_share, t.share_body, t.copy_link, t.change_answers, t.retake, t.print_plan, t.named_value]);
    const resultLive = await page.evaluate(() => document.querySelector('[aria-live="polite"]').textContent.trim());
    assert.match(resultLive, pattern(t.score_announced), `the announcement "${resultLive}" is the ${locale} table's`);

    // Back to English: not one character differs from an English page's.
    await setLocale(page, 'en');
    const results = await names(page);
    await setLocale(page, 'xx-Unknown');
    assert.deepEqual(await names(page), results, 'an unknown locale is English');
    assert.ok(results.includes(`heading:${en.what_weighs_most}`) && results.includes(`button:${en.retake}`));
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  });
}

test('setLocale: English, and any unknown tag, leave the English UI exactly as it was', async () => {
  const page = await openPage(browser, server.url);
  await waitForQuiz(page);
  await settle(page);
  const before = await names(page);
  for (const tag of ['zh-Hant', 'en', 'zh-Hans', 'fr', 'ZH-HANS-extra', '']) {
    await setLocale(page, tag);
    if (!tag.startsWith('zh')) assert.deepEqual(await names(page), before, `setLocale('${tag}')`);
  }
  await setLocale(page, 'en');
  assert.deepEqual(await names(page), before);
  await startQuiz(page);
  const question = await names(page);
  assert.ok(question.includes(`button:${en.back}`) && question.includes(`button:${en.next}`));
  assert.ok(question.some((n) => /^text:1 of \d+$/.test(n)), `"1 of N": ${question.join(' | ')}`);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test("setLocale('zh-Hans') after a damaged share link: the intro's notice is in the table's words", async () => {
  const t = zh['zh-Hans'];
  const page = await openPage(browser, `${server.url}#r=not-a-real-code`);
  await waitForQuiz(page);
  await settle(page);
  const english = await instanceCall(page, 'items');
  assert.ok(english.some((item) => item.name === en.link_failed_title), 'the English notice first');
  await setLocale(page, 'zh-Hans');
  const shown = await checkScreen(page, 'zh-Hans', 'the intro with a notice', [t.link_failed_title]);
  const notice = shown.find((item) => item.name.startsWith(t.link_damaged));
  assert.ok(notice, `the notice starts with "${t.link_damaged}"`);
  assert.ok(notice.name.startsWith(t.link_damaged + t.link_take_again + t.link_details.slice(0, t.link_details.indexOf('{0}'))),
    `then "${t.link_take_again}" and the details: ${notice.name}`);
  await setLocale(page, 'en');
  assert.deepEqual((await instanceCall(page, 'items')).map((item) => item.name), english.map((item) => item.name));
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
