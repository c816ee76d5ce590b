// The quiz in Chinese: the language is chosen by ?lang=, data-lang or the reader's browser
// languages; the whole UI speaks it (the module's and the page's words are content/locales/); the same answers give the same score, band, recommendations and share code in
// every language and in `exposure score` on that language's file; a share link and the answers
// cross languages; the switch changes language in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, useBrowserAndServer, openPage, waitForQuiz, waitForDrawn, items, saveArtifact } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli, startQuiz, completeQuiz, result } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

const LOCALES = ['zh-Hans', 'zh-Hant', 'zh-Hant-HK'];
// The screens' words of each language, as content/locales/LOCALE.json writes them; a regional
// variant's gaps are its parent's (zh-Hant-HK holds only what Hong Kong says differently).
const localeFile = (locale) => JSON.parse(fs.readFileSync(path.join(ROOT, 'content/locales', `${locale}.json`), 'utf8'));
const screensOf = (locale) => {
  const file = localeFile(locale);
  return { ...(file.fallback ? screensOf(file.fallback) : {}), ...(file.screens || {}) };
};
const words = Object.fromEntries(LOCALES.map((locale) => {
  const table = screensOf(locale);
  // One plural form: the "_one" words are the "_other" ones (web/src/strings.h).
  for (const key of Object.keys(screensOf('en'))) {
    if (key.endsWith('_one') && !(key in table)) table[key] = table[key.replace(/_one$/, '_other')];
  }
  return [locale, table];
}));
const en = screensOf('en');

// A table's text as a whole-string pattern: "第 {0} 题，共 {1} 题" matches "第 7 题，共 22 题".
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (text) => new RegExp(`^${escape(text).replace(/\\\{\d\\\}/g, '(.+?)')}$`, 's');
// English UI text: a table entry with words in it ("{0}: {1}" alone would match any "a: b").
const englishPatterns = Object.values(en).filter((t) => /[A-Za-z]{2}/.test(t.replace(/\{\d\}/g, ''))).map(pattern);
const isEnglishUi = (name) => englishPatterns.some((p) => p.test(name));

const instanceCall = (page, method, ...args) =>
  page.evaluate(([m, a]) => window.ExposureQuiz.instances[0][m](...a), [method, args]);
const settle = (page) => instanceCall(page, 'whenIdle');

// Latin letters are allowed only inside product names and addresses ("WeChat", "Signal",
// "https://..."): what is left once those are gone has no English word.
const PRODUCT_NAMES = /https?:\/\/\S+|\b(WeChat|Weixin|Signal|WhatsApp|Telegram|Tencent|Citizen Lab|Android|iOS|iPhone|Apple|Google|PIN|ID|QR|SMS|VPN|App|Pay|WeChat Pay|Face ID|Touch ID|Safety Number|GDPR|PIPL|PIPEDA|Lab|Toronto|Mini Programs?|Moments|Channels|Weixin Pay|Weixin ID|WeChat ID)\b/gi;
function assertChineseUi(shown, what) {
  for (const item of shown) {
    if (item.lang) continue; // a source's quote, in the source's own language (its lang says so)
    assert.ok(!isEnglishUi(item.name), `${what}: ${item.role} "${item.name}" is an English UI text`);
    if (['button', 'heading', 'radio', 'checkbox'].includes(item.role)) {
      const left = item.name.replace(PRODUCT_NAMES, '');
      assert.ok(!/[A-Za-z]{4,}/.test(left), `${what}: ${item.role} "${item.name}" has English words`);
    }
  }
}

const announcement = (page) => page.evaluate(() => document.querySelector('.exposure-quiz [aria-live="polite"]').textContent.trim());

for (const locale of LOCALES) {
  const file = `wechat.${locale}.json`;
  const quiz = loadContent(file);
  const t = words[locale];

  test(`?lang=${locale}: the whole quiz speaks ${locale}, and the result is the CLI's on ${file} and on the English file`, async () => {
    const persona = loadPersona('wechat-everyday-moderate');
    const page = await openPage(browser, `${server.url}?lang=${locale}`);
    await waitForQuiz(page);
    await settle(page);
    assert.equal(await page.evaluate(() => document.querySelector('.exposure-quiz').lang), locale, 'the quiz element carries lang');
    assert.equal(await page.evaluate(() => document.documentElement.lang), locale, 'so does the page');
    const intro = await items(page);
    assert.ok(intro.some((item) => item.role === 'heading' && item.name === quiz.title), `the title is ${file}'s`);
    assert.ok(intro.some((item) => item.name === t.start), `"${t.start}" starts the quiz`);
    assertChineseUi(intro, 'the intro');

    await startQuiz(page);
    const question = await items(page);
    assertChineseUi(question, 'the first question');
    assert.match(await announcement(page), pattern(t.question_announced), 'the announcement is in the table\'s words');
    assert.ok(question.some((item) => pattern(t.question_count).test(item.name)), `"${t.question_count}" counts the questions`);

    await completeQuiz(page, quiz, persona.answers);
    await settle(page);
    const shown = await result(page);
    const cli = scoreWithCli(file, persona.answers);
    const english = scoreWithCli('wechat.en.json', persona.answers);
    assert.equal(shown.score, cli.score, 'the page and `exposure score` agree to the digit');
    assert.equal(shown.band, cli.band);
    assert.deepEqual(shown.recommendations, cli.recommendations);
    assert.equal(shown.share, cli.share);
    assert.deepEqual([cli.score, cli.band, cli.share, cli.recommendations],
      [english.score, english.band, english.share, english.recommendations], 'the same result as the English quiz');
    const results = await items(page);
    assertChineseUi(results, 'the results');
    for (const text of [t.your_result, t.by_topic, t.what_weighs_most, t.what_to_do_first, t.keep_or_share, t.copy_link, t.retake]) {
      assert.ok(results.some((item) => pattern(text).test(item.name)), `"${text}" is on the results`);
    }
    assert.ok(results.some((item) => /^[^A-Za-z]+[于於]\d{4}年\d{1,2}月$/.test(item.name)), 'the facts-checked line is Chinese');
    assert.match(await announcement(page), pattern(t.score_announced));
    saveArtifact(`results-${locale}-1000.png`, await page.screenshot({ fullPage: true }));
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  });
}

