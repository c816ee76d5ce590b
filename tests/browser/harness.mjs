// Shared set-up for the browser tests: a static server over dist/, Debian's Chromium driven by
// playwright-core, and a page that fails the test on console errors, uncaught exceptions and
// any request that leaves the page's origin (the privacy promise).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../build-scripts/static-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(here, 'artifacts');

// How long a test waits for a state before it fails: long enough for a loaded machine (the test
// files run side by side, and CI shares its cores with other work); waits end as soon as the
// state is there, so a passing run never waits this long.
export const WAIT_MS = 120000;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// `extraArgs`: a hardened browser, e.g. ['--js-flags=--jitless', '--disable-3d-apis'] (no
// WebAssembly, no WebGL: the closest Chromium gets to iPhone Lockdown Mode).
export async function launchBrowser(extraArgs = []) {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: run build-scripts/setup (it installs Debian's chromium)`);
  }
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
  // Every context waits up to WAIT_MS for what a test waits for (Playwright's default is 30 s).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(WAIT_MS);
    return context;
  };
  return browser;
}

export async function startServer(options = {}) {
  return startStaticServer({ root: DIST, port: 0, ...options });
}

// One server over dist/ and one browser for a whole test file: registers the before/after hooks
// and hands both to `onStart`, e.g. `useBrowserAndServer((s) => ({ browser, server } = s));`.
// `browserArgs`: see launchBrowser.
export function useBrowserAndServer(onStart, serverOptions = {}, browserArgs = []) {
  let started = {};
  before(async () => {
    started = { server: await startServer(serverOptions), browser: await launchBrowser(browserArgs) };
    onStart(started);
  });
  after(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
}

// Opens a page that records problems. Call `page.problems()` at the end of a test: it lists
// console errors, page errors and requests to other origins (expect it to be empty).
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) {
      problems.push(`request left the origin: ${target}`);
    }
  });
  page.problems = () => problems;
  page.allowProblem = (pattern) => {
    for (let i = problems.length - 1; i >= 0; i--) if (pattern.test(problems[i])) problems.splice(i, 1);
  };
  await page.goto(url);
  return page;
}

// Waits until the first quiz instance on the page has drawn and is ready, returns its index.
export async function waitForQuiz(page, index = 0) {
  await page.waitForFunction((i) => {
    const instance = window.ExposureQuiz?.instances?.[i];
    return instance && instance.framesRendered() > 0 && instance.items().length > 0;
  }, index);
}

// Waits for the frame that shows a change the test made, then for the transitions after it: until
// instance.drawn() (what the last frame was built for) has every field of `expected` (numbers
// within 0.01) and was laid out for the canvas's width as it is now, then whenIdle(). Reading the
// page right after causing a change races with the module: the browser may show the change (a
// new canvas size, a media query) before the frame for it has even been asked for, and
// whenIdle() knows only the frames already asked for.
export async function waitForDrawn(page, expected = {}, index = 0) {
  await page.waitForFunction(({ i, want }) => {
    const instance = window.ExposureQuiz.instances[i];
    const drawn = instance?.drawn();
    if (!drawn) return false;
    // The canvas lays out for its width; the HTML view lays out in the page (its width is 0).
    if (!drawn.htmlView && Math.abs(drawn.width - instance.canvas.getBoundingClientRect().width) > 0.1) return false;
    return Object.entries(want).every(([key, value]) =>
      typeof value === 'number' ? Math.abs(drawn[key] - value) < 0.01 : drawn[key] === value);
  }, { i: index, want: expected });
  await page.evaluate((i) => window.ExposureQuiz.instances[i].whenIdle(), index);
  return page.evaluate((i) => window.ExposureQuiz.instances[i].drawn(), index);
}

// The interactive items the quiz drew, in page coordinates (CSS px).
export async function items(page, index = 0) {
  return page.evaluate((i) => {
    const instance = window.ExposureQuiz.instances[i];
    const canvas = instance.canvas ?? document.querySelectorAll("canvas")[i];
    const box = canvas.getBoundingClientRect();
    return instance.items().map((item) => ({ ...item, pageX: box.left + item.x + item.w / 2,
      pageY: box.top + item.y + item.h / 2 }));
  }, index);
}

export async function findItem(page, role, name, index = 0) {
  const all = await items(page, index);
  const match = all.find((item) => item.role === role && (name instanceof RegExp ? name.test(item.name) : item.name === name));
  if (!match) {
    throw new Error(`no ${role} named ${name} on screen; items: ${all.map((i) => `${i.role}:${i.name}`).join(' | ')}`);
  }
  return match;
}

export function saveArtifact(name, data) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, name), data);
}
