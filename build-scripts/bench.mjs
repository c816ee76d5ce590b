// The measurements behind build-scripts/bench. Not a test: it prints numbers and targets.
//
//   node bench.mjs --site DIR [--runs N] [--trace FILE]
//
// DIR holds quiz/ (dist/) and surveyjs/ (the peer page build-scripts/bench builds from the same
// quiz file with build-scripts/peer/to-surveyjs.mjs), and baseline/ when the bench was given an
// earlier build to compare with; one static server serves them all, so all pay the same server
// and the same loopback. Loads alternate (quiz, SurveyJS, quiz, ...), each
// in a fresh browser context (empty cache), and every figure is a median over the runs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';
import { launchBrowser } from '../tests/browser/harness.mjs';
import { loadContent, loadPersona, startQuiz, completeQuiz, operate, findAction } from '../tests/browser/quiz-driver.mjs';

const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(arg('--runs')) || 7;
const site = arg('--site');
const traceFile = arg('--trace');
const hasBaseline = fs.existsSync(`${site}/baseline/index.html`);
if (!site || !fs.existsSync(`${site}/quiz/index.html`) || !fs.existsSync(`${site}/surveyjs/index.html`)) {
  console.error('error: --site DIR must hold quiz/ (dist/) and surveyjs/: run build-scripts/bench, which builds both');
  process.exit(2);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const IDLE_MS = 3000;

// Runs before any page script, on every page. `drawn` is the end of the main-thread frame that
// first shows what the script drew: a message posted from inside a frame's rendering update is
// delivered after that update (style, layout, paint) is done.
// - The quiz's module draws its first frame inside a requestAnimationFrame callback and emits
//   `ready` (a microtask) right after, in the same rendering update: the message is posted there.
// - SurveyJS puts its first page into the DOM from a task; the next rendering update lays it
//   out and paints it: the message is posted from a requestAnimationFrame callback of that update.
// `interactive` is when each can take a click: `ready` for the quiz, the first page's DOM for
// SurveyJS (its handlers are attached as it renders). `fcp`: the first paint of any text, which
// on a page sent with its first screen in the HTML (index.html) is that screen, styled.
const TIMING_SCRIPT = () => {
  const bench = (window.__bench = {});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const endOfThisFrame = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { bench.drawn ??= performance.now(); };
    channel.port2.postMessage(null);
  };
  document.addEventListener('exposurequiz:ready', () => {
    bench.interactive ??= performance.now();
    endOfThisFrame();
  }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.sd-question')) return;
    observer.disconnect();
    bench.interactive ??= performance.now();
    requestAnimationFrame(endOfThisFrame);
  });
  observer.observe(document, { childList: true, subtree: true });
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (body) => zlib.gzipSync(body, { level: 9 }).length;

// One load: navigation to the first screen and to interactive. The first screen is the page's
// own HTML where the page was sent with it (index.html: painted at the first contentful paint),
// else the first frame the script draws. With `bytes`, the files the first screen needed (raw
// and gzip -9: the document and what blocked its rendering, or everything fetched before the
// script drew it) and the files fetched before the quiz was interactive; with `idle`, the cost
// of the next 3 s of idling.
async function loadOnce(browser, url, { bytes = false, idle = false, keep = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(TIMING_SCRIPT);
  const bodies = new Map();
  if (bytes) {
    page.on('response', async (response) => {
      const body = await response.body().catch(() => null);
      if (body) bodies.set(response.url(), body);
    });
  }
  const sent = await (await page.goto(url)).text();
  await page.waitForFunction(() => window.__bench.drawn && window.__bench.interactive && window.__bench.fcp !== undefined, null, { timeout: 30000 });
  const timing = await page.evaluate(() => window.__bench);
  const htmlFirst = sent.includes('data-eq-first');
  timing.firstScreen = htmlFirst ? timing.fcp : timing.drawn;
  const result = { timing };
  if (bytes) {
    // Resource Timing names what had arrived, and what blocked rendering; the document is always in.
    const entries = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => ({ name: e.name, end: e.responseEnd, blocking: e.renderBlockingStatus === 'blocking' })));
    await page.waitForLoadState('networkidle');
    const sizes = (urls) => [url, ...urls].filter((u) => bodies.has(u)).map((u) => ({ url: u, raw: bodies.get(u).length, gzip: gzipSize(bodies.get(u)) }));
    result.firstScreenTransfers = sizes(entries.filter((e) => (htmlFirst ? e.blocking : e.end <= timing.firstScreen)).map((e) => e.name));
    result.transfers = sizes(entries.filter((e) => e.end <= timing.interactive).map((e) => e.name));
    result.fetched = [...bodies.keys()];
  }
  if (idle) Object.assign(result, await idleCost(page));
  if (keep) result.page = page;
  else await context.close();
  return result;
}