// The other inputs, in Chinese: a phone by touch, and the keyboard alone. Reduced motion (every
// screen in place in its first frame): these check words and numbers, and the slides have their
// own tests (quiz.test.mjs takes the English quiz by touch and keyboard with them).
const STILL = { reducedMotion: 'reduce' };
for (const [locale, input, persona, contextOptions] of [
  ['zh-Hans', 'touch', 'wechat-cn86-pay-business', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3, ...STILL }],
  ['zh-Hant', 'keyboard', 'wechat-skips-personal', STILL],
]) {
  test(`${locale} by ${input}: ${persona} gets the CLI's result on wechat.${locale}.json`, async () => {
    const file = `wechat.${locale}.json`;
    const { answers } = loadPersona(persona);
    const page = await openPage(browser, `${server.url}?lang=${locale}`, contextOptions);
    await waitForQuiz(page);
    await startQuiz(page, input);
    await completeQuiz(page, loadContent(file), answers, input);
    const shown = await result(page);
    const cli = scoreWithCli(file, answers);
    assert.deepEqual([shown.score, shown.band, shown.share, shown.recommendations], [cli.score, cli.band, cli.share, cli.recommendations]);
    if (cli.skipped) {
      assert.ok((await items(page)).some((item) => item.name === words[locale].skipped_other.replace('{0}', cli.skipped)),
        'the skipped note, in the table\'s words');
    }
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  });
}

test("a reader whose browser says zh-TW gets Taiwan Chinese; zh-HK and zh-MO Hong Kong Chinese; zh-CN Simplified; fr English", async () => {
  for (const [browserLocale, expected] of [['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant-HK'], ['zh-MO', 'zh-Hant-HK'], ['zh-CN', 'zh-Hans'], ['fr-FR', 'en']]) {
    const page = await openPage(browser, server.url, { locale: browserLocale });
    await waitForQuiz(page);
    assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].lang), expected, `navigator.languages ${browserLocale}`);
    const title = (await items(page)).find((item) => item.role === 'heading').name;
    assert.equal(title, loadContent(`wechat.${expected}.json`).title, `${browserLocale}: the quiz is wechat.${expected}.json`);
    assert.deepEqual(page.problems(), []);
    await page.context().close();
  }
});

