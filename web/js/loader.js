// [SECTION] Loader and API
//
// dist/exposure-quiz.js is web/js/core.js, web/js/semantics.js and this file, joined inside one
// function by web/CMakeLists.txt (no bundler); it defines one global, `ExposureQuiz`.
//
//   <div id="quiz"></div>
//   <script src="exposure-quiz.js"></script>
//   <script src="my-page.js"></script>   // ExposureQuiz.mount(document.getElementById('quiz'), {...})
//
// ExposureQuiz.mount(element, options) -> Promise<instance>
//   options.quiz    URL of a quiz file (default 'wechat.en.json', relative to this script); a
//                   shipped file named NAME.LANG.json (or just NAME) opens in the chosen language
//   options.lang    'en' | 'zh-Hans' | 'zh-Hant' (also zh-CN, zh-TW, ...); default: the first of
//                   the reader's navigator.languages the quiz speaks, else English
//   options.theme   'auto' (follows prefers-color-scheme) | 'light' | 'dark'
//   options.accent  CSS hex colour, e.g. '#07c160'
//   options.share   a share code (the CODE of a #r=CODE link): open that result directly
//   options.shareUrl the page address share links start with (default: this page without #...)
//   options.isolate true: render inside a shadow root on the element (host CSS cannot reach it)
//   options.holdHeight false: follow the content's height at once (frame.html; see heightHolder)
// ExposureQuiz.frame(iframe)  sizes an <iframe src=".../frame.html"> to its content (see below)
// ExposureQuiz.instances  the mounted instances
// instance.result()  the result object (exposure::report_to_json) once every question is
//                    answered or skipped, else null
// instance.items()   what the canvas shows: [{role, name, checked, disabled, x, y, w, h, ...}],
//                    CSS px relative to the canvas
//                    and `action` on buttons: 'start' | 'next' | 'back' | 'skip' | 'toggle-help' |
//                    'show-all' | 'copy-link' | 'change-answers' | 'retake' (see web/README.md)
// instance.screen()  'loading' | 'intro' | 'question' | 'results' | 'error'
// instance.lang     the language shown: 'en' | 'zh-Hans' | 'zh-Hant'
// instance.setLang(lang) -> Promise<boolean> switches language in place; answers and screen stay
// instance.palette() the colours the canvas draws with ({name: '#rrggbb', dark}), for contrast checks
// instance.memoryBytes() the module's WebAssembly memory, in bytes
// instance.drawn()   what the last frame was built for: {frame, width, scale, dark, moreContrast,
//                    printing, htmlView, context, lang, quizLang} (wait for the frame that shows a change)
// instance.htmlView  true when the quiz is shown as HTML, not drawn (no WebGL 2, a lost context;
//                    see web/README.md); instance.printing while the page prints
// Accessibility: a transparent DOM form mirrors the canvas (web/js/semantics.js): real
// headings, fieldsets, radios, checkboxes, buttons and links over their canvas items, keyboard
// focus in the DOM, a polite live region; honours prefers-reduced-motion and prefers-contrast.
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