// Main-thread busy time (CDP's TaskDuration) and frames over 3 s of idling, after 1 s for
// start-up work to settle; then the JS heap after a garbage collection.
async function idleCost(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(1000);
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const frames = () => page.evaluate(() => window.ExposureQuiz?.instances?.[0]?.framesRendered() ?? null);
  // The frame counts are read outside the window: an evaluate() is a task on the main thread.
  const framesBefore = await frames();
  const before = await metric();
  await page.waitForTimeout(IDLE_MS);
  const after = await metric();
  const framesAfter = await frames();
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await metric()).JSHeapUsedSize;
  return {
    busyMs: (after.TaskDuration - before.TaskDuration) * 1000,
    frames: framesBefore === null ? null : framesAfter - framesBefore,
    layouts: after.LayoutCount - before.LayoutCount,
    heap,
  };
}

// Takes the whole quiz with the mouse as a realistic reader, then reads the size of the wasm
// memory.
async function finishQuizAndMeasureHeap(page) {
  const persona = loadPersona('wechat-cn86-pay-business');
  await startQuiz(page);
  await completeQuiz(page, loadContent(persona['$quiz']), persona.answers);
  return page.evaluate(() => {
    const instance = window.ExposureQuiz.instances[0];
    return { screen: instance.screen(), heap: instance.memoryBytes() || null };
  });
}

// The fallback path (no WebAssembly, no WebGL: the JavaScript core and the HTML view): how long
// from a click on Next until the next question is on screen, in ms, for `count` questions.
async function nextQuestionTimes(page, count) {
  await page.evaluate(() => window.ExposureQuiz.instances[0].whenIdle());
  await page.evaluate(() => document.querySelector(`[data-eq-id="${window.ExposureQuiz.instances[0].items().find((i) => i.action === 'start').id}"]`).click());
  const times = [];
  for (let i = 0; i < count; i++) {
    times.push(await page.evaluate(async () => {
      const instance = window.ExposureQuiz.instances[0];
      await new Promise((resolve) => (instance.screen() === 'question' ? resolve() : instance.element.addEventListener('exposurequiz:screen', resolve, { once: true })));
      await instance.whenIdle();
      const layer = instance.viewLayer;
      layer.querySelector('input').click(); // an answer, so Next is enabled
      await instance.whenIdle();
      const next = instance.items().find((item) => item.action === 'next');
      const shown = new Promise((resolve) => instance.element.addEventListener('exposurequiz:screen', () => resolve(performance.now()), { once: true }));
      const start = performance.now();
      layer.querySelector(`[data-eq-id="${next.id}"]`).click();
      return (await shown) - start;
    }));
  }
  return times;
}

// The fallback path of a hardened browser (Lockdown Mode, Tor Browser's safest level: no JIT, no
// WebGL): this build's loads alternate with the baseline's when there is one.
async function fallbackFigures(url, baseUrl) {
  const hardened = await launchBrowser(['--js-flags=--jitless', '--disable-3d-apis']);
  try {
    const first = await loadOnce(hardened, url, { bytes: true, keep: true });
    const next = await nextQuestionTimes(first.page, 7);
    await first.page.context().close();
    const timings = [first.timing], base = [];
    while (timings.length < runs) {
      timings.push((await loadOnce(hardened, url)).timing);
      if (baseUrl) base.push((await loadOnce(hardened, baseUrl)).timing);
    }
    if (baseUrl) base.push((await loadOnce(hardened, baseUrl)).timing);
    const fonts = first.fetched.filter((u) => new URL(u).pathname.endsWith('.ttf')).length;
    return { transfers: first.transfers, timings, next, fonts, base };
  } finally {
    await hardened.close();
  }
}

