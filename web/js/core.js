// [SECTION] Core: the JS side of the one boundary with the module
//
// The module's side is web/src/js_api.h. Nothing else in this file set calls the module's
// exports (`_eq_*`) or answers its callbacks (`Module.eq*`): the view (view.js) and the
// instance talk to a Core.
//
// What the module tells the page goes to `page`, an object the instance passes in:
//   page.event(type, detail)   an exposurequiz:<type> event, after the frame that shows it
//   page.screenChanged()       the screen's description changed (read it with screen())
//   page.itemsChanged()        items() changed (the module decides; once per change)
//   page.height(cssPx)         the content's height: the canvas must be that tall on return
//   page.contextChanged(restored)  the WebGL context was lost (false) or restored (true)
//   page.print                 null, or what prints instead of window.print()
//   page.askEarlier()          "Compare with an earlier result": ask the reader for its link
// Copying to the clipboard, opening a source, printing and scrolling the quiz into view are
// answered here.
class Core {
  // Instantiates the Emscripten factory for `canvas`: with the compiled wasm module, or (the
  // JavaScript build) with none.
  static async create(factory, wasmModule, canvas, page, onAbort) {
    let core = null;
    const options = {
      eqCanvas: canvas, // found through this, not document.querySelector (shadow roots)
      eqEmit: (type, json) => queueMicrotask(() => page.event(type, json ? JSON.parse(json) : {})),
      eqItems: () => page.itemsChanged(),
      eqScreen: () => page.screenChanged(),
      eqHeight: (height) => page.height(height),
      eqCopy: (text) => core && core._copy(text),
      eqOpen: (url) => Core._open(url),
      eqContext: (restored) => page.contextChanged(restored),
      eqPrint: () => (page.print ? page.print() : window.print()),
      eqAskEarlier: () => page.askEarlier && page.askEarlier(),
      eqRevealTop: () => {
        const top = canvas.getBoundingClientRect().top;
        if (top < 0) window.scrollBy({ top: top - 8, behavior: 'auto' });
      },
      print: (t) => console.log(t),
      printErr: (t) => console.warn(t),
      onAbort,
    };
    // The wasm build: instantiate the module the loader compiled once for the page. The
    // JavaScript build (exposure-quiz-core-nowasm.js, wasmModule null) has nothing to instantiate.
    if (wasmModule) {
      options.instantiateWasm = (imports, done) => {
        WebAssembly.instantiate(wasmModule, imports).then((instance) => done(instance, wasmModule));
        return {};
      };
    }
    const m = await factory(options);
    core = new Core(m);
    return core;
  }

  constructor(m) { this.m = m; }

  // [SECTION] Core: strings and bytes into the module
  _withString(text, fn) {
    const m = this.m;
    const size = m.lengthBytesUTF8(text) + 1;
    const ptr = m._malloc(size);
    m.stringToUTF8(text, ptr, size);
    try { return fn(ptr, size - 1); } finally { m._free(ptr); }
  }
  _withBytes(bytes, fn) {
    const m = this.m;
    const data = new Uint8Array(bytes);
    const ptr = m._malloc(data.length);
    m.HEAPU8.set(data, ptr);
    try { return fn(ptr, data.length); } finally { m._free(ptr); }
  }
  _json(ptr) {
    const text = this.m.UTF8ToString(ptr);
    return text ? JSON.parse(text) : null;
  }