// [SECTION] Languages
// The languages the quiz speaks, each with the words the page itself shows (the module's words
// are web/strings/*.json and web/src/strings.cpp). Names are in their own language.
const LANGS = ['en', 'zh-Hans', 'zh-Hant'];
const PAGE_WORDS = {
  en: {
    name: 'English',
    language: 'Language',
    loading: 'Loading the quiz\u2026',
    noWasm: 'This browser cannot show the quiz: it needs WebAssembly, which is turned off or not supported here.',
    offline: (url) => `The quiz file could not be downloaded (${url}): the network request failed.`,
    httpError: (url, status) => `The quiz file could not be downloaded (${url}): the server answered ${status}.`,
    notStarted: (why) => `The quiz could not be started: ${why}`,
    stopped: (what) => `The quiz stopped unexpectedly (${what}). Reloading the page may help.`,
    problems: (file, n) => `The quiz file ${file} has ${n === 1 ? 'a problem' : 'problems'}, so the quiz can't be shown.`,
    more: (n) => `\u2026 and ${n} more`,
    switchFailed: (name) => `${name} could not be loaded. Check your connection and try again.`,
  },
  'zh-Hans': {
    name: '简体中文',
    language: '语言',
    loading: '正在加载测验\u2026',
    noWasm: '这个浏览器无法显示测验：测验需要 WebAssembly，但它在这里被关闭或不受支持。',
    offline: (url) => `无法下载测验文件（${url}）：网络请求失败。`,
    httpError: (url, status) => `无法下载测验文件（${url}）：服务器返回 ${status}。`,
    notStarted: (why) => `测验无法启动：${why}`,
    stopped: (what) => `测验意外停止（${what}）。重新加载页面也许有用。`,
    problems: (file) => `测验文件 ${file} 有问题，所以无法显示测验。`,
    more: (n) => `\u2026 还有 ${n} 条`,
    switchFailed: (name) => `无法加载${name}。请检查网络连接后再试一次。`,
  },
  'zh-Hant': {
    name: '繁體中文',
    language: '語言',
    loading: '正在載入測驗\u2026',
    noWasm: '這個瀏覽器無法顯示測驗：測驗需要 WebAssembly，但它在這裡被關閉或不受支援。',
    offline: (url) => `無法下載測驗檔案（${url}）：網路要求失敗。`,
    httpError: (url, status) => `無法下載測驗檔案（${url}）：伺服器回應 ${status}。`,
    notStarted: (why) => `測驗無法啟動：${why}`,
    stopped: (what) => `測驗意外停止（${what}）。重新載入頁面也許有幫助。`,
    problems: (file) => `測驗檔案 ${file} 有問題，所以無法顯示測驗。`,
    more: (n) => `\u2026 還有 ${n} 項`,
    switchFailed: (name) => `無法載入${name}。請檢查網路連線後再試一次。`,
  },
};

// A language tag (BCP 47, any case) as one of LANGS, or null: zh-CN, zh-SG and plain zh read
// Simplified; zh-TW, zh-HK and zh-MO read Traditional.
function langOf(tag) {
  const t = String(tag || '').toLowerCase().replace(/_/g, '-');
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (/^zh-(hant|tw|hk|mo)(-|$)/.test(t)) return 'zh-Hant';
  if (t === 'zh' || /^zh-(hans|cn|sg|my)(-|$)/.test(t)) return 'zh-Hans';
  return null;
}

// The language to show: the one asked for (options.lang, data-lang, ?lang=), else the first of
// the reader's browser languages the quiz speaks, else English.
function chooseLang(requested) {
  const asked = langOf(requested);
  if (asked) return asked;
  for (const tag of navigator.languages || [navigator.language]) {
    const lang = langOf(tag);
    if (lang) return lang;
  }
  return 'en';
}

