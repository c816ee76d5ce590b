// On paper: "Print or save my plan" (or the browser's own Ctrl+P / Save as PDF) prints the
// results as real text on white, with every action, its saving and its sources, and the share
// link. A WebGL canvas prints black, so the page prints the HTML view instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { useBrowserAndServer, openPage, waitForQuiz, saveArtifact } from './harness.mjs';
import { loadContent, loadPersona, scoreWithCli } from './quiz-driver.mjs';

let browser, server;
useBrowserAndServer((started) => ({ browser, server } = started));

const wechat = loadContent('wechat.en.json');

function pdfText(pdf) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'print-')), 'plan.pdf');
  fs.writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (run.error) throw new Error(`pdftotext is missing (${run.error.message}): run build-scripts/setup (it installs poppler-utils)`);
  return run.stdout.replace(/\s+/g, ' ');
}

test('printing a result gives its score, band, topics and every action with its saving, as text', async () => {
  const persona = loadPersona('wechat-cn86-pay-business');
  const expected = scoreWithCli('wechat.en.json', persona.answers);
  const page = await openPage(browser, `${server.url}#r=${expected.share}`);
  await waitForQuiz(page);
  const button = await page.evaluate(() => window.ExposureQuiz.instances[0].items().find((i) => i.action === 'print'));
  assert.equal(button?.name, 'Print or save my plan', 'the results offer to print');

  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].printing === true);
  const pdf = await page.pdf({ format: 'A4' });
  saveArtifact('results-print.pdf', pdf);
  const text = pdfText(pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) || []).length;
  assert.ok(pages >= 2 && pages <= 12, `the plan fills a few pages, not ${pages}`);
  assert.ok(text.includes(expected.band_title), `the band "${expected.band_title}" is printed`);
  assert.ok(text.includes(String(Math.round(expected.score))), 'the score is printed');
  for (const category of wechat.categories) assert.ok(text.includes(category.title), `the topic "${category.title}" is printed`);
  const titles = expected.recommendations.map((r) => wechat.recommendations.find((x) => x.id === r.id).title);
  assert.ok(titles.length > 5, 'more actions than the screen shows at first');
  for (const title of titles) assert.ok(text.includes(title), `the action "${title}" is printed`);
  assert.ok(/Saves \d+ points?/.test(text), 'the savings are printed');
  assert.ok(text.includes(`#r=${expected.share}`), 'the share link is printed');
  assert.ok(/Facts checked [A-Z][a-z]+ \d{4}/.test(text), 'when the facts were checked is printed');
  assert.ok(!text.includes('Retake the quiz'), 'buttons are not printed');

  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => window.ExposureQuiz.instances[0].printing === false);
  assert.equal(await page.evaluate(() => getComputedStyle(window.ExposureQuiz.instances[0].canvas).visibility), 'visible', 'the canvas is back');
  assert.deepEqual(page.problems(), []);
  await page.context().close();
});