  // [SECTION] Core: what the page asks the module
  // slot: 0 Noto Sans Regular, 1 Bold, 2 a Noto Sans CJK subset (web/src/fonts.h)
  setFont(slot, bytes) { this._withBytes(bytes, (p, n) => this.m._eq_set_font(slot, p, n)); }
  // null when the quiz loaded, else its problems: [{code, text}]. `version`: the published
  // version the file is (the catalogue's), 0 for none.
  loadQuiz(text, fileName, version) {
    const ok = this._withString(text, (tp, tn) => this._withString(fileName, (np) => this.m._eq_load_quiz(tp, tn, np, version || 0)));
    return ok ? null : this._json(this.m._eq_diagnostics()) || [];
  }
  // The sources files the loaded quizzes name and still wait for: ['QUIZ.LOCALE.sources.json'].
  pendingSources() { return this._json(this.m._eq_pending_sources()) || []; }
  // One of them: null when attached, else its problems [{code, text}].
  attachSources(text, fileName) {
    const ok = this._withString(text, (tp, tn) => this._withString(fileName, (np) => this.m._eq_attach_sources(tp, tn, np)));
    return ok ? null : this._json(this.m._eq_diagnostics()) || [];
  }
  // It could not be downloaded: the screens say so (until attachSources).
  sourcesFailed(fileName) { this._withString(fileName, (np) => this.m._eq_sources_failed(np)); }
  // An earlier published version, for a result link made on it (before start()).
  loadEarlier(text, fileName, version, date) {
    return this._withString(text, (tp, tn) => this._withString(fileName, (np) =>
      this._withString(date || '', (dp) => this.m._eq_load_earlier(tp, tn, np, version, dp)))) === 1;
  }
  // The result shown beside an earlier one, `code`, made on published `version`: `text` is that
  // version's quiz file ('' for the version on screen). False when the code cannot be read (the
  // results then say why).
  compareWith(code, text, fileName, version) {
    return this._withString(code, (cp) => this._withString(text || '', (tp, tn) => this._withString(fileName || '', (np) =>
      this.m._eq_compare_with(cp, tp, tn, np, version || 0)))) === 1;
  }
  // Then and now (exposure::comparison_to_json), or null.
  comparison() { return this._json(this.m._eq_comparison()); }
  // The published version a share code was made on: `versions` is the catalogue's {quiz,
  // versions}; 0 when none matches.
  shareVersion(code, versions) {
    return this._withString(code, (cp) => this._withString(JSON.stringify(versions), (vp) => this.m._eq_share_version(cp, vp)));
  }
  setTheme(dark, accentRgb) { this.m._eq_set_theme(dark ? 1 : 0, accentRgb); }
  setPreferences(reducedMotion, moreContrast) { this.m._eq_set_preferences(reducedMotion ? 1 : 0, moreContrast ? 1 : 0); }
  // The screens' words: the text of a locale's table (strings.LOCALE.json).
  // -> {ok, problems: [text]}
  setWords(text) { return this._json(this._withString(text, (p, n) => this.m._eq_set_words(p, n))); }
  // 1: drawn on the canvas; 2: not drawn (no WebGL 2, or canvas false): no ImGui runs, the DOM
  // draws every screen (the HTML view).
  start(selector, pageUrl, shareCode, canvas) {
    return this._withString(selector, (s) => this._withString(pageUrl, (u) =>
      this._withString(shareCode || '', (c) => this.m._eq_start(s, u, c, canvas ? 1 : 0))));
  }
  useHtmlView() { this.m._eq_use_html_view(); }
  // Described (and drawn) at once: screen() and items() are ready when this returns.
  setPrinting(on) { this.m._eq_set_printing(on ? 1 : 0); }
  // The canvas made ready to draw (atlas, shaders) though the screen shown is the page's HTML.
  warmUp() { this.m._eq_warm_up(); }
  resized() { this.m._eq_resized(); }
  setVisible(visible) { this.m._eq_set_visible(visible ? 1 : 0); }
  // The node `id` of the screen shown acts (a click, Space or Enter on its element): true when it did.
  act(id) { return this.m._eq_act(id) === 1; }
  focus(id, visible) { this.m._eq_focus(id, visible ? 1 : 0); }
  items() { return this._json(this.m._eq_items()) || []; }
  // What the screen shows: its description (exposure/screen.hpp).
  screen() { return this._json(this.m._eq_screen()); }
  drawn() { return this._json(this.m._eq_drawn()); }
  result() { return this._json(this.m._eq_result()); }
  palette() { return this._json(this.m._eq_palette()); }
  atlas() { return this._json(this.m._eq_atlas()); }
  frames() { return this.m._eq_frames(); }
  framesPending() { return this.m._eq_frames_pending(); }
  memoryBytes() { return this.m.HEAPU8.length; }
  destroy() { this.m._eq_destroy(); }

  // [SECTION] Core: what the module asks the page
  _copy(text) {
    const done = (ok) => this.m._eq_copied(ok ? 1 : 0);
    try {
      navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
    } catch (e) {
      done(false);
    }
  }
  static _open(href) {
    const scheme = href.slice(0, 8).toLowerCase(); // http(s) only: never javascript: or data:
    if (scheme.startsWith('https:') || scheme.startsWith('http:')) window.open(href, '_blank', 'noopener,noreferrer');
  }
}