// The quiz file for a language: NAME.LANG.json beside the given one when the given one is named
// that way (wechat.en.json -> wechat.zh-Hans.json); a bare NAME gets .LANG.json; any other file
// is its own language. lang null: the file as given. -> {url, lang}, lang the file's language
// when its name says it, else null.
const LANG_FILE = /^(.*\/)?([^/]+?)\.(en|zh-Hans|zh-Hant)\.json$/;
function quizFile(quiz, lang) {
  const name = quiz || 'wechat.en.json';
  if (/^[a-z0-9_-]+$/i.test(name)) return { url: here(`${name}.${lang || 'en'}.json`), lang: lang || 'en' };
  const given = new URL(name, BASE);
  const m = LANG_FILE.exec(given.pathname);
  if (!m || !lang || given.search || given.hash) return { url: given.href, lang: m ? m[3] : null };
  return { url: new URL(`${m[2]}.${lang}.json`, given).href, lang };
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
// same module compiled to JavaScript (exposure-quiz-core-nowasm.js, -sWASM=0) runs instead, with
// nothing to compile. The single-file page carries only the wasm build.
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
// Regular and Bold for every locale; Chinese adds its Noto Sans CJK subset (Simplified or
// Traditional glyphs), so an English reader downloads no CJK bytes.
function fontFiles(lang) {
  const cjk = { 'zh-Hans': 'noto-sans-cjk-sc.ttf', 'zh-Hant': 'noto-sans-cjk-tc.ttf' }[lang];
  return ['noto-sans-regular.ttf', 'noto-sans-bold.ttf', ...(cjk ? [cjk] : [])];
}

const fonts = {};
function loadFont(name) {
  if (!fonts[name]) {
    fonts[name] = (bundled(name) || fetch(here(name)).then((r) => (r.ok ? r.arrayBuffer() : null)))
      .catch(() => null); // without it the quiz still works, in ImGui's built-in font
  }
  return fonts[name];
}

// The quiz file did not arrive (or the core cannot run): `say(words)` writes why for the reader,
// in the page's words (PAGE_WORDS).
class DownloadError extends Error {
  constructor(say) {
    super(say(PAGE_WORDS.en));
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

// The UI's words for a language: '' (English, compiled in) or the text of strings.LANG.json.
// A table that does not arrive leaves the UI in English, the quiz still in the reader's language.
const wordsFiles = {};
function loadWords(lang) {
  if (lang === 'en') return Promise.resolve('');
  if (!wordsFiles[lang]) {
    wordsFiles[lang] = fetchText(here(`strings.${lang}.json`)).catch((e) => {
      delete wordsFiles[lang];
      console.warn(`exposure-quiz: ${e.message}; the quiz's own buttons and notices stay in English`);
      return '';
    });
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

    const root = document.createElement('div');
    root.className = 'exposure-quiz';
    // options.isolate: the quiz lives in a shadow root on the element, where the host page's
    // CSS cannot reach it; `all: initial` stops inherited fonts, line heights and colours too.
    // The element's own children (a fallback link, say) are hidden while the quiz is mounted.
    if (options.isolate) {
      this.shadow = element.shadowRoot || element.attachShadow({ mode: 'open' });
      root.style.all = 'initial';
      root.style.display = 'block';
    }
    root.style.position = 'relative';
    this.root = root;

    const canvas = document.createElement('canvas');
    canvas.id = this.id;
    Object.assign(canvas.style, {
      display: 'block', width: '100%', height: '0px', borderRadius: '12px', touchAction: 'manipulation',
      userSelect: 'none', webkitUserSelect: 'none', webkitTapHighlightColor: 'transparent',
    });
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    this.canvas = canvas;

    const status = document.createElement('div');
    status.setAttribute('role', 'status');
    Object.assign(status.style, { padding: '48px 16px', textAlign: 'center', font: '16px/1.5 system-ui, sans-serif', opacity: '0.7' });
    this.lang = chooseLang(options.lang);
    root.lang = this.lang; // screen readers pick a voice for the language, browsers a font
    status.textContent = this.words().loading;
    this.status = status;

    // The canvas, the DOM layer over it (semantics.js) and its live region share a box of their
    // own, so the language switch above takes nothing from their coordinates.
    const stage = document.createElement('div');
    stage.style.position = 'relative';
    stage.append(canvas);
    this.stage = stage;
    this.languages = this._languageSwitch();

    root.append(status, this.languages, stage);
    if (this.shadow) this.shadow.replaceChildren(root);
    else element.append(root);
  }

  // The page's own words in the language shown (PAGE_WORDS).
  words() { return PAGE_WORDS[this.lang]; }

  // The quiz file, the UI's words and the fonts for `lang`, all at once. A quiz that has no file
  // in that language opens in the language of the file asked for (options.quiz), with its words.
  async _download(lang) {
    const extras = (shown) => Promise.all([loadWords(shown), ...fontFiles(shown).map(loadFont)]);
    const asked = quizFile(this.options.quiz, lang);
    let file = { url: asked.url, lang: asked.lang || lang }; // a file whose name gives no language shows in the one asked for
    const early = extras(file.lang);
    let text;
    try {
      text = await fetchText(asked.url);
    } catch (e) {
      const given = quizFile(this.options.quiz, null);
      if (given.url === asked.url) throw e;
      file = { url: given.url, lang: given.lang || 'en' };
      text = await fetchText(given.url);
    }
    const [words, ...fontBytes] = await (file.lang === (asked.lang || lang) ? early : extras(file.lang));
    return { ...file, text, words, fontBytes };
  }

  async _start() {
    const o = this.options;
    let factory, wasmModule, files;
    try {
      [[factory, wasmModule], files] = await Promise.all([loadCore(), this._download(this.lang)]);
    } catch (e) {
      return this._fail(e instanceof DownloadError ? e.say(this.words()) : this.words().notStarted(e.message));
    }
    if (this._destroyed) return;
    this._setLang(files.lang);
    const quizName = files.url.split('/').pop().split(/[?#]/)[0];

    // What the module tells this instance (see Core).
    const holder = o.holdHeight !== false ? heightHolder(this.stage, 'minHeight') : null;
    if (holder) this._cleanups.push(() => holder.stop());
    this._holder = holder;
    this._cleanups.push(() => clearTimeout(this._contextTimer)); // a lost context's grace period (_onContext)
    const page = {
      event: (type, detail) => this._emit(type, detail),
      itemsChanged: () => { if (this._semantics) this._semantics.schedule(); },
      height: (height) => {
        this.canvas.style.height = `${height}px`;
        this._height = height;
        // The root holds the tallest height so far (heightHolder); the HTML view has its own.
        if (holder && !this.htmlView && !this.printing) holder.update(height);
      },
      contextChanged: (restored) => this._onContext(restored),
    };
    const core = await Core.create(factory, wasmModule, this.canvas, page,
      (what) => this._fail(this.words().stopped(what)));
    if (this._destroyed) return;
    this._core = core;

    const problems = this._use(files, quizName);
    if (problems) {
      const details = problems.map((p) => p.text);
      return this._fail(this.words().problems(quizName, details.length), details);
    }

    this._applyTheme();
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => this._applyTheme();
    scheme.addEventListener('change', onScheme);
    this._cleanups.push(() => scheme.removeEventListener('change', onScheme));

    const pageUrl = o.shareUrl || location.href.split('#')[0];
    // Without WebGL 2 the module draws nothing and the DOM form is the quiz: the HTML view.
    const drawn = core.start(`#${this.id}`, pageUrl, o.share ? String(o.share) : '', true) === 1;
    this._htmlView = !drawn;
    if (!drawn) this._hideCanvas();
    this._semantics = new Semantics(this, core, { visible: !drawn }); // the DOM form over the canvas
    this._watchSize();
    this._watchVisibility();
    this._watchPrint();
    await new Promise((resolve) => { this._onReady = resolve; });
  }

  // Hands a language's files to the module: fonts, words, then the quiz (which, when the same
  // quiz is already running, keeps the answers and the screen). -> null, or the quiz's problems.
  _use(files, quizName) {
    fontFiles(files.lang).forEach((name, i) => { if (files.fontBytes[i]) this._core.setFont(i, files.fontBytes[i]); });
    const words = this._core.setWords(files.words);
    if (words && words.problems.length) console.warn(`exposure-quiz: strings.${files.lang}.json: ${words.problems.join('; ')}`);
    return this._core.loadQuiz(files.text, quizName);
  }

  _setLang(lang) {
    this.lang = lang;
    this.root.lang = lang;
    for (const button of this.languages.querySelectorAll('button')) {
      const current = button.lang === lang;
      button.setAttribute('aria-pressed', String(current));
      Object.assign(button.style, current ? { fontWeight: '600', textDecoration: 'none', opacity: '1' }
        : { fontWeight: '400', textDecoration: 'underline', opacity: '0.75' });
    }
    this.languages.setAttribute('aria-label', this.words().language);
    if (this._semantics) this._semantics.setLang(lang);
  }

  // Switches the quiz to another language in place: the answers, the screen and the question
  // stay. A download that fails leaves everything as it was and says so beside the switch.
  async setLang(requested) {
    const lang = langOf(requested);
    if (!lang || !this._running()) return false;
    if (lang === this.lang) return true;
    this._switchNote.textContent = '';
    let files;
    try {
      files = await this._download(lang);
    } catch (e) {
      files = null;
    }
    if (!this._running()) return false;
    const quizName = files && files.url.split('/').pop().split(/[?#]/)[0];
    if (!files || files.lang !== lang || this._use(files, quizName)) {
      this._switchNote.textContent = this.words().switchFailed(PAGE_WORDS[lang].name);
      return false;
    }
    this._setLang(lang);
    this.element.dispatchEvent(new CustomEvent('exposurequiz:language', { detail: { lang }, bubbles: true }));
    return true;
  }

  // English · 简体中文 · 繁體中文 above the quiz, on the intro and the results (a question keeps
  // the reader's attention; the row keeps its room, so nothing moves when it hides).
  _languageSwitch() {
    const nav = document.createElement('div');
    nav.setAttribute('role', 'group');
    // Right-aligned over the column the screens draw in (720 px at most, as theirs).
    Object.assign(nav.style, { display: 'flex', justifyContent: 'flex-end', alignItems: 'center', flexWrap: 'wrap', gap: '4px 12px',
      maxWidth: '720px', margin: '0 auto', padding: '4px 16px 0', boxSizing: 'border-box',
      font: '14px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' });
    // A single-file page carries one language: it offers only what it has.
    const has = (lang) => !bundle || bundle.has(quizFile(this.options.quiz, lang).url.split('/').pop());
    const offered = LANGS.filter(has);
    if (offered.length < 2) nav.hidden = true;
    for (const lang of offered) {
      const button = document.createElement('button');
      button.type = 'button';
      button.lang = lang;
      button.textContent = PAGE_WORDS[lang].name;
      Object.assign(button.style, { font: 'inherit', color: 'inherit', background: 'none', border: '0', padding: '2px 4px', margin: '0',
        cursor: 'pointer', textDecoration: 'underline', textUnderlineOffset: '3px', opacity: '0.75', minHeight: '24px' });
      button.addEventListener('click', () => this.setLang(lang));
      nav.append(button);
    }
    this._switchNote = document.createElement('span');
    this._switchNote.setAttribute('role', 'status');
    nav.append(this._switchNote);
    nav.style.visibility = 'hidden'; // until the intro or the results show
    return nav;
  }

  // instance.htmlView: true when the quiz is shown as HTML, not drawn on the canvas.
  get htmlView() { return !!this._htmlView; }

  // The canvas keeps its width (the module lays out for it) but takes no room and shows nothing.
  _hideCanvas(hidden = true) {
    Object.assign(this.canvas.style, hidden ? { position: 'absolute', left: '0', top: '0', visibility: 'hidden', pointerEvents: 'none' }
      : { position: '', left: '', top: '', visibility: '', pointerEvents: '' });
    this.stage.style.minHeight = '';
    if (!this._holder) return;
    if (hidden) this._holder.stop();
    else this._holder.update(this._height || 0);
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
    this._core.useHtmlView();
    this._htmlView = true;
    this._hideCanvas();
    this._semantics.setVisible(true);
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
    this._core.setPrinting(on);
    if (!this.htmlView) this._hideCanvas(on);
    this._semantics.setPrinting(on);
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
    if (type === 'screen') this._state = detail.screen;
    if (type === 'ready') {
      this._state = detail.screen;
      this.status.remove();
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
  framesRendered() { return this._running() ? this._core.frames() : 0; }
  items() { return this._running() ? this._core.items() : []; }
  result() { return this._running() ? this._core.result() : null; }
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

window.ExposureQuiz = Object.freeze({ mount, frame, instances, version: '@EXPOSURE_VERSION@' });
