// [SECTION] Loader and API
//
// dist/exposure-quiz.js is web/js/core.js, web/js/view.js and this file, joined inside one
// function by web/tools/build_content.sh (no bundler); it defines one global, `ExposureQuiz`.
//
//   <div id="quiz"></div>
//   <script src="exposure-quiz.js"></script>
//   <script src="my-page.js"></script>   // ExposureQuiz.mount(document.getElementById('quiz'), {...})
//
// ExposureQuiz.mount(element, options) -> Promise<instance>
//   options.quiz    a quiz of the catalogue by name ('wechat'; by default the first of
//                   content/quizzes.json), or by file ('wechat.zh-Hans.json'), or the URL of a
//                   quiz file of the page's own (relative to this script); a catalogue quiz opens
//                   in the chosen language
//   options.lang    a locale of the catalogue ('en', 'zh-Hans', ...; content/locales/) or a
//                   browser tag that chooses one ('zh-CN', 'zh-TW', ...); default: the first of
//                   the reader's navigator.languages the catalogue has, else English
//   options.theme   'auto' (follows prefers-color-scheme) | 'light' | 'dark'
//   options.accent  CSS hex colour, e.g. '#07c160'
//   options.share   a share code (the CODE of a #r=CODE link): open that result directly
//   options.before  with share: an earlier result's code, shown beside it ("then and now")
//   options.shareUrl the page address share links start with (default: this page without #...)
//   options.isolate true: render inside a shadow root on the element (host CSS cannot reach it)
//   options.holdHeight false: follow the content's height at once (frame.html; see heightHolder)
//   options.print   called instead of window.print() for "Print or save my plan" (a sandboxed
//                   frame cannot print: frame.js sends the reader to the quiz's own page)
// ExposureQuiz.frame(iframe)  sizes an <iframe src=".../frame.html"> to its content (see below)
// ExposureQuiz.instances  the mounted instances; ExposureQuiz.catalog the catalogue (read-only)
// instance.result()  the result object (exposure::report_to_json) once every question is
//                    answered or skipped, else null
// instance.items()   what the reader sees, drawn on the canvas or as HTML: [{role, name,
//                    checked, disabled, x, y, w, h, ...}], CSS px relative to the canvas,
//                    and `action` on buttons: 'start' | 'next' | 'back' | 'skip' | 'toggle-help' |
//                    'show-all' | 'copy-link' | 'change-answers' | 'retake' (see web/README.md)
// instance.screen()  'loading' | 'intro' | 'question' | 'results' | 'error'
// instance.lang     the language shown (a locale of the catalogue); instance.quiz its quiz's id
// instance.setLang(lang) -> Promise<boolean> switches language in place; answers and screen stay
// instance.palette() the colours the canvas draws with ({name: '#rrggbb', dark}), for contrast checks
// instance.memoryBytes() the module's WebAssembly memory, in bytes
// instance.drawn()   what the last frame was built for: {frame, width, scale, dark, moreContrast,
//                    printing, htmlView, context, lang, quizLang} (wait for the frame that shows a change)
// instance.htmlView  true when the quiz is shown as HTML, not drawn (no WebGL 2, no WebAssembly,
//                    a lost context; see web/README.md); instance.printing while the page prints
// The screens are descriptions the module makes (exposure/screen.hpp); the canvas draws the
// question and results screens, the DOM (web/js/view.js) the intro, the HTML view and print, and
// a transparent layer of real headings, fieldsets, radios, buttons and links over the canvas:
// keyboard focus in the DOM, a polite live region; honours prefers-reduced-motion and
// prefers-contrast. A page whose element already holds the first screen (index.html, frame.html:
// `exposure pages` writes it) shows it from the first paint; the quiz takes it over as it is.
// instance.framesRendered(), instance.whenIdle(), instance.destroy(), instance.canvas
// Events on the element: exposurequiz:ready, :answer {question, answer, skipped},
// :result (the result object), :screen {screen}, :view {view: 'html'} (a lost context handed over),
// :language {lang}, :error {message, details}.
//
// Each instance has its own WebAssembly module instance and canvas; the compiled module, the
// fonts and the Emscripten factory are fetched once per page and shared.

