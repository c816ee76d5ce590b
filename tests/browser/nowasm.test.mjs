// The quiz without WebAssembly (iPhone Lockdown Mode, Tor Browser at Safer): the loader imports
// exposure-quiz-core-nowasm.js, the same C++ compiled to JavaScript (-sWASM=0) without the
// canvas, the quiz is the HTML view even where WebGL works, and every WeChat persona gets the
// result `exposure score` gives, with the mouse, under the page's CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowserAndServer, openPage, waitForQuiz, items, ROOT } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli, startQuiz, completeQuiz, result } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

// openPage with `WebAssembly` deleted before any script runs (WebGL stays, as in a browser that
// only turns the JIT off), and the list of every URL the page requested from the start.
async function openWithoutWasm(url, contextOptions = {}) {
  const requested = [];
  const withoutWasm = {
    newContext: async (options) => {
      const context = await browser.newContext(options);
      await context.addInitScript(() => { delete window.WebAssembly; });
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
      return context;
    },
  };
  const page = await openPage(withoutWasm, url, contextOptions);
  page.requested = requested;
  return page;
}

const personas = fs.readdirSync(path.join(ROOT, 'tests/data/personas'))
  .filter((file) => /^wechat-.*\.json$/.test(file)).map((file) => file.replace(/\.json$/, '')).sort();

test('there are WeChat personas to run', () => {
  assert.ok(personas.length >= 4, `personas found: ${personas.join(', ')}`);
});

for (const name of personas) {
  test(`without WebAssembly, ${name} completes the quiz with the mouse on the JavaScript core and sees the CLI result`, async () => {
    const persona = loadPersona(name);
    const quiz = loadContent(persona['$quiz']);
    const page = await openWithoutWasm(server.url, { reducedMotion: 'reduce' });
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined', 'the init script removes WebAssembly');
    await waitForQuiz(page);
    assert.equal(await page.evaluate(() => window.ExposureQuiz.instances[0].htmlView), true, 'the HTML view, though WebGL works');
    await startQuiz(page, 'mouse');
    await completeQuiz(page, quiz, persona.answers, 'mouse');

    const shown = await result(page);
    const expected = scoreWithCli(persona['$quiz'], persona.answers);
    assert.equal(shown.score, expected.score, `${name}: the JavaScript core and \`exposure score\` agree to the digit`);
    assert.equal(shown.band, expected.band, `${name}: the band`);
    assert.deepEqual(shown.recommendations, expected.recommendations, `${name}: the recommendations`);
    assert.equal(shown.share, expected.share, `${name}: the share code is the one the CLI prints`);
    const onScreen = (await items(page)).map((item) => item.name);
    assert.ok(onScreen.includes(String(Math.round(expected.score))), `${name}: the gauge shows ${Math.round(expected.score)}`);

    assert.ok(page.requested.some((p) => p.endsWith('/exposure-quiz-core-nowasm.js')),
      `${name}: the page imported exposure-quiz-core-nowasm.js; requested: ${page.requested.join(' ')}`);
    assert.deepEqual(page.requested.filter((p) => p.endsWith('.wasm') || p.endsWith('/exposure-quiz-core.js') || p.endsWith('.ttf')), [],
      `${name}: no .wasm, not the wasm build's glue, no font`);
    assert.deepEqual(page.problems(), [], `${name}: no console errors, page errors or requests elsewhere (the CSP allows the JS core)`);
    await page.context().close();
  });
}