// --trace: where the time of one quiz load goes. Wraps (in the page, before its scripts run) the
// WebAssembly calls, the module's exports and requestAnimationFrame callbacks to time each step,
// and records a Chrome trace of the same load for a closer look in DevTools (Performance panel).
const BREAKDOWN_SCRIPT = () => {
  const steps = (window.__steps = []);
  const timed = (name, fn) => function (...args) {
    const start = performance.now();
    const result = fn.apply(this, args);
    if (result && typeof result.then === 'function') {
      return result.then((value) => { steps.push({ name, start, end: performance.now() }); return value; });
    }
    steps.push({ name, start, end: performance.now() });
    return result;
  };
  for (const name of ['compileStreaming', 'compile']) {
    if (WebAssembly[name]) WebAssembly[name] = timed(`WebAssembly.${name}`, WebAssembly[name]);
  }
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = timed('WebAssembly.instantiate', async (module, imports) => {
    const instance = await instantiate(module, imports);
    const exports = {};
    for (const [name, value] of Object.entries(instance.exports)) {
      exports[name] = typeof value === 'function' ? timed(`export ${name}`, value) : value;
    }
    return { exports };
  });
  // The module draws in requestAnimationFrame callbacks; the page's own short ones are left out.
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = (callback) => raf.call(window, (t) => {
    const start = performance.now();
    callback(t);
    if (performance.now() - start >= 1) steps.push({ name: 'requestAnimationFrame callback (a frame)', start, end: performance.now() });
  });
};

async function breakdown(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(TIMING_SCRIPT);
  await page.addInitScript(BREAKDOWN_SCRIPT);
  await browser.startTracing(page, { path: traceFile, categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading', 'gpu', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.drawn, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  await browser.stopTracing();
  const data = await page.evaluate(() => ({
    bench: window.__bench,
    steps: window.__steps,
    resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, responseStart: e.responseStart, end: e.responseEnd })),
    nav: performance.getEntriesByType('navigation').map((e) => ({ responseEnd: e.responseEnd, domInteractive: e.domInteractive }))[0],
  }));
  await context.close();
  // -Oz minifies the export names: the glue says which is which (Module["_eq_x"] = ...asm["Qa"]).
  const glue = fs.readFileSync(`${site}/quiz/exposure-quiz-core.js`, 'utf8');
  const exportNames = Object.fromEntries([...glue.matchAll(/Module\["(_\w+)"\]=function\(\)\{return\(\w+=Module\["\w+"\]=Module\["asm"\]\["(\w+)"\]\)/g)]
    .map((m) => [`export ${m[2]}`, m[1]]));
  const rows = [['document', 0, data.nav.responseEnd]];
  for (const r of data.resources) rows.push([`fetch ${new URL(r.name).pathname.split('/').pop()}`, r.start, r.end]);
  for (const s of data.steps) if (s.end - s.start >= 0.5 || !s.name.startsWith('export')) rows.push([exportNames[s.name] ?? s.name, s.start, s.end]);
  rows.push(['first text painted (the HTML first screen)', data.bench.fcp, data.bench.fcp]);
  rows.push(['first frame drawn by the module (end of frame)', data.bench.drawn, data.bench.drawn]);
  rows.sort((a, b) => a[1] - b[1]);
  const lastByte = Math.max(...data.resources.filter((r) => r.end <= data.bench.drawn).map((r) => r.end));
  console.log(`\nOne quiz load, ms since navigation (Chrome trace in ${traceFile}):`);
  console.log('| step | start | end | took |\n|---|---|---|---|');
  for (const [name, start, end] of rows) console.log(`| ${name} | ${start.toFixed(1)} | ${end.toFixed(1)} | ${(end - start).toFixed(1)} |`);
  console.log(`last byte before the module's first frame at ${lastByte.toFixed(1)} ms; that frame ${(data.bench.drawn - lastByte).toFixed(1)} ms later`);
  // The renderer's main thread in the trace: its longer events, to see what fills the gaps.
  const trace = JSON.parse(fs.readFileSync(traceFile, 'utf8')).traceEvents;
  const main = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    trace.some((n) => n.name === 'ResourceSendRequest' && n.pid === e.pid));
  const origin = trace.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? 0;
  console.log('\nMain-thread trace events of 2 ms or more (ms since navigation):');
  for (const e of trace) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.dur < 2000) continue;
    const detail = e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '';
    console.log(`  ${((e.ts - origin) / 1000).toFixed(1).padStart(7)} +${(e.dur / 1000).toFixed(1).padStart(6)}  ${e.name}${detail}`);
  }
}

