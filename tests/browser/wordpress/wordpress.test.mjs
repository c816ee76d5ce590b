// The quiz in a real WordPress (Debian's 6.1, Twenty Twenty-Three), as bloggers put it there and
// readers take it. build-scripts/wordpress-test installs the site and the plugin and runs this
// file with the addresses in the environment; it is not one of the browser stage's files.
//
// Three posts, made through the REST API as the block editor saves them:
//   - the shortcode, in Simplified Chinese, dark, with an accent;
//   - the block, in English;
//   - the quiz's Traditional Chinese page pasted on its own line: WordPress finds the page's
//     oEmbed link and embeds QUIZ-frame.zh-Hant.html in its sandboxed iframe.
// In each, a reader completes the quiz with the mouse and gets the CLI's score, axe finds no
// serious violation, and the shortcode and block posts request nothing from any other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import axe from 'axe-core';
import { launchBrowser, saveArtifact } from '../harness.mjs';
import { loadContent, loadPersona, scoreWithCli, startQuiz, completeQuiz, findAction, operate, result } from '../quiz-driver.mjs';

const BLOG = process.env.EXPOSURE_WP_BLOG;
const QUIZ_SITE = process.env.EXPOSURE_WP_QUIZ_SITE;
if (!BLOG || !QUIZ_SITE) throw new Error('run this file through build-scripts/wordpress-test: it starts the WordPress site');
const blogOrigin = new URL(BLOG).origin;
const quizOrigin = new URL(QUIZ_SITE).origin;
const persona = loadPersona('wechat-everyday-moderate');

let browser;
const posts = {};
before(async () => {
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); });

// [SECTION] Authoring: logged in, the REST API with the editor's nonce