// [SECTION] Where our files are: next to this script, wherever the page is.
// (embed.js is this file plus the auto-mount: it finds itself the same way.)
const script = document.currentScript ||
  Array.from(document.scripts).find((s) => /(?:exposure-quiz|embed)\.js(?:[?#]|$)/.test(s.src));
const BASE = new URL('.', script && script.src ? script.src : location.href).href;
const here = (path) => new URL(path, BASE).href;

// A single-file page (web/tools/make_single_file.py) sets ExposureQuizBundle before this
// script runs: {core: the Emscripten factory, file(name) -> Promise<ArrayBuffer> | null}.
// Then nothing is fetched or imported (file:// allows neither).
const bundle = window.ExposureQuizBundle || null;
if (bundle) delete window.ExposureQuizBundle;
const bundled = (url) => (bundle ? bundle.file(new URL(url, BASE).pathname.split('/').pop()) : null);

// [SECTION] Languages and quizzes
// The catalogue: every locale (its name, the browser tags that choose it, its fallback, plural
// rule, fonts and the page's own words) and every quiz (its languages and published versions).
// `exposure catalog` writes it (dist/catalog.json) from content/, and the build puts it here
// (cmake/JoinScripts.cmake): nothing is downloaded before the quiz's own files.
const CATALOG = @CATALOG@;
const LOCALES = Object.fromEntries(CATALOG.locales.map((locale) => [locale.id, locale]));
const SOURCE = CATALOG.source_locale;

// The page's own words in a language (its locale's "page" words, fallbacks filled at build), as
// the instance uses them. Templates mark their arguments {0}, {1}.
function pageWords(lang) {
  const locale = LOCALES[lang] || LOCALES[SOURCE];
  const say = (key, ...args) => String(locale.words[key] ?? LOCALES[SOURCE].words[key] ?? key)
    .replace(/\{(\d)\}/g, (hole, n) => (n < args.length ? String(args[n]) : hole));
  const one = (n) => n === 1 && locale.plural === 'one-other';
  return {
    name: locale.name,
    language: say('language'),
    loading: say('loading'),
    noWasm: say('no_wasm'),
    offline: (url) => say('offline', url),
    httpError: (url, status) => say('http_error', url, status),
    notStarted: (why) => say('not_started', why),
    stopped: (what) => say('stopped', what),
    problems: (file, n) => say(one(n) ? 'problems_one' : 'problems_other', file),
    more: (n) => say('more', n),
    switchFailed: (name) => say('switch_failed', name),
    comparePrompt: say('compare_prompt'),
    compareGo: say('compare_go'),
    cancel: say('cancel'),
    compareNoCode: say('compare_no_code'),
  };
}

// A language tag (BCP 47, any case) as a locale of the catalogue, or null: the locale with the
// longest of its tags that the tag is or starts with ("zh-HK" and "zh-Hant-TW" as their own
// locales say; "en-GB" as "en").
function langOf(tag) {
  const wanted = String(tag || '').toLowerCase().replace(/_/g, '-');
  let best = null, length = 0;
  for (const locale of CATALOG.locales) {
    for (const candidate of [locale.id, ...locale.tags].map((t) => t.toLowerCase())) {
      const matches = wanted === candidate || wanted.startsWith(`${candidate}-`);
      if (matches && candidate.length > length) { best = locale.id; length = candidate.length; }
    }
  }
  return best;
}

// The language to show: the one asked for (options.lang, data-lang, ?lang=), else the first of
// the reader's browser languages the catalogue has, else the source language.
function chooseLang(requested) {
  const asked = langOf(requested);
  if (asked) return asked;
  for (const tag of navigator.languages || [navigator.language]) {
    const lang = langOf(tag);
    if (lang) return lang;
  }
  return SOURCE;
}

// A locale and its fallbacks, most specific first.
function chainOf(lang) {
  const chain = [];
  for (let id = lang; id && LOCALES[id] && chain.length < 8; id = LOCALES[id].fallback) chain.push(id);
  return chain;
}

// The catalogue's entry for a quiz option (a name such as 'wechat', or a shipped file name such
// as 'wechat.en.json'), or null for a quiz file of the page's own.
const QUIZ_FILE = /^(?:.*\/)?([a-z0-9][a-z0-9_-]*)\.([A-Za-z0-9-]+)\.json$/;
const DEFAULT_QUIZ = CATALOG.quizzes[0].id; // the quiz a page shows when it names none
function catalogQuiz(quiz) {
  const name = quiz || DEFAULT_QUIZ;
  const given = new URL(/^[a-z0-9_-]+$/i.test(name) ? `${name}.${SOURCE}.json` : name, BASE);
  const m = QUIZ_FILE.exec(given.pathname);
  const entry = m && new URL('.', given).href === BASE && !given.search && !given.hash
    ? CATALOG.quizzes.find((q) => q.id === m[1] && q.languages.includes(m[2])) : null;
  return entry || null;
}

// The quiz file for a language: a quiz of the catalogue in that language (or the nearest of its
// fallbacks the quiz has); any other file is its own language. -> {url, lang, version}, lang
// null when the file's name does not say it (then the one asked for is shown).
function quizFile(quiz, lang) {
  const entry = catalogQuiz(quiz);
  if (entry) {
    const named = QUIZ_FILE.exec(String(quiz || ''));
    const asked = lang || (named ? named[2] : entry.source); // no language: the file as named
    const shown = chainOf(asked).find((l) => entry.languages.includes(l)) || entry.source;
    return { url: here(`${entry.id}.${shown}.json`), lang: shown, version: entry.version };
  }
  const given = new URL(quiz, BASE);
  const m = QUIZ_FILE.exec(given.pathname);
  return { url: given.href, lang: m && LOCALES[m[2]] ? m[2] : null, version: 0 };
}

// The languages the quiz can be shown in (the switch offers them).
function quizLanguages(quiz) {
  const entry = catalogQuiz(quiz);
  return entry ? entry.languages : [];
}

// [SECTION] Shared downloads
// Streaming compilation when the host sends application/wasm; any other MIME type (or a
// browser without compileStreaming) falls back to compiling the downloaded bytes.
async function compileWasm(url) {
  const inline = bundled(url);
  if (inline) return WebAssembly.compile(await inline);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`exposure-quiz-core.wasm: HTTP ${response.status} ${response.statusText}`.trim());
  const type = (response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
  if (WebAssembly.compileStreaming && type === 'application/wasm') {
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch (e) { /* fall back below */ }
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// Hardened browsers (iPhone Lockdown Mode, Tor Browser at Safer) remove WebAssembly: there the
// engine and the app compiled to JavaScript (exposure-quiz-core-nowasm.js, -sWASM=0) run instead,
// with nothing to compile and no canvas (the HTML view). The single-file page carries only the
// wasm build.
let core = null; // Promise<[factory, WebAssembly.Module | null]>
function loadCore() {
  if (!core) {
    if (typeof WebAssembly !== 'object') {
      core = bundle
        ? Promise.reject(new DownloadError((words) => words.noWasm))
        : import(here('exposure-quiz-core-nowasm.js')).then((m) => [m.default, null]);
    } else {
      core = Promise.all([
        bundle ? Promise.resolve(bundle.core) : import(here('exposure-quiz-core.js')).then((m) => m.default),
        compileWasm(here('exposure-quiz-core.wasm')),
      ]);
    }
    core.catch(() => { core = null; }); // a later mount may retry
  }
  return core;
}

// The font files a locale's text needs, in the module's font slots (Core.setFont): Noto Sans
// Regular and Bold for every locale, and the locale's own (a Noto Sans CJK subset for Chinese),
// so a reader downloads only their language's glyphs. What only the results and the sources draw
// comes later (laterFonts): a locale's own font that only a few texts need (English: the glyphs
// of sources quoted in Chinese), and the rest of a font the questions need (font_later).
const FONT_SLOT_OWN = 2;
const FONT_SLOT_LATER = 3;
function fontFiles(lang) {
  const locale = LOCALES[lang];
  const own = locale && locale.font && !locale.font_deferred ? [locale.font] : [];
  return ['noto-sans-regular.ttf', 'noto-sans-bold.ttf', ...own];
}
// -> [[slot, file]]: the fonts of `lang` fetched after the first question, off the path to it.
function laterFonts(lang) {
  const locale = LOCALES[lang];
  if (!locale || !locale.font) return [];
  return locale.font_deferred ? [[FONT_SLOT_OWN, locale.font]] : locale.font_later ? [[FONT_SLOT_LATER, locale.font_later]] : [];
}

const fonts = {};
function loadFont(name) {
  if (!fonts[name]) {
    fonts[name] = (bundled(name) || fetch(here(name)).then((r) => (r.ok ? r.arrayBuffer() : null)))
      .catch(() => null) // without it the quiz still works, in ImGui's built-in font
      .then((bytes) => { if (!bytes) delete fonts[name]; return bytes; }); // asked again: tried again
  }
  return fonts[name];
}
// -> [[slot, bytes or null]]
function loadLaterFonts(lang) {
  return Promise.all(laterFonts(lang).map(async ([slot, name]) => [slot, await loadFont(name)]));
}

// The quiz file did not arrive (or the core cannot run): `say(words)` writes why for the reader,
// in the page's words (pageWords).
class DownloadError extends Error {
  constructor(say) {
    super(say(pageWords(SOURCE)));
    this.say = say;
  }
}

async function fetchText(url) {
  const inline = bundled(url);
  if (inline) return new TextDecoder().decode(await inline);
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new DownloadError((words) => words.offline(url));
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DownloadError((words) => words.httpError(url, status));
  }
  return response.text();
}

// The screens' words for a language: the text of strings.LANG.json (every language's, English
// too, is data). The screens cannot be shown without them: a table that does not arrive is a
// download that failed.
const wordsFiles = {};
function loadWords(lang) {
  if (!wordsFiles[lang]) {
    wordsFiles[lang] = fetchText(here(`strings.${lang}.json`));
    wordsFiles[lang].catch(() => { delete wordsFiles[lang]; }); // a later try downloads again
  }
  return wordsFiles[lang];
}

function parseAccent(value) {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value || '').trim());
  if (!m) return 0x3b5bdb;
  let hex = m[1];
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  return parseInt(hex, 16);
}

// [SECTION] Auto-height without jumps
// Content gets shorter at times (a short question after a long one). Giving the space back at
// once would move everything below the quiz under the reader's eyes, or clamp the page's
// scroll position. So `element.style[property]` keeps the tallest height asked for and gives
// the spare space back only once it is out of sight: below the fold, or above the viewport
// (there the browser's scroll anchoring keeps the reader's place, or we do where it has none).
const scrollAnchoring = !!(window.CSS && CSS.supports && CSS.supports('overflow-anchor', 'auto'));
function heightHolder(element, property) {
  let held = -1, wanted = 0, listening = false;
  const set = (height) => { held = height; element.style[property] = `${height}px`; };
  const stop = () => {
    if (!listening) return;
    listening = false;
    removeEventListener('scroll', retry);
    removeEventListener('resize', retry);
  };
  function retry() {
    if (wanted >= held) return stop();
    const top = element.getBoundingClientRect().top;
    if (top + wanted >= innerHeight) { set(wanted); return stop(); } // spare space below the fold
    if (top + held <= 0) {                                            // spare space above the viewport
      const delta = held - wanted;
      set(wanted);
      if (!scrollAnchoring) scrollBy(0, -delta);
      return stop();
    }
    if (!listening) { // visible: try again when the reader scrolls
      listening = true;
      addEventListener('scroll', retry, { passive: true });
      addEventListener('resize', retry);
    }
  }
  return {
    update(height) {
      wanted = Math.max(0, Math.ceil(height));
      if (wanted >= held) { stop(); set(wanted); } else retry();
    },
    stop,
  };
}

// [SECTION] The page's side of a screen: styles, and whether the canvas can draw
// The catalogue's id of a quiz option ('wechat'), or null for a quiz file of the page's own.
function catalogId(quiz) {
  const entry = catalogQuiz(quiz);
  return entry ? entry.id : null;
}

// exposure-quiz.css (web/quiz.css and the palette's colours): the screens as HTML, styled. A
// page that links it already (index.html, frame.html: their first screen is styled before any
// script runs) keeps its link; a shadow root gets its own.
const STYLESHEET = 'exposure-quiz.css';
function useStylesheet(where) {
  const href = here(STYLESHEET);
  const into = where.head || where;
  if (Array.from(where.querySelectorAll('link[rel="stylesheet"]')).some((link) => link.href === href)) return;
  if (bundle) { // the single-file page carries it inside
    const bytes = bundle.file(STYLESHEET);
    if (bytes) {
      const style = document.createElement('style');
      bytes.then((b) => { style.textContent = new TextDecoder().decode(b); });
      into.append(style);
    }
    return;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  into.append(link);
}

// Whether this browser can draw the canvas: WebGL 2, which hardened browsers (Lockdown Mode, Tor
// Browser) turn off. Asked once per page, on the first quiz's canvas, with the module's attributes
// (web/src/platform_web.cpp): a canvas has one context, so the module's start gets this one
// instead of making another (making one is among the longest tasks of a load). Where it cannot,
// the quiz is the HTML view from the start, and no font is downloaded: the DOM draws with the
// system's fonts.
let canvasAnswer = null;
// Resolves in a new task (a message, not a timer: no minimum delay).
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function canDrawCanvas(canvas) {
  if (canvasAnswer === null) {
    try {
      canvasAnswer = !!canvas.getContext('webgl2', {
        alpha: false, depth: false, stencil: false, antialias: false, powerPreference: 'low-power' });
    } catch (e) {
      canvasAnswer = false;
    }
  }
  return canvasAnswer;
}

// [SECTION] Instances
const instances = [];
const CONTEXT_GRACE_MS = 3000; // how long a lost WebGL context may take to come back
let counter = 0;

class Instance {
  constructor(element, options) {
    this.element = element;
    this.options = options;
    this._state = 'loading';
    this._core = null;
    this._cleanups = [];
    this.id = `exposure-quiz-${++counter}`;
    this.lang = chooseLang(options.lang);

    // The first screen the page was sent with (index.html, frame.html, the blog plugin: one per
    // language, `exposure pages` writes them): the quiz takes over the one in its language, as
    // it is, and the others go.
    const first = Array.from(element.querySelectorAll(':scope > .exposure-quiz[data-eq-first]'));
    const adopted = !options.isolate && first.find((f) => f.lang === this.lang && f.dataset.eqQuiz === catalogId(options.quiz));
    for (const f of first) if (f !== adopted) f.remove();

    const root = adopted || document.createElement('div');
    root.className = 'exposure-quiz';
    root.lang = this.lang; // screen readers pick a voice for the language, browsers a font
    // options.isolate: the quiz lives in a shadow root on the element, where the host page's
    // CSS cannot reach it; `all: initial` stops inherited fonts, line heights and colours too.
    // The element's own children (a fallback link, say) are hidden while the quiz is mounted.
    if (options.isolate) {
      this.shadow = element.shadowRoot || element.attachShadow({ mode: 'open' });
      root.style.all = 'initial';
      root.style.display = 'block';
    }
    this.root = root;

    const canvas = document.createElement('canvas');
    canvas.id = this.id;
    Object.assign(canvas.style, {
      display: 'block', width: '100%', height: '0px', borderRadius: '12px', touchAction: 'manipulation',
      userSelect: 'none', webkitUserSelect: 'none', webkitTapHighlightColor: 'transparent',
    });
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    this.canvas = canvas;

    // The canvas and the view (view.js: the screens as HTML, or the layer over the canvas) share
    // a box of their own, so the language switch above takes nothing from their coordinates.
    const stage = (adopted && adopted.querySelector(':scope > .eq-stage')) || document.createElement('div');
    stage.className = 'eq-stage';
    stage.style.position = 'relative';
    this.viewLayer = (adopted && stage.querySelector(':scope > .eq-view')) || document.createElement('div');
    this.viewLayer.classList.add('eq-view');
    stage.prepend(canvas);
    if (!this.viewLayer.parentNode) stage.append(this.viewLayer);
    this.stage = stage;
    this._hideCanvas(true); // until a screen the canvas draws
    if (adopted) delete adopted.dataset.eqFirst; // the quiz's now: no longer one of the page's choices
    this.languages = this._languageSwitch(adopted && adopted.querySelector(':scope > .eq-languages'));

    this._wantCanvas = false; // _start asks whether WebGL 2 works
    this._sourcesArrived = []; // sources files downloaded, not yet handed over (_loadSources)
    this._fontsArrived = null; // the later fonts downloaded, not yet handed over (_useLaterFonts)
    this._laterFontsIn = null; // their download, which the sources wait for (_loadSources)
    this._laterFontsFailed = false; // one did not come: tried again at the next screen
    this._wantSources = false; // hand them over as they come: the reader has moved on
    if (adopted) {
      this._adopted = true;
      if (!this.languages.parentNode) root.prepend(this.languages); // a page sent without one
      this.status = null; // the first screen is there: nothing to say while the quiz loads
      // Start pressed before the quiz is ready: remembered, and done as soon as it is.
      const early = (e) => {
        const start = e.target.closest && e.target.closest('[data-action="start"]');
        if (!start || this.view) return;
        e.preventDefault();
        this._pressed = true;
        start.dataset.eqPressed = '';
      };
      root.addEventListener('click', early);
      this._cleanups.push(() => root.removeEventListener('click', early));
    } else {
      const status = document.createElement('div');
      status.setAttribute('role', 'status');
      Object.assign(status.style, { padding: '48px 16px', textAlign: 'center', font: '16px/1.5 system-ui, sans-serif', opacity: '0.7' });
      status.textContent = this.words().loading;
      this.status = status;
      root.append(status, this.languages, stage);
      if (this.shadow) this.shadow.replaceChildren(root);
      else element.append(root);
    }
    useStylesheet(this.shadow || document); // after the root is in: a shadow root is replaced
  }

  // The page's own words in the language shown (pageWords).
  words() { return pageWords(this.lang); }

  // The quiz file, the UI's words and the fonts for `lang`, all at once. A quiz that has no file
  // in that language opens in the language of the file asked for (options.quiz), with its words.
  async _download(lang) {
    const fonts = (shown) => (this._wantCanvas ? fontFiles(shown) : []);
    const extras = (shown) => Promise.all([loadWords(shown), ...fonts(shown).map(loadFont)]);
    const asked = quizFile(this.options.quiz, lang);
    // A file whose name gives no language shows in the one asked for.
    let file = { url: asked.url, lang: asked.lang || lang, version: asked.version };
    const early = extras(file.lang);
    early.catch(() => {}); // awaited below unless the quiz file fails first: not an unhandled error
    let text;
    try {
      text = await fetchText(asked.url);
    } catch (e) {
      const given = quizFile(this.options.quiz, null);
      if (given.url === asked.url) throw e;
      file = { url: given.url, lang: given.lang || SOURCE, version: given.version };
      text = await fetchText(given.url);
    }
    const [words, ...fontBytes] = await (file.lang === (asked.lang || lang) ? early : extras(file.lang));
    return { ...file, text, words, fontBytes };
  }

  async _start() {
    const o = this.options;
    let factory, wasmModule, files;
    const coreLoaded = loadCore();
    coreLoaded.catch(() => {}); // awaited below
    // Whether WebGL 2 works (it decides whether fonts are downloaded) takes a context: in a task
    // of its own, after the module's download has begun, and the downloads in the next.
    await nextTask();
    if (this._destroyed) return;
    // The JavaScript core (no WebAssembly) has no canvas at all: there the quiz is the HTML view.
    this._wantCanvas = o.canvas !== false && typeof WebAssembly === 'object' && canDrawCanvas(this.canvas);
    await nextTask();
    if (this._destroyed) return;
    try {
      [[factory, wasmModule], files] = await Promise.all([coreLoaded, this._download(this.lang)]);
    } catch (e) {
      return this._fail(e instanceof DownloadError ? e.say(this.words()) : this.words().notStarted(e.message));
    }
    if (this._destroyed) return;
    this._setLang(files.lang);
    this._quizUrl = files.url;
    const quizName = files.url.split('/').pop().split(/[?#]/)[0];

    // What the module tells this instance (see Core).
    const holder = o.holdHeight !== false ? heightHolder(this.stage, 'minHeight') : null;
    if (holder) this._cleanups.push(() => holder.stop());
    this._holder = holder;
    this._cleanups.push(() => clearTimeout(this._contextTimer)); // a lost context's grace period (_onContext)
    const page = {
      event: (type, detail) => this._emit(type, detail),
      itemsChanged: () => { if (this.view && this.view.mode === 'over') this.view.schedule(); },
      screenChanged: () => { if (this.view) this.view.schedule(); },
      height: (height) => {
        this.canvas.style.height = `${height}px`;
        this._height = height;
        // The root holds the tallest height so far (heightHolder); the HTML view has its own.
        if (holder && !this.htmlView && !this.printing) holder.update(height);
      },
      contextChanged: (restored) => this._onContext(restored),
      print: typeof o.print === 'function' ? () => o.print() : null,
      askEarlier: () => this._askEarlierLink(),
    };
    const core = await Core.create(factory, wasmModule, this.canvas, page,
      (what) => this._fail(this.words().stopped(what)));
    if (this._destroyed) return;
    this._core = core;

    // Each step into the module in a task of its own, so a slow phone can still paint and answer
    // a press on the first screen between them.
    await nextTask();
    if (this._destroyed) return;
    let problems = this._useWords(files);
    if (!problems) {
      await nextTask();
      if (this._destroyed) return;
      problems = this._core.loadQuiz(files.text, quizName, files.version);
    }
    if (problems) {
      const details = problems.map((p) => p.text);
      return this._fail(this.words().problems(quizName, details.length), details);
    }

    this._applyTheme();
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => this._applyTheme();
    scheme.addEventListener('change', onScheme);
    this._cleanups.push(() => scheme.removeEventListener('change', onScheme));

    // A result link made on an earlier published version opens on that version.
    if (o.share) await this._loadEarlier(String(o.share));
    // An earlier result to show beside it (#r=NEW&before=OLD): the file of its version, now.
    const before = o.share && o.before ? await this._beforeFile(String(o.before)) : null;
    // A result link opens on the results, whose actions show their sources: those come first,
    // so nothing moves under the reader when they arrive.
    if (o.share) {
      this._wantSources = true;
      // The results' glyphs too: handed over with the sources, or on their own where there are
      // none to wait for (an earlier version's file has its sources inside).
      const fonts = this._useLaterFonts(this.lang);
      await this._loadSources();
      await fonts;
    }
    if (this._destroyed) return;

    await nextTask();
    if (this._destroyed) return;
    const pageUrl = o.shareUrl || location.href.split('#')[0];
    // Without WebGL 2 the module draws nothing and the DOM form is the quiz: the HTML view.
    const drawn = core.start(`#${this.id}`, pageUrl, o.share ? String(o.share) : '', this._wantCanvas) === 1;
    this._htmlView = !drawn;
    if (before) core.compareWith(before.code, before.text, before.name, before.version);
    // The DOM renderer (view.js): the screens the canvas does not draw, and the layer over it.
    this.view = new View(this, core, 'shown');
    if (this._adopted) this.view.adopt(this.viewLayer);
    this.view.update();
    // Start pressed on the first screen before the quiz was ready (here, or before this script
    // ran: boot.js marks it): the first question now.
    if (this._pressed || this.root.dataset.eqPressed !== undefined) {
      delete this.root.dataset.eqPressed;
      const start = this.viewLayer.querySelector('[data-action="start"]');
      if (start) core.act(Number(start.dataset.eqId));
    }
    if (drawn) this._warmUpOnFirstInput();
    this._watchSize();
    this._watchVisibility();
    this._watchPrint();
    await new Promise((resolve) => { this._onReady = resolve; });
    if (!o.share) this._useLaterFonts(this.lang);
    this._loadSources();
  }

  // The quizzes' sources come in files of their own (the quiz file names its own), after the
  // first screen: they show only under "Why we ask" and in the results, and they are most of a
  // quiz's bytes. Downloaded at once, they are handed to the module (a task of a few tens of ms on
  // a slow phone) once the reader has moved on from the first screen or touched it
  // (`_wantSources`), not while the intro is read, together with the later fonts: each hand-over
  // makes the canvas rebuild its glyph atlas, so they go in one task (_handOverLate). One that
  // fails is said there and tried again at the reader's next screen.
  async _loadSources() {
    if (this._sourcesLoading || !this._running()) return;
    this._sourcesLoading = true;
    this._sourcesFailed = false;
    const tried = new Set(); // a language switched meanwhile names another: that one too
    try {
      for (let name; this._running() && (name = this._core.pendingSources().find((n) => !tried.has(n)));) {
        tried.add(name);
        try {
          const text = await fetchText(new URL(name, this._quizUrl).href);
          await this._laterFontsIn; // their glyphs: shown with them, never as '?' first
          this._sourcesArrived.push({ name, text }); // the list as it is now: _handOverLate swaps it
        } catch (e) {
          console.warn(`exposure-quiz: ${e.say ? e.say(this.words()) : e.message}`);
          if (!this._running()) return;
          this._sourcesFailed = true;
          this._core.sourcesFailed(name);
        }
        if (this._wantSources) this._handOverLate();
      }
    } finally {
      this._sourcesLoading = false;
    }
  }

  // The later fonts and the sources downloaded so far, to the module, in one task: each hand-over
  // of glyphs makes the canvas build its atlas again.
  _handOverLate() {
    this._wantSources = true;
    if (this._fontsArrived && this._running()) this._setFonts(this._fontsArrived);
    this._fontsArrived = null;
    const arrived = this._sourcesArrived;
    this._sourcesArrived = [];
    for (const { name, text } of arrived) {
      if (!this._running()) return;
      const problems = this._core.attachSources(text, name);
      if (problems) {
        for (const p of problems) console.warn(`exposure-quiz: ${p.text}`);
        this._sourcesFailed = true;
        this._core.sourcesFailed(name);
      }
    }
  }

  // The fonts of what only the results and the sources draw (laterFonts) arrive after the first
  // question, off the path to it; the canvas redraws with them (the HTML view draws with the
  // system's fonts). They are handed over with the sources (_handOverLate), or on their own
  // when no sources are on their way. -> a promise, settled once they are downloaded; one that
  // fails is tried again at the reader's next screen.
  _useLaterFonts(lang) {
    if (!this._wantCanvas || this._htmlView) return Promise.resolve();
    this._laterFontsIn = loadLaterFonts(lang).then((later) => {
      if (!this._running() || this.lang !== lang) return;
      this._fontsArrived = later;
      if (this._wantSources && !this._sourcesLoading) this._handOverLate();
    });
    return this._laterFontsIn;
  }

  // [[slot, bytes or null]] to the module.
  _setFonts(fonts) {
    this._laterFontsFailed = false;
    for (const [slot, bytes] of fonts) {
      if (bytes) this._core.setFont(slot, bytes);
      else this._laterFontsFailed = true;
    }
  }

  // Hands a language's files to the module: fonts, words, then the quiz (which, when the same
  // quiz is already running, keeps the answers and the screen). -> null, or the quiz's problems.
  _use(files, quizName) {
    return this._useWords(files) || this._core.loadQuiz(files.text, quizName, files.version);
  }

  // The fonts and the page's words of `files`; -> null, or the problems that stop the quiz.
  _useWords(files) {
    files.fontBytes.forEach((bytes, i) => { if (bytes) this._core.setFont(i, bytes); });
    const words = this._core.setWords(files.words);
    if (!words || !words.ok) return [{ code: 'words', text: `strings.${files.lang}.json: ${(words && words.problems.join('; ')) || 'unreadable'}` }];
    if (words.problems.length) console.warn(`exposure-quiz: strings.${files.lang}.json: ${words.problems.join('; ')}`);
    return null;
  }

  // The published version a result link (a share code) was made on, when it is an earlier one
  // than the catalogue's latest: its file in the language shown (or the nearest it was published
  // in) goes to the module, which opens the link on it. Without it (a download that fails, a code
  // of no known version) the module says the link cannot show its result.
  async _loadEarlier(code, lang = this.lang) {
    const entry = catalogQuiz(this.options.quiz);
    if (!entry) return;
    const number = this._core.shareVersion(code, { quiz: entry.id, versions: entry.versions });
    const version = entry.versions.find((v) => v.version === number);
    if (!version || number === entry.version) return;
    const shown = chainOf(lang).find((l) => l in version.files) || entry.source;
    const name = `${entry.id}.v${number}.${shown}.json`;
    try {
      this._core.loadEarlier(await fetchText(here(name)), name, number, version.date);
    } catch (e) {
      console.warn(`exposure-quiz: ${e.message}`);
    }
  }

  // "Compare with an earlier result": a small form under the quiz takes the pasted link (or its
  // code); the results then show both (options.before, as #r=NEW&before=OLD opens them).
  _askEarlierLink() {
    if (this._askForm) return this._askForm.querySelector('input').focus();
    const w = this.words();
    const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);
    const form = make('form', { className: 'eq-card eq-ask' });
    const id = `${this.id}-earlier`;
    const label = make('label', { htmlFor: id, className: 'eq-ask-label', textContent: w.comparePrompt });
    const input = make('input', { id, type: 'text', inputMode: 'url', className: 'eq-ask-input', autocomplete: 'off', spellcheck: false });
    const note = make('p', { className: 'eq-ask-note' });
    note.setAttribute('role', 'alert');
    const row = make('div', { className: 'eq-row eq-actions' });
    const go = make('button', { type: 'submit', className: 'eq-button eq-primary', textContent: w.compareGo });
    const cancel = make('button', { type: 'button', className: 'eq-button eq-ghost', textContent: w.cancel });
    row.append(go, cancel);
    form.append(label, input, note, row);
    const close = () => { form.remove(); this._askForm = null; };
    cancel.addEventListener('click', close);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = input.value.trim();
      const m = /#(?:.*&)?r=([A-Za-z0-9_-]+)/.exec(text) || /^([A-Za-z0-9_-]{8,})$/.exec(text);
      if (!m) {
        note.textContent = w.compareNoCode;
        return;
      }
      const before = await this._beforeFile(m[1]);
      if (!this._running()) return;
      close();
      this.options.before = m[1];
      this._core.compareWith(before.code, before.text, before.name, before.version);
    });
    this.root.append(form);
    this._askForm = form;
    this._cleanups.push(close);
    form.scrollIntoView({ block: 'nearest' });
    input.focus();
  }

  // An earlier result's share code, with the quiz file of the version it was made on when that is
  // not the latest (in the language shown, or the nearest it was published in). A code of no
  // known version, or a file that cannot be fetched, goes as it is: the results say it could not
  // be read.
  async _beforeFile(code, lang = this.lang) {
    const entry = catalogQuiz(this.options.quiz);
    const number = entry ? this._core.shareVersion(code, { quiz: entry.id, versions: entry.versions }) : 0;
    const version = entry && entry.versions.find((v) => v.version === number);
    if (!version || number === entry.version) return { code, text: '', name: '', version: number };
    const shown = chainOf(lang).find((l) => l in version.files) || entry.source;
    const name = `${entry.id}.v${number}.${shown}.json`;
    try {
      return { code, text: await fetchText(here(name)), name, version: number };
    } catch (e) {
      console.warn(`exposure-quiz: ${e.message}`);
      return { code, text: '', name, version: 0 };
    }
  }

  _setLang(lang) {
    this.lang = lang;
    this.root.lang = lang;
    for (const choice of this.languages.querySelectorAll('[data-eq-lang]')) {
      if (choice.dataset.eqLang === lang) choice.setAttribute('aria-current', 'true');
      else choice.removeAttribute('aria-current');
    }
    this.languages.setAttribute('aria-label', this.words().language);
    this.root.style.setProperty('--eq-font', (LOCALES[lang] || LOCALES[SOURCE]).system_fonts);
  }

  // Switches the quiz to another language in place: the answers, the screen and the question
  // stay. A download that fails leaves everything as it was and says so beside the switch.
  async setLang(requested) {
    const lang = langOf(requested);
    if (!lang || !this._running()) return false;
    if (lang === this.lang) return true;
    this._switchNote.textContent = '';
    // The results may be on screen: their glyphs come with the switch, not after it.
    const later = this._wantCanvas && !this._htmlView ? loadLaterFonts(lang) : Promise.resolve([]);
    let files;
    try {
      files = await this._download(lang);
    } catch (e) {
      files = null;
    }
    const laterBytes = await later;
    if (!this._running()) return false;
    const quizName = files && files.url.split('/').pop().split(/[?#]/)[0];
    if (!files || files.lang !== lang || this._use(files, quizName)) {
      this._switchNote.textContent = this.words().switchFailed(pageWords(lang).name);
      return false;
    }
    this._fontsArrived = null; // the language before's, if they were still to be handed over
    this._setFonts(laterBytes); // before the next frame, which draws the new language
    // A result of an earlier version on screen: that version in the new language too.
    const shown = this._core.screen();
    if (shown && shown.earlier && this.options.share) await this._loadEarlier(String(this.options.share), lang);
    this._setLang(lang);
    this._quizUrl = files.url;
    this._loadSources();
    this.element.dispatchEvent(new CustomEvent('exposurequiz:language', { detail: { lang }, bubbles: true }));
    return true;
  }

  // English · 简体中文 · 繁體中文 above the quiz, on the intro and the results (a question keeps
  // the reader's attention; the row keeps its room, so nothing moves when it hides). The first
  // screen the page was sent with has it as links (?lang=, which work without script too): the
  // quiz takes them over, and changes the language in place instead.
  _languageSwitch(existing) {
    // A single-file page carries one language: it offers only what it has.
    const has = (lang) => !bundle || bundle.has(quizFile(this.options.quiz, lang).url.split('/').pop());
    const offered = quizLanguages(this.options.quiz).filter(has);
    const nav = existing || document.createElement('nav');
    nav.classList.add('eq-languages');
    if (!existing) {
      for (const lang of offered) {
        const button = document.createElement('button');
        button.type = 'button';
        button.lang = lang;
        button.dataset.eqLang = lang;
        button.textContent = pageWords(lang).name;
        nav.append(button);
      }
    }
    for (const choice of nav.querySelectorAll('[data-eq-lang]')) {
      if (!offered.includes(choice.dataset.eqLang)) { choice.remove(); continue; }
      choice.addEventListener('click', (e) => {
        e.preventDefault();
        this.setLang(choice.dataset.eqLang);
      });
    }
    if (offered.length < 2) nav.hidden = true;
    this._switchNote = nav.querySelector('[role="status"]') || document.createElement('span');
    this._switchNote.setAttribute('role', 'status');
    if (!this._switchNote.parentNode) nav.append(this._switchNote);
    return nav;
  }

  // instance.quiz: the catalogue's id of the quiz shown ('wechat'), null for a file of the page's own.
  get quiz() {
    const entry = catalogQuiz(this.options.quiz);
    return entry ? entry.id : null;
  }

  // instance.htmlView: true when the quiz is shown as HTML, not drawn on the canvas.
  get htmlView() { return !!this._htmlView; }

  // The canvas keeps its width (the module lays out for it) but takes no room and shows nothing.
  _hideCanvas(hidden = true) {
    this._canvasHidden = hidden;
    Object.assign(this.canvas.style, hidden ? { position: 'absolute', left: '0', top: '0', visibility: 'hidden', pointerEvents: 'none' }
      : { position: '', left: '', top: '', visibility: '', pointerEvents: '' });
    if (this._holder && !hidden) this._holder.update(this._height || 0);
  }

  // A lost WebGL context: the answers live in the module, which draws nothing meanwhile. If the
  // context is not back within a few seconds, the quiz goes on as the HTML view, where it was.
  _onContext(restored) {
    clearTimeout(this._contextTimer);
    if (restored || this.htmlView) return;
    this._contextTimer = setTimeout(() => this._useHtmlView(), CONTEXT_GRACE_MS);
  }

  _useHtmlView() {
    if (!this._running() || this.htmlView) return;
    this._htmlView = true;
    this._core.useHtmlView(); // described at once: the view draws it in the page's flow
    this.view.update();
    this.element.dispatchEvent(new CustomEvent('exposurequiz:view', { detail: { view: 'html' }, bubbles: true }));
  }

  // On paper (the results' "Print or save my plan", Ctrl+P, Save as PDF) a canvas prints black:
  // the page prints the HTML view instead, on white, with every action.
  _watchPrint() {
    const media = matchMedia('print');
    const onMedia = () => this._printView(media.matches);
    const before = () => this._printView(true);
    const after = () => this._printView(false);
    media.addEventListener('change', onMedia);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    this._cleanups.push(() => {
      media.removeEventListener('change', onMedia);
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    });
  }

  _printView(on) {
    if (!this._running() || !!this.printing === on) return;
    this.printing = on;
    this._core.setPrinting(on); // described at once, so the page prints what it says
    this.view.update();
  }

  // Which renderer shows the screen (view.js asks before each render): the DOM in the page's
  // flow (the intro, the HTML view, paper), or the canvas with the view's layer over it.
  _syncMode(screen) {
    const shown = this.htmlView || !!this.printing || screen === 'intro';
    this.view.setMode(shown ? 'shown' : 'over');
    if (this._canvasHidden !== shown) {
      // The screen changes renderer (the first screen's HTML to the canvas): the room the one
      // before took stays (heightHolder), so nothing below the quiz moves under the reader's
      // eyes; it is given back once out of sight.
      if (this._holder) this._holder.update(this.stage.offsetHeight);
      this._hideCanvas(shown);
    }
  }

  _applyTheme() {
    const o = this.options;
    const dark = o.theme === 'dark' || (o.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    this._core.setTheme(dark, parseAccent(o.accent));
  }

  // Width changes (the element) and devicePixelRatio changes (zoom, moving between screens).
  // Event-driven only, so an idle quiz costs nothing: a ratio change fires the media query for
  // the current ratio, and changes the element's size in device pixels, which a ResizeObserver
  // on 'device-pixel-content-box' reports even where no media query fires (some zoom changes
  // in Chromium). Browsers without that box (Safari) have the media query.
  // The canvas builds its glyph atlas and shaders (the module's longest work) when it first draws
  // a screen, and the intro is the page's HTML: on a slow phone that work would hold up the page
  // while the reader is reading. It is done on the reader's first touch, key or pointer move
  // instead, ahead of the first question; Start pressed at once does it too, as that screen opens.
  _warmUpOnFirstInput() {
    const kinds = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel'];
    const warm = () => {
      stop();
      if (!this._running()) return;
      this._handOverLate(); // what has arrived goes into this atlas, not into a rebuild after Start
      this._core.warmUp();
    };
    const stop = () => { for (const kind of kinds) window.removeEventListener(kind, warm, true); };
    for (const kind of kinds) window.addEventListener(kind, warm, { capture: true, passive: true });
    this._cleanups.push(stop);
  }

  _watchSize() {
    const core = this._core;
    let width = this.root.clientWidth;
    let dpr = devicePixelRatio;
    let query = null;
    const onDpr = () => {
      if (query) query.removeEventListener('change', onDpr);
      if (devicePixelRatio !== dpr) { dpr = devicePixelRatio; core.resized(); }
      query = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
      query.addEventListener('change', onDpr);
    };
    onDpr();
    const observer = new ResizeObserver(() => {
      if (this.root.clientWidth !== width) { width = this.root.clientWidth; core.resized(); }
      if (devicePixelRatio !== dpr) onDpr();
    });
    try {
      observer.observe(this.root, { box: 'device-pixel-content-box' });
    } catch (e) {
      observer.observe(this.root);
    }
    this._cleanups.push(() => { observer.disconnect(); if (query) query.removeEventListener('change', onDpr); });
  }

  // Nothing is drawn while the canvas is scrolled out of view; it catches up when it is back.
  _watchVisibility() {
    if (!window.IntersectionObserver) return;
    const observer = new IntersectionObserver((entries) => {
      this.visible = entries[entries.length - 1].isIntersecting;
      if (this._core) this._core.setVisible(this.visible);
    }, { rootMargin: '64px 0px' });
    observer.observe(this.root);
    this._cleanups.push(() => observer.disconnect());
  }

  _emit(type, detail) {
    if (this._destroyed) return;
    if (type === 'screen') {
      this._state = detail.screen;
      if (!this._wantSources) setTimeout(() => this._running() && this._handOverLate()); // after this frame
      if (this._sourcesFailed) this._loadSources(); // the reader went on: try again
      if (this._laterFontsFailed) this._useLaterFonts(this.lang);
    }
    if (type === 'ready') {
      this._state = detail.screen;
      if (this.status) this.status.remove();
    }
    if (type === 'screen' || type === 'ready') {
      this.languages.style.visibility = this._state === 'intro' || this._state === 'results' ? '' : 'hidden';
    }
    this.element.dispatchEvent(new CustomEvent(`exposurequiz:${type}`, { detail, bubbles: true }));
    if (type === 'ready' && this._onReady) this._onReady();
  }

  _fail(message, details = []) {
    this._state = 'error';
    this.error = { message, details };
    this.canvas.style.display = 'none';
    if (this._holder) this._holder.update(0); // the space goes back once out of sight
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    Object.assign(box.style, {
      margin: '24px auto', maxWidth: '720px', boxSizing: 'border-box', padding: '20px 24px',
      border: '1px solid #e0a33a', borderRadius: '14px', background: '#fff8eb', color: '#3d2a00',
      font: '16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif', textAlign: 'left',
    });
    const title = document.createElement('strong');
    title.textContent = message;
    title.style.display = 'block';
    box.append(title);
    if (details.length) {
      const list = document.createElement('ul');
      Object.assign(list.style, { margin: '12px 0 0', paddingLeft: '20px', font: '14px/1.5 ui-monospace, Menlo, Consolas, monospace', overflowWrap: 'anywhere' });
      for (const line of details.slice(0, 50)) {
        const item = document.createElement('li');
        item.textContent = line;
        list.append(item);
      }
      if (details.length > 50) {
        const more = document.createElement('li');
        more.textContent = this.words().more(details.length - 50);
        list.append(more);
      }
      box.append(list);
    }
    this.status.replaceWith(box);
    this.status = box;
    this.element.dispatchEvent(new CustomEvent('exposurequiz:error', { detail: { message, details }, bubbles: true }));
    if (this._onReady) this._onReady();
  }

  // The module, while it runs (not before loading, after an error or once destroyed).
  _running() { return this._core && this._state !== 'error' && !this._destroyed ? this._core : null; }
  screen() { return this._state; }
  // Frames the canvas drew; in the HTML view, the times the view drew a description.
  framesRendered() {
    if (!this._running()) return 0;
    return this.htmlView ? (this.view ? this.view.renders : 0) : this._core.frames();
  }
  // What the reader sees: from the view where the DOM shows the screen, else the canvas's items.
  items() {
    if (!this._running()) return [];
    return this.view && this.view.mode === 'shown' ? this.view.items() : this._core.items();
  }
  result() { return this._running() ? this._core.result() : null; }
  // Then and now, when an earlier result is shown beside this one (options.before), else null.
  comparison() { return this._running() ? this._core.comparison() : null; }
  palette() { return this._running() ? this._core.palette() : null; }
  memoryBytes() { return this._core ? this._core.memoryBytes() : 0; }
  atlas() { return this._running() ? this._core.atlas() : null; }
  // What the last frame was built for: {frame, width, scale, dark, moreContrast, printing,
  // htmlView, context, lang, quizLang}. A change the page makes (a resize, a theme, a language) shows once a frame
  // built for it says so.
  drawn() { return this._running() ? this._core.drawn() : null; }
  // Resolves once no frame is pending (animations done): positions in items() are final. A quiz
  // scrolled out of view is idle too: what it has pending waits until it is back in view.
  whenIdle() {
    return new Promise((resolve) => {
      const check = () => {
        if (!this._running() || this._core.framesPending() === 0 || this.visible === false) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
  }
  destroy() {
    if (this._destroyed) return;
    this._destroyed = true;
    for (const cleanup of this._cleanups) cleanup();
    if (this._core && this._state !== 'error') this._core.destroy();
    this._core = null;
    this.root.remove();
    if (this.shadow) this.shadow.replaceChildren(document.createElement('slot')); // the fallback shows again
    const i = instances.indexOf(this);
    if (i >= 0) instances.splice(i, 1);
  }
}

async function mount(element, options = {}) {
  if (typeof element === 'string') element = document.querySelector(element);
  if (!(element instanceof Element)) throw new TypeError('ExposureQuiz.mount(element, options): element must be a DOM element');
  const instance = new Instance(element, { theme: 'auto', ...options });
  instances.push(instance);
  try {
    await instance._start();
  } catch (e) {
    instance._fail(instance.words().notStarted(e && e.message ? e.message : e));
  }
  return instance;
}

// [SECTION] Iframe embeds: the parent page's side
// dist/frame.html posts {type: 'exposure-quiz:height', id, height} to its parent whenever its
// content's height changes. frame(iframe) applies those from that iframe only (event.source),
// with the same no-jump rule as a mounted quiz. Returns a function that stops it.
function frame(iframe) {
  const holder = heightHolder(iframe, 'height');
  const onMessage = (event) => {
    const data = event.data;
    if (event.source !== iframe.contentWindow || !data || data.type !== 'exposure-quiz:height') return;
    const height = Number(data.height);
    if (height > 0 && height < 100000) holder.update(height);
  };
  addEventListener('message', onMessage);
  return () => { removeEventListener('message', onMessage); holder.stop(); };
}

// The catalogue, for the page around the quiz (its title and footer in the language shown):
// read it, don't change it.
const deepFreeze = (value) => {
  if (value && typeof value === 'object') Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};
window.ExposureQuiz = Object.freeze({ mount, frame, instances, catalog: deepFreeze(CATALOG), version: '@EXPOSURE_VERSION@' });