// [SECTION] A phone on a slow, long-distance connection
// 390x844 at devicePixelRatio 3, 150 ms round trip, 1.6 Mbit/s down, the CPU slowed 4x (DevTools'
// throttling), files gzip-compressed as a CDN serves them. On both pages: when the first text
// is painted (First Contentful Paint) and the Largest Contentful Paint's element, the layout
// shift over the load (CLS, as Lighthouse counts it: shifts without recent input); on the quiz,
// Start pressed as soon as it shows, and when the first question is on screen; on SurveyJS,
// when its first question is rendered.
const PHONE_SCRIPT = () => {
  const phone = (window.__phone = { cls: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') phone.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    phone.lcp = last.startTime;
    phone.lcpElement = last.element ? `${last.element.tagName.toLowerCase()}${last.element.className ? `.${String(last.element.className).split(' ')[0]}` : ''}` : '';
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) phone.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

// `kind`: 'quiz' (Start is the HTML first screen's), 'baseline' (an earlier build: Start is
// pressed where the module's first frame drew it) or 'peer'.
async function phoneLoad(url, kind) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(PHONE_SCRIPT);
  await page.addInitScript(TIMING_SCRIPT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  const result = {};
  if (kind === 'quiz') {
    const start = page.locator('.exposure-quiz .eq-start:visible').first();
    await start.waitFor({ timeout: 60000 });
    result.startShown = await page.evaluate(() => performance.now());
    await start.click();
  } else if (kind === 'baseline') {
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.items?.().some((i) => i.action === 'start'), null, { timeout: 60000, polling: 16 });
    result.startShown = await page.evaluate(() => performance.now());
    await operate(page, await findAction(page, 'start'), 'touch');
  }
  if (kind !== 'peer') {
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'question', null, { timeout: 60000 });
    result.firstQuestion = await page.evaluate(() => performance.now());
  } else {
    await page.waitForFunction(() => window.__bench.drawn, null, { timeout: 60000 });
    result.rendered = await page.evaluate(() => window.__bench.drawn);
  }
  await page.waitForFunction(() => window.__phone.fcp !== undefined, null, { timeout: 60000 });
  Object.assign(result, await page.evaluate(() => window.__phone));
  await context.close();
  return result;
}

async function phoneProfile() {
  const phoneServer = await startStaticServer({ root: site, port: 0, gzip: true });
  try {
    const quiz = [], peer = [], zh = [], baseEn = [], baseZh = [];
    for (let i = 0; i < runs; i++) {
      quiz.push(await phoneLoad(`${phoneServer.url}quiz/?lang=en`, 'quiz'));
      if (hasBaseline) baseEn.push(await phoneLoad(`${phoneServer.url}baseline/?lang=en`, 'baseline'));
      peer.push(await phoneLoad(`${phoneServer.url}surveyjs/`, 'peer'));
      zh.push(await phoneLoad(`${phoneServer.url}quiz/?lang=zh-Hans`, 'quiz'));
      if (hasBaseline) baseZh.push(await phoneLoad(`${phoneServer.url}baseline/?lang=zh-Hans`, 'baseline'));
    }
    const med = (list, pick) => median(list.map(pick));
    const ms = (v) => `${v.toFixed(0)} ms`;
    const survey = med(peer, (r) => r.rendered);
    console.log(`\nA phone (390x844 at DPR 3, 150 ms round trip, 1.6 Mbit/s, CPU 4x slower, gzip; median of ${runs} alternating loads):`);
    console.log('| measure | English | Simplified Chinese | SurveyJS | target |\n|---|---|---|---|---|');
    const row = (name, pick, peerValue, target) => console.log(`| ${name} | ${ms(med(quiz, pick))} (${(med(quiz, pick) / survey).toFixed(2)}x) | ${ms(med(zh, pick))} (${(med(zh, pick) / survey).toFixed(2)}x) | ${peerValue} | ${target} |`);
    row('first text painted (FCP)', (r) => r.fcp, ms(med(peer, (r) => r.fcp)), 'at most 0.3x SurveyJS\'s render');
    row('Start shown (pressing it works from then on)', (r) => r.startShown, `${ms(survey)} (rendered)`, 'at most 0.3x');
    row('Start pressed at once -> first question on screen', (r) => r.firstQuestion, '', 'no later than the baseline');
    console.log(`| layout shift over the load (CLS, max) | ${Math.max(...quiz.map((r) => r.cls)).toFixed(3)} | ${Math.max(...zh.map((r) => r.cls)).toFixed(3)} | ${Math.max(...peer.map((r) => r.cls)).toFixed(3)} | at most 0.02 |`);
    console.log(`| LCP element | ${quiz[0].lcpElement} | ${zh[0].lcpElement} | ${peer[0].lcpElement} | the intro's heading or text |`);
    if (hasBaseline) {
      console.log('\nThe same phone, this build against the baseline (build-scripts/bench --baseline), alternating loads:');
      console.log('| measure | English | baseline | Simplified Chinese | baseline | target |\n|---|---|---|---|---|---|');
      const pair = (name, pick, target) => console.log(`| ${name} | ${ms(med(quiz, pick))} | ${ms(med(baseEn, pick))} | ${ms(med(zh, pick))} | ${ms(med(baseZh, pick))} | ${target} |`);
      pair('first text painted (FCP)', (r) => r.fcp, '');
      pair('Start shown', (r) => r.startShown, '');
      pair('Start pressed at once -> first question on screen', (r) => r.firstQuestion, 'no later than the baseline');
    }
  } finally {
    await phoneServer.close();
  }
}