async function loggedIn() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BLOG}/wp-login.php`);
  await page.fill('#user_login', process.env.EXPOSURE_WP_USER);
  await page.fill('#user_pass', process.env.EXPOSURE_WP_PASSWORD);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  // The nonce the block editor sends with every REST request (wpApiSettings.nonce).
  const nonce = await page.evaluate(() => fetch('/wp-admin/admin-ajax.php?action=rest-nonce').then((r) => r.text()));
  assert.match(nonce, /^[0-9a-f]{10}$/, 'WordPress gives a REST nonce to the logged-in author');
  return { context, page, nonce };
}

async function savePost(author, post) {
  const answer = await author.page.evaluate(async ({ nonce, body }) => {
    const response = await fetch('/?rest_route=/wp/v2/posts', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce }, body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  }, { nonce: author.nonce, body: post });
  assert.equal(answer.status, 201, `the REST API saves "${post.title}": ${JSON.stringify(answer.json).slice(0, 300)}`);
  return answer.json;
}

test('an author saves the three posts through the REST API, and the editor says what is wrong with a bad block', async () => {
  const author = await loggedIn();
  posts.shortcode = await savePost(author, {
    title: 'Shortcode', status: 'publish',
    content: '<!-- wp:shortcode -->\n[exposure_quiz quiz="wechat" lang="zh-Hans" theme="dark" accent="#07c160"]\n<!-- /wp:shortcode -->',
  });
  posts.block = await savePost(author, {
    title: 'Block', status: 'publish',
    content: '<!-- wp:exposure-quiz/quiz {"quiz":"wechat","lang":"en","theme":"light"} /-->',
  });
  posts.oembed = await savePost(author, { title: 'Pasted link', status: 'publish', content: `${QUIZ_SITE}index.zh-Hant.html` });
  // The server renders the block as the shortcode: the element embed.js mounts.
  assert.match(posts.block.content.rendered, /<div class="exposure-quiz-embed" data-exposure-quiz data-quiz="wechat" data-lang="en" data-theme="light">/);

  // A block with an unknown quiz and one with a language the quiz lacks: the editor says so.
  const bad = await savePost(author, {
    title: 'Bad options', status: 'draft',
    content: '<!-- wp:exposure-quiz/quiz {"quiz":"nope"} /-->\n\n<!-- wp:exposure-quiz/quiz {"quiz":"wechat","lang":"fr"} /-->',
  });
  const editor = author.page;
  await editor.goto(`${BLOG}/wp-admin/post.php?post=${bad.id}&action=edit`);
  const canvas = editor.frameLocator('iframe[name="editor-canvas"]');
  const inEditor = async (text) => {
    // Twenty Twenty-Three's editor draws the post in an iframe; older layouts in the page.
    const framed = await editor.locator('iframe[name="editor-canvas"]').count();
    return (framed ? canvas : editor).getByText(text, { exact: false }).first().waitFor();
  };
  await inEditor('There is no quiz "nope". Use one of: wechat, messaging.');
  await inEditor('The quiz "wechat" has no language "fr". Use one of: en, zh-Hans, zh-Hant, zh-Hant-HK');
  saveArtifact('wordpress-editor-bad-options.png', await editor.screenshot());
  // A reader of that post sees nothing of it, not a broken quiz; its author sees the message.
  const preview = await author.context.newPage();
  await preview.goto(`${BLOG}/?p=${bad.id}&preview=true`);
  assert.equal(await preview.locator('.exposure-quiz-problem').count(), 2, 'the author sees both problems in the preview');
  await author.context.close();
});

// [SECTION] Reading

// A reader (no cookies) opens a post; every request is recorded.
async function openPost(link, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  await page.goto(link);
  return { context, page, requests, problems };
}

// The origins a page's requests went to, other than its own (data: and blob: are no requests).
const offOrigin = (requests, origin) => requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u));

async function axeSerious(target) {
  await target.addScriptTag({ content: axe.source });
  const found = await target.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
  return found;
}

for (const [name, file] of [['shortcode', 'wechat.zh-Hans.json'], ['block', 'wechat.en.json']]) {
  test(`the ${name} post: a reader completes the quiz with the CLI's score, axe passes, nothing leaves the blog`, async () => {
    const { context, page, requests, problems } = await openPost(posts[name].link);
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.framesRendered() > 0);
    assert.ok(await page.evaluate(() => !!document.querySelector('.exposure-quiz-embed').shadowRoot),
      'the quiz is in a shadow root: the theme cannot restyle it');
    saveArtifact(`wordpress-${name}-1280.png`, await page.screenshot({ fullPage: true }));
    assert.deepEqual(await axeSerious(page), [], `axe on the ${name} post's intro`);

    await startQuiz(page);
    await completeQuiz(page, loadContent(file), persona.answers);
    const shown = await result(page);
    assert.equal(shown.score, scoreWithCli(file, persona.answers).score, 'the post and `exposure score` agree to the digit');
    assert.deepEqual(await axeSerious(page), [], `axe on the ${name} post's results`);
    assert.deepEqual(offOrigin(requests, blogOrigin), [], 'every request goes to the blog itself');
    assert.ok(requests.some((u) => u.includes('/wp-content/plugins/exposure-quiz/quiz/exposure-quiz-core.wasm')),
      'the quiz is served from the plugin');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The quiz in WordPress's oEmbed iframe: the driver's page, seen through the iframe (the items
// are the frame's; a click lands on the page at the iframe's place).
function throughFrame(page, frame, iframe) {
  return {
    evaluate: (fn, arg) => frame.evaluate(fn, arg),
    waitForFunction: (fn, arg) => frame.waitForFunction(fn, arg),
    keyboard: page.keyboard,
    mouse: {
      click: async (x, y) => {
        let box = await iframe.boundingBox();
        const viewport = page.viewportSize();
        if (box.y + y < 0 || box.y + y > viewport.height) {
          await page.evaluate((dy) => window.scrollBy(0, dy), box.y + y - viewport.height / 2);
          box = await iframe.boundingBox();
        }
        return page.mouse.click(box.x + x, box.y + y);
      },
    },
  };
}

test('the pasted link: WordPress embeds the frame, which grows to its content, runs the quiz in the sandbox, and prints through the quiz\'s page', async () => {
  const { context, page, requests, problems } = await openPost(posts.oembed.link);
  const iframe = page.locator('iframe.wp-embedded-content');
  await iframe.waitFor({ state: 'attached' });
  const attributes = await iframe.evaluate((f) => ({ sandbox: f.getAttribute('sandbox'), src: f.src, title: f.title }));
  assert.equal(attributes.sandbox, 'allow-scripts', 'WordPress sandboxes the frame: its origin is null');
  assert.match(attributes.src, /wechat-frame\.zh-Hant\.html#\?secret=[A-Za-z0-9]+$/);
  assert.equal(attributes.title, loadContent('wechat.zh-Hant.json').title);
  const frame = page.frame({ url: /wechat-frame\.zh-Hant\.html/ });
  await frame.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.framesRendered() > 0);

  // WordPress shows the frame (the first height message removes its clip) at its content's height.
  const grows = async () => {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const expected = Math.min(1000, Math.max(200, content));
    await page.waitForFunction(({ h }) => {
      const f = document.querySelector('iframe.wp-embedded-content');
      return !f.hasAttribute('style') && Number(f.getAttribute('height')) === h;
    }, { h: expected });
    return expected;
  };
  const introHeight = await grows();
  assert.equal(await page.locator('blockquote.wp-embedded-content').isHidden(), true, 'the text block gives way to the frame');
  saveArtifact('wordpress-oembed-1280.png', await page.screenshot({ fullPage: true }));
  assert.deepEqual(await axeSerious(frame), [], 'axe inside the frame');

  const driver = throughFrame(page, frame, iframe);
  await startQuiz(driver);
  const questionHeight = await grows();
  assert.notEqual(questionHeight, introHeight, 'the frame follows its content from the intro to a question');
  const file = 'wechat.zh-Hant.json';
  await completeQuiz(driver, loadContent(file), persona.answers);
  const shown = await result(driver);
  const expected = scoreWithCli(file, persona.answers);
  assert.equal(shown.score, expected.score, 'the frame and `exposure score` agree to the digit');
  await grows();
  assert.deepEqual(await axeSerious(frame), [], 'axe on the results inside the frame');

  // The frame fetched nothing: everything it needs is inside it, so no CORS header is needed.
  const fromQuizSite = requests.filter((u) => u.startsWith(quizOrigin));
  assert.deepEqual(fromQuizSite.map((u) => new URL(u).pathname), ['/wechat-frame.zh-Hant.html'],
    'the quiz\'s site served the frame and nothing else');
  assert.deepEqual(offOrigin(requests, blogOrigin).filter((u) => !u.startsWith(quizOrigin)), [], 'no third host');
  assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), []);

  // "Print or save my plan" cannot print in the sandbox: WordPress's link message takes the
  // reader to the quiz's own page with their result, where printing works.
  await operate(driver, await findAction(driver, 'print'), 'mouse');
  await page.waitForURL((url) => url.href.startsWith(`${QUIZ_SITE}index.zh-Hant.html#r=`));
  assert.equal(new URL(page.url()).hash, `#r=${expected.share}`, 'the result link of the reader\'s answers');
  await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'results');
  assert.equal((await page.evaluate(() => window.ExposureQuiz.instances[0].result())).score, expected.score);
  await context.close();
});

test('at 390 px the posts still show the quiz in the default theme (screenshots)', async () => {
  for (const name of ['shortcode', 'block', 'oembed']) {
    const { context, page } = await openPost(posts[name].link, { width: 390, height: 844 });
    if (name === 'oembed') {
      await page.waitForFunction(() => {
        const f = document.querySelector('iframe.wp-embedded-content');
        return f && !f.hasAttribute('style');
      });
      const frame = page.frame({ url: /wechat-frame/ });
      await frame.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.framesRendered() > 0);
      await frame.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
    } else {
      await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.framesRendered() > 0);
      await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the ${name} post does not scroll sideways at 390 px (${width} px)`);
    saveArtifact(`wordpress-${name}-390.png`, await page.screenshot({ fullPage: true }));
    await context.close();
  }
});