test('an English result link opens in Chinese with the same score, band and share code', async () => {
  const persona = loadPersona('wechat-cn86-pay-business');
  const english = scoreWithCli('wechat.en.json', persona.answers);
  const page = await openPage(browser, `${server.url}?lang=zh-Hans#r=${english.share}`);
  await waitForQuiz(page);
  await settle(page);
  assert.equal(await instanceCall(page, 'screen'), 'results');
  const shown = await result(page);
  assert.equal(shown.score, english.score);
  assert.equal(shown.band, english.band);
  assert.equal(shown.share, english.share);
  const band = loadContent('wechat.zh-Hans.json').bands.find((b) => b.id === english.band);
  assert.ok((await items(page)).some((item) => item.name === band.title), `the band is named "${band.title}"`);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('the language switch changes the results to Traditional Chinese in place and keeps every answer', async () => {
  const persona = loadPersona('wechat-intl-careful');
  const page = await openPage(browser, `${server.url}?lang=en`);
  await waitForQuiz(page);
  const switchVisible = () => page.evaluate(() => getComputedStyle(document.querySelector('.exposure-quiz .eq-languages [data-eq-lang="zh-Hant"]')).visibility);
  assert.equal(await switchVisible(), 'visible', 'the switch shows on the intro');
  await startQuiz(page);
  assert.equal(await switchVisible(), 'hidden', 'not during the questions');
  await completeQuiz(page, loadContent('wechat.en.json'), persona.answers);
  await settle(page);
  const before = await result(page);
  await page.click('.exposure-quiz .eq-languages [data-eq-lang="zh-Hant"]');
  await waitForDrawn(page, { lang: 'zh-Hant', quizLang: 'zh-Hant' });
  assert.equal(await instanceCall(page, 'screen'), 'results', 'still on the results');
  const after = await result(page);
  assert.deepEqual([after.score, after.band, after.share, after.recommendations], [before.score, before.band, before.share, before.recommendations]);
  const shown = await items(page);
  assertChineseUi(shown, 'the results after the switch');
  assert.ok(shown.some((item) => item.name === words['zh-Hant'].retake), 'the buttons are Traditional Chinese');
  assert.ok(shown.some((item) => item.name === loadContent('wechat.zh-Hant.json').bands.find((b) => b.id === after.band).title));
  assert.equal(await page.evaluate(() => document.querySelector('.exposure-quiz').lang), 'zh-Hant');
  assert.match(page.url(), /[?&]lang=zh-Hant/, 'the address keeps the language for a reload');
  assert.equal(await page.evaluate(() => document.querySelector('.exposure-quiz .eq-languages [data-eq-lang="zh-Hant"]').getAttribute('aria-current')), 'true');
  const missing = () => page.evaluate(() => window.ExposureQuiz.instances[0].atlas().missing);
  assert.equal(await missing(), 0, 'every Traditional character has its glyph');

  // Traditional to Simplified: the atlas holds the new language's glyphs, from the new font.
  await page.click('.exposure-quiz .eq-languages [data-eq-lang="zh-Hans"]');
  await waitForDrawn(page, { lang: 'zh-Hans', quizLang: 'zh-Hans' });
  assert.deepEqual((await result(page)).share, before.share);
  assert.ok((await items(page)).some((item) => item.name === words['zh-Hans'].retake), 'the buttons are Simplified Chinese');
  assert.equal(await missing(), 0, 'every Simplified character has its glyph');

  await page.click('.exposure-quiz .eq-languages [data-eq-lang="en"]');
  await waitForDrawn(page, { lang: 'en', quizLang: 'en' });
  assert.deepEqual((await result(page)).share, before.share);
  assert.ok((await items(page)).some((item) => item.name === en.retake), 'back in English');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a damaged result link is explained in Chinese', async () => {
  const page = await openPage(browser, `${server.url}?lang=zh-Hant#r=not-a-real-code`);
  await waitForQuiz(page);
  await settle(page);
  const shown = await items(page);
  const t = words['zh-Hant'];
  assert.ok(shown.some((item) => item.name === t.link_failed_title), `"${t.link_failed_title}"`);
  assert.ok(shown.some((item) => item.name.startsWith(t.link_damaged + t.link_take_again)), 'the notice and what to do, in Chinese');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a quiz file that fails to download says so in the reader\'s language', async () => {
  const page = await openPage(browser, `${server.url}?lang=zh-Hans&quiz=missing.zh-Hans.json`);
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'error');
  const alert = await page.evaluate(() => document.querySelector('.exposure-quiz [role="alert"]').textContent);
  assert.match(alert, /^无法下载测验文件（.*missing\.zh-Hans\.json）：服务器返回 ?404/);
  page.allowProblem(/404|Failed to load resource/);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('every locale table names exactly the fields of the English table', () => {
  for (const locale of LOCALES) {
    assert.deepEqual(Object.keys(words[locale]).sort(), Object.keys(en).sort(), `content/locales/${locale}.json`);
    for (const [field, text] of Object.entries(words[locale])) {
      const holes = (s) => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(holes(text), holes(en[field]), `${locale} ${field}: the same {N} holes as English`);
    }
  }
});

test('an English reader downloads no Chinese words, and no request leaves the origin', async () => {
  // One font file has Chinese glyphs: those of the Chinese law texts quoted as sources (en.json's
  // canvas font), no more.
  const page = await openPage(browser, `${server.url}?lang=en`);
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.reload();
  await waitForQuiz(page);
  assert.ok(!fetched.some((url) => /strings\.zh|zh-Han[st]|cjk-(sc|tc)\.ttf/i.test(url)), `fetched: ${fetched.join(', ')}`);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});

test('a language that fails to download leaves the quiz as it was and says so beside the switch', async () => {
  const page = await openPage(browser, `${server.url}?lang=en`);
  await waitForQuiz(page);
  await page.route('**/wechat.zh-Hans.json', (route) => route.abort());
  const before = await items(page);
  await page.click('.exposure-quiz .eq-languages [data-eq-lang="zh-Hans"]');
  await page.waitForFunction(() => document.querySelector('.exposure-quiz .eq-languages [role="status"]').textContent !== '');
  const note = await page.evaluate(() => document.querySelector('.exposure-quiz .eq-languages [role="status"]').textContent);
  assert.equal(note, '简体中文 could not be loaded. Check your connection and try again.');
  assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].lang), 'en');
  assert.deepEqual((await items(page)).map((item) => item.name), before.map((item) => item.name), 'the quiz is as it was');
  page.allowProblem(/wechat\.zh-Hans\.json|Failed to load resource/);
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