// Lighthouse's mobile audit (build-scripts/peer pins lighthouse@12.2.3, a bench-only package) of
// a page: its four category scores and the figures behind the performance one. -> null, with a
// line saying why, when it cannot run.
const PEER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peer');
// Asynchronous: the static server answering Lighthouse runs in this very process.
async function lighthouse(url) {
  const out = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'bench-lh-')), 'report.json');
  const child = spawn(process.execPath, [path.join(PEER, 'node_modules/lighthouse/cli/index.js'), url,
    '--only-categories=performance,accessibility,best-practices,seo', '--form-factor=mobile', '--output=json',
    `--output-path=${out}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox'],
  { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const status = await new Promise((resolve) => { child.on('close', resolve); child.on('error', () => resolve(-1)); });
  if (status !== 0 || !fs.existsSync(out)) {
    console.log(`lighthouse could not audit ${url}: ${stderr.trim().split('\n').pop() || `exit ${status}`}`);
    return null;
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const score = (id) => Math.round(report.categories[id].score * 100);
  const audit = (id) => report.audits[id].displayValue;
  return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
    seo: score('seo'), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift') };
}

async function lighthouseScores() {
  const lhServer = await startStaticServer({ root: site, port: 0, gzip: true });
  try {
    const pages = [['index.html', `${lhServer.url}quiz/index.html`], ['index.html?lang=zh-Hans', `${lhServer.url}quiz/index.html?lang=zh-Hans`],
      ['SurveyJS', `${lhServer.url}surveyjs/`]];
    // One audit's performance score moves by a few points from run to run (its simulated
    // timings follow the main thread's busy time, which the machine's load changes): each page is
    // audited several times, as Lighthouse's own guidance advises, and the median run shown.
    const audits = Math.min(runs, 5);
    console.log(`\nLighthouse 12.2.3, mobile (its own throttling), files gzip-compressed; the median of ${audits} audits each (by performance score; the range in brackets):`);
    console.log('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |\n|---|---|---|---|---|---|---|---|---|');
    for (const [name, url] of pages) {
      const results = [];
      for (let i = 0; i < audits; i++) {
        const r = await lighthouse(url);
        if (r) results.push(r);
      }
      if (!results.length) continue;
      results.sort((a, b) => a.performance - b.performance);
      const r = results[Math.floor(results.length / 2)];
      const range = `${results[0].performance}–${results[results.length - 1].performance}`;
      console.log(`| ${name} | ${r.performance} (${range}) | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} |`);
    }
    console.log('targets: performance >= 98; accessibility, best practices and SEO 100');
  } finally {
    await lhServer.close();
  }
}

const server = await startStaticServer({ root: site, port: 0 });
const quizUrl = `${server.url}quiz/`;
const zhUrl = `${quizUrl}?lang=zh-Hans`;
const peerUrl = `${server.url}surveyjs/`;
const baselineUrl = `${server.url}baseline/`;
const browser = await launchBrowser();
try {
  if (traceFile) await breakdown(browser, quizUrl);
  else {
    await sideBySide();
    await phoneProfile();
    await lighthouseScores();
  }
} finally {
  await browser.close();
  await server.close();
}

async function sideBySide() {
  // One load of each first, not counted: the server's files and the browser's own start-up warm.
  await loadOnce(browser, quizUrl);
  await loadOnce(browser, peerUrl);
  await loadOnce(browser, zhUrl);
  const quiz = [], peer = [], zh = [];
  for (let i = 0; i < runs; i++) {
    quiz.push(await loadOnce(browser, quizUrl, { bytes: i === 0, idle: true }));
    peer.push(await loadOnce(browser, peerUrl, { bytes: i === 0, idle: true }));
    zh.push(await loadOnce(browser, zhUrl, { bytes: i === 0 }));
  }
  const extra = await loadOnce(browser, quizUrl, { keep: true });
  const finished = await finishQuizAndMeasureHeap(extra.page);
  await extra.page.context().close();

  const sum = (transfers, key) => transfers.reduce((total, t) => total + t[key], 0);
  const med = (list, pick) => median(list.map(pick));
  const ms = (value) => `${value.toFixed(0)} ms`;
  const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');
  const heapAtEnd = (end) => (end.heap === null ? `n/a (${end.screen})` : mb(end.heap));
  const side = [
    [`navigation -> first screen drawn (median of ${runs})`, med(quiz, (r) => r.timing.firstScreen), med(peer, (r) => r.timing.firstScreen), ms, 'at most 0.6x SurveyJS'],
    [`navigation -> interactive (median of ${runs})`, med(quiz, (r) => r.timing.interactive), med(peer, (r) => r.timing.interactive), ms, ''],
    ['bytes before the first screen (gzip -9)', sum(quiz[0].firstScreenTransfers, 'gzip'), sum(peer[0].firstScreenTransfers, 'gzip'), kb, 'at most 30 KB'],
    ['bytes before interactive (gzip -9)', sum(quiz[0].transfers, 'gzip'), sum(peer[0].transfers, 'gzip'), kb, 'at most 200 KB'],
    ['bytes before interactive (raw)', sum(quiz[0].transfers, 'raw'), sum(peer[0].transfers, 'raw'), kb, ''],
    [`main-thread busy over 3 s idle (median of ${runs})`, med(quiz, (r) => r.busyMs), med(peer, (r) => r.busyMs), (v) => `${v.toFixed(1)} ms`, 'at most 1 ms'],
    ['layouts over 3 s idle (max)', Math.max(...quiz.map((r) => r.layouts)), Math.max(...peer.map((r) => r.layouts)), String, '0'],
    [`JS heap after idle and a GC (median of ${runs})`, med(quiz, (r) => r.heap), med(peer, (r) => r.heap), mb, 'no more than SurveyJS'],
  ];
  const fallback = await fallbackFigures(quizUrl, hasBaseline && baselineUrl);
  const chinese = await chineseAtPhoneDensity(browser);
  const htmlView = await htmlViewFigures(quizUrl);
  const own = [
    ['frames drawn over 3 s idle (max)', String(Math.max(...quiz.map((r) => r.frames))), '0'],
    ['wasm heap after finishing the quiz', heapAtEnd(finished), ''],
    ['fallback (jitless, no WebGL): bytes before interactive (gzip -9)', kb(sum(fallback.transfers, 'gzip')), 'at most 300 KB'],
    [`fallback: navigation -> interactive (median of ${runs})`, ms(median(fallback.timings.map((t) => t.interactive))), 'within 2000 ms'],
    ...(hasBaseline ? [[`fallback: interactive against the baseline, alternating loads (median of ${runs})`,
      `${ms(median(fallback.timings.map((t) => t.interactive)))} vs ${ms(median(fallback.base.map((t) => t.interactive)))} ` +
      `(${ratio(median(fallback.timings.map((t) => t.interactive)), median(fallback.base.map((t) => t.interactive)))}x)`, 'at most 0.6x']] : []),
    ['fallback: font files fetched', String(fallback.fonts), '0'],
    [`fallback: click on Next -> next question (median of ${fallback.next.length})`, ms(median(fallback.next)), 'within 200 ms'],
  ];
  const zhOwn = [
    ['bytes before the first screen (gzip -9)', kb(sum(zh[0].firstScreenTransfers, 'gzip')), 'at most 60 KB'],
    ['bytes before interactive (gzip -9)', kb(sum(zh[0].transfers, 'gzip')), 'at most 450 KB'],
    [`navigation -> interactive (median of ${runs}), against English in this run`,
      `${ms(med(zh, (r) => r.timing.interactive))} (${ratio(med(zh, (r) => r.timing.interactive), med(quiz, (r) => r.timing.interactive))}x)`, 'at most 1.5x English'],
    ['glyph atlas at devicePixelRatio 3', `${chinese.atlas.width}x${chinese.atlas.height}, ${chinese.atlas.missing} missing`, 'within 4096x4096'],
    ['wasm memory after finishing the quiz at devicePixelRatio 3', heapAtEnd(chinese), 'under 64 MB'],
  ];
  const htmlOwn = [
    ['bytes before interactive (gzip -9)', kb(sum(htmlView.transfers, 'gzip')), ''],
    [`navigation -> first screen drawn (median of ${runs})`, ms(median(htmlView.timings.map((t) => t.firstScreen))), ''],
    [`navigation -> interactive (median of ${runs})`, ms(median(htmlView.timings.map((t) => t.interactive))), ''],
  ];
  for (const [where, transfers] of [['the first screen of the quiz', quiz[0].firstScreenTransfers],
    ['the quiz was interactive', quiz[0].transfers], ['SurveyJS was interactive', peer[0].transfers],
    ['the quiz in Simplified Chinese (?lang=zh-Hans) was interactive', zh[0].transfers],
    ['the HTML view was interactive', htmlView.transfers], ['the fallback path was interactive', fallback.transfers]]) {
    console.log(`\nFiles fetched before ${where} (raw, gzip -9):`);
    for (const t of transfers) console.log(`  ${new URL(t.url).pathname.padEnd(40)} ${kb(t.raw).padStart(10)} ${kb(t.gzip).padStart(10)}`);
  }
  console.log('\nSide by side with SurveyJS (the same WeChat quiz, headless Chromium 1000x800, alternating loads):');
  console.log('| measure | quiz | SurveyJS | ratio | target |\n|---|---|---|---|---|');
  for (const [name, a, b, format, target] of side) console.log(`| ${name} | ${format(a)} | ${format(b)} | ${ratio(a, b)} | ${target} |`);
  // Every load, so the spread is visible; each quiz load is paired with the SurveyJS load after it,
  // and the median of those ratios is less moved by the machine's load drifting over the run.
  const every = (list) => list.map((r) => r.timing.firstScreen.toFixed(0)).join(', ');
  console.log(`first screen drawn, every load (ms): quiz ${every(quiz)}; SurveyJS ${every(peer)}; ` +
    `median of the pairs' ratios ${median(quiz.map((r, i) => r.timing.firstScreen / peer[i].timing.firstScreen)).toFixed(2)}`);
  for (const [title, rows] of [['The quiz alone:', own], ['In Simplified Chinese (?lang=zh-Hans):', zhOwn],
    ['The HTML view (WebAssembly, no WebGL):', htmlOwn]]) {
    console.log(`\n${title}`);
    console.log('| measure | value | target |\n|---|---|---|');
    for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`);
  }
}

// A phone's screen: the Chinese quiz at devicePixelRatio 3, where its glyph atlas is largest.
// The atlas must fit one 4096x4096 texture (what phones' WebGL allows); the wasm memory is read
// after the whole quiz is taken.
async function chineseAtPhoneDensity(browser) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 3 });
  try {
    const page = await context.newPage();
    await page.goto(zhUrl);
    await page.waitForFunction(() => window.ExposureQuiz?.instances?.[0]?.screen() === 'intro', null, { timeout: 30000 });
    const persona = loadPersona('wechat-cn86-pay-business');
    await startQuiz(page);
    // The atlas is built when the canvas first draws (the first question), not for the HTML intro.
    const atlas = await page.evaluate(() => window.ExposureQuiz.instances[0].atlas());
    await completeQuiz(page, loadContent(persona['$quiz'].replace('.en.', '.zh-Hans.')), persona.answers);
    const end = await page.evaluate(() => ({ screen: window.ExposureQuiz.instances[0].screen(), heap: window.ExposureQuiz.instances[0].memoryBytes() || null }));
    return { atlas, ...end };
  } finally {
    await context.close();
  }
}

// The HTML view where WebGL is missing but WebAssembly is not (a privacy browser that blocks
// WebGL): the same engine, the screens as DOM.
async function htmlViewFigures(url) {
  const noGl = await launchBrowser(['--disable-3d-apis']);
  try {
    const timings = [];
    const first = await loadOnce(noGl, url, { bytes: true });
    timings.push(first.timing);
    while (timings.length < runs) timings.push((await loadOnce(noGl, url)).timing);
    return { transfers: first.transfers, timings };
  } finally {
    await noGl.close();
  }
}
