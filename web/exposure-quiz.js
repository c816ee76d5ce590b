// Exposure Quiz: the loader and JS API. Hand-written; defines one global, `ExposureQuiz`.
//
//   <div id="quiz"></div>
//   <script src="exposure-quiz.js"></script>
//   <script src="my-page.js"></script>   // ExposureQuiz.mount(document.getElementById('quiz'), {...})
//
// ExposureQuiz.mount(element, options) -> Promise<instance>
//   options.quiz    URL of a quiz file (default 'wechat.en.json', relative to this script)
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
// instance.screen()  'loading' | 'intro' | 'question' | 'results' | 'error'
// Accessibility: a transparent DOM form mirrors the canvas ([SECTION] Semantics layer): real
// headings, fieldsets, radios, checkboxes, buttons and links over their canvas items, keyboard
// focus in the DOM, a polite live region; honours prefers-reduced-motion and prefers-contrast.
// instance.framesRendered(), instance.whenIdle(), instance.destroy(), instance.canvas
// Events on the element: exposurequiz:ready, :answer {question, answer, skipped},
// :result (the result object), :screen {screen}, :error {message, details}.
//
// Each instance has its own WebAssembly module instance and canvas; the compiled module, the
// fonts and the Emscripten factory are fetched once per page and shared.
(() => {
  'use strict';

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

  let core = null; // Promise<[factory, WebAssembly.Module]>
  function loadCore() {
    if (!core) {
      core = Promise.all([
        bundle ? Promise.resolve(bundle.core) : import(here('exposure-quiz-core.js')).then((m) => m.default),
        compileWasm(here('exposure-quiz-core.wasm')),
      ]);
      core.catch(() => { core = null; }); // a later mount may retry
    }
    return core;
  }

  const fonts = {};
  function loadFont(name) {
    if (!fonts[name]) {
      fonts[name] = (bundled(name) || fetch(here(name)).then((r) => (r.ok ? r.arrayBuffer() : null)))
        .catch(() => null); // without it the quiz still works, in ImGui's built-in font
    }
    return fonts[name];
  }

  async function fetchText(url) {
    const inline = bundled(url);
    if (inline) return new TextDecoder().decode(await inline);
    let response;
    try {
      response = await fetch(url);
    } catch (e) {
      throw new Error(`The quiz file could not be downloaded (${url}): the network request failed.`);
    }
    if (!response.ok) {
      throw new Error(`The quiz file could not be downloaded (${url}): the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
    }
    return response.text();
  }

  function parseAccent(value) {
    const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value || '').trim());
    if (!m) return 0x3b5bdb;
    let hex = m[1];
    if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
    return parseInt(hex, 16);
  }

  // [SECTION] Strings and bytes into the module
  function withString(m, text, fn) {
    const size = m.lengthBytesUTF8(text) + 1;
    const ptr = m._malloc(size);
    m.stringToUTF8(text, ptr, size);
    try { return fn(ptr, size - 1); } finally { m._free(ptr); }
  }
  function withBytes(m, bytes, fn) {
    const data = new Uint8Array(bytes);
    const ptr = m._malloc(data.length);
    m.HEAPU8.set(data, ptr);
    try { return fn(ptr, data.length); } finally { m._free(ptr); }
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

  // [SECTION] Semantics layer: the canvas as a real HTML form for screen readers,
  // keyboards and role-based tests, the way Flutter's web engine mirrors its canvas.
  //
  // A transparent DOM tree over the canvas, rebuilt from instance.items() whenever the module
  // says they changed (Module.eqItems, called after a frame whose items differ), reusing
  // elements by stable key (interactive items: ImGui's id) and writing only what changed:
  //   heading -> <h1..h3> (levels shifted so the screen's top heading is h1), text -> <p>,
  //   question -> <fieldset role=radiogroup> (or a plain <fieldset> for checkboxes) with its
  //   prompt in the <legend>, radio/checkbox -> <label><input></label> (+ aria-describedby for
  //   the option's detail), button -> <button> (aria-pressed, aria-expanded + aria-controls,
  //   aria-disabled), link -> <a href target=_blank>, progressbar -> role=progressbar,
  //   list/listitem -> <ul>/<ol>/<li>, the "Why we ask" text -> role=group.
  // Every element covers its canvas item's rectangle, is invisible (opacity 0) and lets mouse
  // and touch through to the canvas (pointer-events: none).
  //
  // Keyboard model: DOM focus is the only focus. ImGui's keyboard navigation is off (eq_semantics)
  // and the canvas is not focusable; Tab/Shift+Tab move between these elements natively (so
  // focus is never trapped and Tab leaves the quiz after its last element); every option is a
  // Tab stop, and the arrow keys move between options of a single-choice question and choose
  // them, as native radios do; Space toggles; Enter on an option is "Next"; Escape closes
  // "Why we ask". The canvas draws its focus ring where DOM focus is (eq_focus), when focus came
  // from the keyboard. A click or tap on the canvas moves DOM focus to the item under it (no ring).
  // Activating an element (click(), Space/Enter, a screen reader's action) calls
  // eq_activate(id): in the next frame that widget reports a press, the code path of a click.
  // When the screen changes under focus, focus moves to the new screen's first option (the
  // chosen one if any), the Start button, or the result's heading. A polite live region
  // announces each question and the result.
  const BOX = { position: 'absolute', boxSizing: 'border-box', margin: '0', padding: '0', border: '0', minWidth: '0', overflow: 'hidden' };
  const VISUALLY_HIDDEN = {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0', border: '0',
    overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap',
  };
  const ARROWS = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

  class Semantics {
    constructor(instance, m) {
      this.instance = instance;
      this.m = m;
      this.doc = instance.root.ownerDocument;
      this.nodes = new Map(); // key -> {key, item, el, focus, text, container}
      this.json = '';
      this.items = [];
      this.screenKey = '';
      this.modality = 'keyboard'; // what moved focus last: 'keyboard' or 'pointer'
      this.cleanups = instance._cleanups;
      this.uid = 0;

      const layer = this.doc.createElement('div');
      layer.className = 'exposure-quiz-semantics';
      Object.assign(layer.style, {
        position: 'absolute', left: '0', top: '0', width: '100%', height: '0', margin: '0', padding: '0',
        opacity: '0', pointerEvents: 'none', font: '16px/1.25 system-ui, sans-serif', color: '#000', textAlign: 'left',
      });
      this.layer = layer;
      const live = this.doc.createElement('div');
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      live.setAttribute('aria-atomic', 'true');
      Object.assign(live.style, VISUALLY_HIDDEN);
      this.live = live;
      instance.canvas.after(layer, live);

      // The canvas is a picture of the layer: hidden from assistive technology, never focused.
      const canvas = instance.canvas;
      canvas.setAttribute('aria-hidden', 'true');
      canvas.removeAttribute('aria-label');
      canvas.removeAttribute('tabindex');
      this.listen(canvas, 'mousedown', (e) => e.preventDefault()); // a click must not move focus to the canvas
      this.listen(canvas, 'pointerup', (e) => this.onCanvasPointer(e));
      this.listen(this.doc, 'keydown', () => { this.modality = 'keyboard'; }, true);
      this.listen(this.doc, 'pointerdown', () => { this.modality = 'pointer'; }, true);
      this.listen(layer, 'click', (e) => this.onClick(e));
      this.listen(instance.element, 'exposurequiz:ready', () => this.placeLayer());
      this.listen(layer, 'keydown', (e) => this.onKeyDown(e));
      this.listen(layer, 'focusin', (e) => this.onFocusIn(e));
      this.listen(layer, 'focusout', () => queueMicrotask(() => {
        if (!this.layer.contains(this.activeElement()) && this.m) this.m._eq_focus(0, 0);
      }));

      // Reader preferences: no slides with reduced motion, the high-contrast palette with more contrast.
      const motion = matchMedia('(prefers-reduced-motion: reduce)');
      const contrast = matchMedia('(prefers-contrast: more)');
      const prefer = () => m._eq_set_preferences(motion.matches ? 1 : 0, contrast.matches ? 1 : 0);
      prefer();
      this.listen(motion, 'change', prefer);
      this.listen(contrast, 'change', prefer);

      m.eqItems = () => this.schedule();
      m._eq_semantics();
      this.cleanups.push(() => { this.m = null; m.eqItems = null; layer.remove(); live.remove(); });
      this.schedule();
    }

    listen(target, type, fn, capture = false) {
      target.addEventListener(type, fn, capture);
      this.cleanups.push(() => target.removeEventListener(type, fn, capture));
    }

    activeElement() {
      let active = this.instance.root.getRootNode().activeElement || null;
      while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
      return active;
    }

    schedule() {
      if (this.scheduled) return;
      this.scheduled = true;
      queueMicrotask(() => { this.scheduled = false; this.update(); });
    }

    // [SECTION] Semantics layer: keeping the DOM in step with items()
    // The screen these items were drawn for. The layer follows each frame before the frame's
    // events reach the page, so it asks the module rather than instance.screen().
    screen() { return this.m.UTF8ToString(this.m._eq_screen()); }

    update() {
      const m = this.m;
      if (!m || this.instance._destroyed || this.instance._state === 'error') return;
      const json = m.UTF8ToString(m._eq_items());
      if (json === this.json) return;
      const items = JSON.parse(json);
      // While a slide-in runs, only positions change: place the elements once it has settled.
      const structure = items.map((i) => `${i.role}|${i.id || ''}|${i.name}|${i.checked}|${i.disabled}|${i.expanded}|${i.pressed}|${i.focused}|${i.parent}`).join('\n');
      if (structure === this.structure && m._eq_frames_pending() > 0) {
        if (!this.settling) {
          this.settling = true;
          this.instance.whenIdle().then(() => { this.settling = false; this.update(); });
        }
        return;
      }
      this.json = json;
      this.structure = structure;
      this.items = items;

      const active = this.activeElement();
      let focusedNode = null;
      for (const node of this.nodes.values()) if (node.focus && node.focus === active) focusedNode = node;

      // Keys: interactive items by id; the rest by role, level and name (and occurrence).
      const minLevel = Math.min(4, ...items.filter((i) => i.role === 'heading').map((i) => i.level || 3));
      const children = items.map(() => []);
      items.forEach((item, i) => { if (item.parent >= 0) children[item.parent].push(i); });
      const counts = new Map();
      const built = new Array(items.length);
      const seen = new Set();
      const next = new Map(); // container -> next child index
      this.placeLayer();

      const kinds = items.map((item, i) => this.kindOf(item, children[i].some((c) => items[c].role === 'heading'), minLevel));
      const keys = items.map((item, i) => {
        if (item.id) return `#${item.id}`;
        const base = `${kinds[i]}:${item.name}`;
        const n = counts.get(base) || 0;
        counts.set(base, n + 1);
        return `${base}:${n}`;
      });
      // Stale elements go first, so that placing the others moves nothing that stays (moving an
      // element, or an ancestor of it, would take focus away from it).
      for (const key of keys) seen.add(key);
      for (const [key, node] of this.nodes) {
        if (!seen.has(key)) {
          node.el.remove();
          if (node.describedBy) node.describedBy.remove();
          this.nodes.delete(key);
        }
      }
      items.forEach((item, i) => {
        const kind = kinds[i], key = keys[i];
        let node = this.nodes.get(key);
        if (!node || node.kind !== kind) {
          if (node) node.el.remove();
          node = this.create(kind, key, item);
          this.nodes.set(key, node);
        }
        built[i] = node;
        const parent = item.parent >= 0 ? built[item.parent] : null;
        let container = parent ? parent.container : this.layer;
        let origin = parent ? items[item.parent] : { x: 0, y: 0 };
        if (parent && parent.legend && kind.startsWith('h') && !parent.legendUsed) {
          parent.legendUsed = true; // the question's prompt is its legend
          this.place(parent.legend, item, origin);
          container = parent.legend;
          origin = item;
        }
        this.apply(node, item, origin);
        const index = next.get(container) ?? (container.tagName === 'FIELDSET' ? 1 : 0);
        next.set(container, index + 1);
        if (container.children[index] !== node.el) container.insertBefore(node.el, container.children[index] || null);
        if (node.describedBy && !node.describedBy.isConnected) container.append(node.describedBy);
        if (node.legend) node.legendUsed = false;
      });
      // "Why we ask" controls the group that follows it.
      items.forEach((item, i) => {
        if (item.expanded === undefined) return;
        const target = items.findIndex((other, j) => j > i && other.role === 'group' && other.name === item.name);
        const button = built[i].focus;
        if (target >= 0) {
          if (!built[target].el.id) built[target].el.id = `${this.instance.id}-s${++this.uid}`;
          button.setAttribute('aria-controls', built[target].el.id);
        } else button.removeAttribute('aria-controls');
      });

      // The screen changed: tell the reader, and keep focus in the quiz.
      const screen = this.screen();
      const top = items.find((i) => i.role === 'heading');
      const screenKey = `${screen}|${top ? top.name : ''}`;
      const changed = screenKey !== this.screenKey;
      const previous = this.screenKey;
      this.screenKey = screenKey;
      if (focusedNode && (changed || !seen.has(focusedNode.key))) this.focusStart(items, built);
      else if (focusedNode && this.activeElement() !== focusedNode.focus) focusedNode.focus.focus({ preventScroll: true }); // a reorder moved it
      if (changed && !(previous === '' && screen === 'intro')) this.announce(items, screen);
    }

    // The layer lies exactly over the canvas (which moves up when the loading message goes).
    placeLayer() {
      const canvas = this.instance.canvas;
      Object.assign(this.layer.style, {
        top: `${canvas.offsetTop}px`, left: `${canvas.offsetLeft}px`, width: `${canvas.offsetWidth}px`, height: `${canvas.offsetHeight}px`,
      });
    }

    kindOf(item, hasHeading, minLevel) {
      switch (item.role) {
        case 'heading': return `h${Math.max(1, Math.min(6, (item.level || 3) - minLevel + 1))}`;
        case 'radiogroup': return 'radiogroup';
        case 'group': return hasHeading ? 'fieldset' : 'group';
        case 'list': return item.ordered ? 'ol' : 'ul';
        case 'listitem': return 'li';
        case 'radio': case 'checkbox': case 'button': case 'link': case 'progressbar': return item.role;
        default: return 'p';
      }
    }

    create(kind, key, item) {
      const make = (tag, style) => {
        const e = this.doc.createElement(tag);
        Object.assign(e.style, BOX, style || {});
        return e;
      };
      const node = { key, kind };
      switch (kind) {
        case 'radio':
        case 'checkbox': {
          node.el = make('label', { display: 'block' });
          node.focus = make('input', { left: '0', top: '0', width: '100%', height: '100%', appearance: 'none', webkitAppearance: 'none', opacity: '0' });
          node.focus.type = kind;
          node.text = make('span', { position: 'static', display: 'block', padding: '12px 16px 12px 52px' });
          node.el.append(node.focus, node.text);
          break;
        }
        case 'button':
          node.el = node.focus = node.text = make('button');
          node.el.type = 'button';
          break;
        case 'link':
          node.el = node.focus = node.text = make('a', { display: 'block' });
          node.el.target = '_blank';
          node.el.rel = 'noopener noreferrer';
          break;
        case 'progressbar':
          node.el = make('div');
          node.el.setAttribute('role', 'progressbar');
          node.el.setAttribute('aria-valuemin', '0');
          node.el.setAttribute('aria-valuemax', '100');
          break;
        case 'radiogroup':
        case 'fieldset':
          node.el = node.container = make('fieldset');
          if (kind === 'radiogroup') node.el.setAttribute('role', 'radiogroup');
          node.legend = make('legend', { float: 'none' });
          node.el.append(node.legend);
          break;
        case 'group':
          node.el = node.container = make('div');
          node.el.setAttribute('role', 'group');
          break;
        case 'ul': case 'ol': case 'li':
          node.el = node.container = make(kind, { listStyle: 'none' });
          break;
        default: // h1..h6, p
          node.el = node.text = make(kind, { font: 'inherit' });
          if (kind.startsWith('h')) node.el.tabIndex = -1; // the result's heading takes focus after "See my result"
      }
      if (node.focus && item.id) node.focus.dataset.eqId = String(item.id);
      return node;
    }

    place(el, item, origin) {
      const s = el.style;
      const set = (name, v) => { const px = `${Math.round(v * 10) / 10}px`; if (s[name] !== px) s[name] = px; };
      set('left', item.x - origin.x);
      set('top', item.y - origin.y);
      set('width', item.w);
      set('height', item.h);
    }

    apply(node, item, origin) {
      this.place(node.el, item, origin);
      const el = node.el;
      const attr = (target, name, value) => {
        if (value === null || value === undefined || value === false) { if (target.hasAttribute(name)) target.removeAttribute(name); } else if (target.getAttribute(name) !== String(value)) target.setAttribute(name, String(value));
      };
      if (node.text && node.text.textContent !== item.name) node.text.textContent = item.name;
      node.item = item;
      switch (node.kind) {
        case 'radio':
        case 'checkbox':
          if (node.focus.checked !== !!item.checked) node.focus.checked = !!item.checked;
          if (item.description) {
            if (!node.describedBy) {
              node.describedBy = this.doc.createElement('span');
              node.describedBy.id = `${this.instance.id}-d${++this.uid}`;
              Object.assign(node.describedBy.style, VISUALLY_HIDDEN);
              node.focus.setAttribute('aria-describedby', node.describedBy.id);
            }
            if (node.describedBy.textContent !== item.description) node.describedBy.textContent = item.description;
          }
          break;
        case 'button':
          attr(el, 'aria-disabled', item.disabled ? 'true' : null);
          attr(el, 'aria-pressed', item.pressed === undefined ? null : String(item.pressed));
          attr(el, 'aria-expanded', item.expanded === undefined ? null : String(item.expanded));
          break;
        case 'link':
          attr(el, 'href', item.href || null);
          break;
        case 'progressbar':
          attr(el, 'aria-label', item.name);
          attr(el, 'aria-valuenow', item.value === undefined ? null : Math.round(item.value));
          break;
        case 'group': case 'ul': case 'ol':
          attr(el, 'aria-label', item.name || null);
          break;
        default:
      }
    }

    // Focus for a new screen: the chosen (or first) option, else Start, else the top heading.
    focusStart(items, built) {
      const options = built.filter((n) => n.kind === 'radio' || n.kind === 'checkbox');
      let target = null;
      if (options.length) target = (options.find((n) => n.focus.checked) || options[0]).focus;
      else if (this.screen() === 'results') target = (built.find((n) => n.kind === 'h1') || {}).el;
      if (!target) target = (built.find((n) => n.focus && !n.item.disabled) || {}).focus;
      if (target) target.focus({ preventScroll: true });
    }

    announce(items, screen) {
      let text = '';
      if (screen === 'question') {
        const count = items.find((i) => i.role === 'text' && /^\d+ of \d+$/.test(i.name));
        const group = items.find((i) => i.role === 'radiogroup' || (i.role === 'group' && items.some((c) => c.parent === items.indexOf(i) && c.role === 'heading')));
        if (group) text = `${count ? `Question ${count.name}: ` : ''}${group.name}`;
      } else if (screen === 'results') {
        const result = this.instance.result();
        if (result) text = `Your exposure score is ${Math.round(result.score)} of 100: ${result.band_title}`;
      }
      if (!text) return;
      if (this.live.textContent === text) text += '\u00a0'; // the same words again still count as a change
      this.live.textContent = text;
    }

    // [SECTION] Semantics layer: input
    onClick(e) {
      const target = e.target.closest && e.target.closest('[data-eq-id]');
      if (!target || !this.layer.contains(target) || !this.m) return;
      if (target.tagName === 'A') e.preventDefault(); // the module opens it, as for a click on the canvas
      this.m._eq_activate(Number(target.dataset.eqId));
    }

    onKeyDown(e) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || !this.m) return;
      const t = e.target;
      const option = t.tagName === 'INPUT' && (t.type === 'radio' || t.type === 'checkbox');
      if (option && t.type === 'radio' && ARROWS[e.key]) {
        const group = Array.from((t.closest('fieldset') || this.layer).querySelectorAll('input[type=radio]'));
        const next = group[(group.indexOf(t) + ARROWS[e.key] + group.length) % group.length];
        e.preventDefault();
        next.focus();
        next.click(); // arrows choose, as with native radios
      } else if (option && e.key === 'Enter') {
        e.preventDefault(); // Enter on an option is "Next" (the canvas's rule too)
        const next = this.items.find((i) => i.role === 'button' && /^(Next|See my result)$/.test(i.name));
        if (next && next.id) this.m._eq_activate(next.id); // queued after a pending choice; ignored while disabled
      } else if (e.key === 'Escape') {
        const open = this.layer.querySelector('button[aria-expanded=true]');
        if (open) { e.preventDefault(); open.click(); open.focus(); }
      }
    }

    onFocusIn(e) {
      const id = Number((e.target.dataset && e.target.dataset.eqId) || 0);
      if (this.m) this.m._eq_focus(id, this.modality === 'pointer' ? 0 : 1);
    }

    // A click or tap on the canvas: DOM focus follows to the item under the pointer, as it would
    // on a real form control (the canvas acts on the click itself).
    onCanvasPointer(e) {
      const box = this.instance.canvas.getBoundingClientRect();
      const x = e.clientX - box.left, y = e.clientY - box.top;
      let hit = null;
      for (const item of this.items) {
        if (item.id && x >= item.x && x < item.x + item.w && y >= item.y && y < item.y + item.h) hit = item;
      }
      const node = hit && this.nodes.get(`#${hit.id}`);
      if (node && node.focus) setTimeout(() => { if (node.focus.isConnected) node.focus.focus({ preventScroll: true }); }, 0);
    }
  }

  // Without WebGL 2 (or scripts): the questions as a plain page, built from the quiz file.
  function offerQuestionsPage(instance) {
    const box = instance.status;
    if (!box || !box.isConnected || bundle) return; // a single-file page has no questions.html beside it
    const p = document.createElement('p');
    p.style.margin = '12px 0 0';
    const a = document.createElement('a');
    a.href = here('questions.html');
    a.textContent = 'Read the questions as a plain page instead';
    a.style.color = 'inherit';
    p.append(a, ' (you can answer them there for yourself; the score needs WebGL 2).');
    box.append(p);
  }

  // [SECTION] Instances
  const instances = [];
  let counter = 0;

  class Instance {
    constructor(element, options) {
      this.element = element;
      this.options = options;
      this._state = 'loading';
      this._module = null;
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
      canvas.tabIndex = 0;
      canvas.setAttribute('aria-label', 'Exposure quiz');
      Object.assign(canvas.style, {
        display: 'block', width: '100%', height: '0px', borderRadius: '12px', touchAction: 'manipulation',
        userSelect: 'none', webkitUserSelect: 'none', webkitTapHighlightColor: 'transparent',
      });
      canvas.addEventListener('contextmenu', (e) => e.preventDefault());
      this.canvas = canvas;

      const status = document.createElement('div');
      status.setAttribute('role', 'status');
      Object.assign(status.style, { padding: '48px 16px', textAlign: 'center', font: '16px/1.5 system-ui, sans-serif', opacity: '0.7' });
      status.textContent = 'Loading the quiz\u2026';
      this.status = status;

      root.append(status, canvas);
      if (this.shadow) this.shadow.replaceChildren(root);
      else element.append(root);
    }

    async _start() {
      const o = this.options;
      const quizUrl = new URL(o.quiz || 'wechat.en.json', BASE).href;
      const quizName = quizUrl.split('/').pop().split(/[?#]/)[0];
      let factory, wasmModule, text, regular, bold;
      try {
        [[factory, wasmModule], text, regular, bold] = await Promise.all([
          loadCore(), fetchText(quizUrl), loadFont('noto-sans-regular.ttf'), loadFont('noto-sans-bold.ttf'),
        ]);
      } catch (e) {
        return this._fail(e.message.startsWith('The quiz file') ? e.message : `The quiz could not be started: ${e.message}`);
      }
      if (this._destroyed) return;

      const emit = (type, json) => queueMicrotask(() => this._emit(type, json));
      const m = await factory({
        eqEmit: emit,
        eqCanvas: this.canvas, // found through this, not document.querySelector (shadow roots)
        instantiateWasm: (imports, done) => {
          WebAssembly.instantiate(wasmModule, imports).then((instance) => done(instance, wasmModule));
          return {};
        },
        print: (t) => console.log(t),
        printErr: (t) => console.warn(t),
        onAbort: (what) => this._fail(`The quiz stopped unexpectedly (${what}). Reloading the page may help.`),
      });
      if (this._destroyed) return;
      this._module = m;

      if (regular) withBytes(m, regular, (p, n) => m._eq_set_font(0, p, n));
      if (bold) withBytes(m, bold, (p, n) => m._eq_set_font(1, p, n));
      const ok = withString(m, text, (tp, tn) => withString(m, quizName, (np) => m._eq_load_quiz(tp, tn, np)));
      if (!ok) {
        const details = m.UTF8ToString(m._eq_diagnostics()).trim().split('\n').filter(Boolean);
        return this._fail(`The quiz file ${quizName} has ${details.length === 1 ? 'a problem' : 'problems'}, so the quiz can't be shown.`, details);
      }

      this._applyTheme();
      const scheme = matchMedia('(prefers-color-scheme: dark)');
      const onScheme = () => this._applyTheme();
      scheme.addEventListener('change', onScheme);
      this._cleanups.push(() => scheme.removeEventListener('change', onScheme));

      const pageUrl = o.shareUrl || location.href.split('#')[0];
      const started = withString(m, `#${this.id}`, (sel) => withString(m, pageUrl, (url) =>
        withString(m, o.share ? String(o.share) : '', (code) => m._eq_start(sel, url, code))));
      if (!started) {
        this._fail('This browser cannot show the quiz: it needs WebGL 2, which is turned off or not supported here.');
        return offerQuestionsPage(this);
      }
      this._semantics = new Semantics(this, m); // the DOM form over the canvas
      this._watchSize();
      this._watchVisibility();
      if (o.holdHeight !== false) this._watchHeight();
      await new Promise((resolve) => { this._onReady = resolve; });
    }

    _applyTheme() {
      const o = this.options;
      const dark = o.theme === 'dark' || (o.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
      this._module._eq_set_theme(dark ? 1 : 0, parseAccent(o.accent));
    }

    // Width changes (the element) and devicePixelRatio changes (zoom, moving between screens).
    _watchSize() {
      const m = this._module;
      let width = this.root.clientWidth;
      const observer = new ResizeObserver(() => {
        if (this.root.clientWidth !== width) { width = this.root.clientWidth; m._eq_resized(); }
      });
      observer.observe(this.root);
      let dpr = devicePixelRatio;
      let query = null;
      const onDpr = () => {
        if (query) query.removeEventListener('change', onDpr);
        if (devicePixelRatio !== dpr) { dpr = devicePixelRatio; m._eq_resized(); }
        query = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
        query.addEventListener('change', onDpr);
      };
      onDpr();
      // Some zoom changes fire no media-query change (seen in headless Chromium): a cheap check.
      const timer = setInterval(() => { if (devicePixelRatio !== dpr) onDpr(); }, 1000);
      this._cleanups.push(() => { observer.disconnect(); clearInterval(timer); if (query) query.removeEventListener('change', onDpr); });
    }

    // Nothing is drawn while the canvas is scrolled out of view; it catches up when it is back.
    _watchVisibility() {
      if (!window.IntersectionObserver) return;
      const observer = new IntersectionObserver((entries) => {
        this.visible = entries[entries.length - 1].isIntersecting;
        if (this._module) this._module._eq_set_visible(this.visible ? 1 : 0);
      }, { rootMargin: '64px 0px' });
      observer.observe(this.root);
      this._cleanups.push(() => observer.disconnect());
    }

    // The canvas is as tall as its content; the root holds the tallest height so far and gives
    // space back only where the reader cannot see it (see heightHolder).
    _watchHeight() {
      const holder = heightHolder(this.root, 'minHeight');
      const observer = new ResizeObserver(() => holder.update(this.canvas.offsetHeight));
      observer.observe(this.canvas);
      this._cleanups.push(() => { observer.disconnect(); holder.stop(); });
    }

    _emit(type, json) {
      if (this._destroyed) return;
      const detail = json ? JSON.parse(json) : {};
      if (type === 'screen') this._state = detail.screen;
      if (type === 'ready') {
        this._state = detail.screen;
        this.status.remove();
      }
      this.element.dispatchEvent(new CustomEvent(`exposurequiz:${type}`, { detail, bubbles: true }));
      if (type === 'ready' && this._onReady) this._onReady();
    }

    _fail(message, details = []) {
      this._state = 'error';
      this.error = { message, details };
      this.canvas.style.display = 'none';
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
          more.textContent = `\u2026 and ${details.length - 50} more`;
          list.append(more);
        }
        box.append(list);
      }
      this.status.replaceWith(box);
      this.status = box;
      this.element.dispatchEvent(new CustomEvent('exposurequiz:error', { detail: { message, details }, bubbles: true }));
      if (this._onReady) this._onReady();
    }

    screen() { return this._state; }
    framesRendered() { return this._module && this._state !== 'error' ? this._module._eq_frames() : 0; }
    items() {
      if (!this._module || this._state === 'error' || this._destroyed) return [];
      return JSON.parse(this._module.UTF8ToString(this._module._eq_items()));
    }
    result() {
      if (!this._module || this._state === 'error' || this._destroyed) return null;
      const json = this._module.UTF8ToString(this._module._eq_result());
      return json ? JSON.parse(json) : null;
    }
    // Resolves once no frame is pending (animations done): positions in items() are final.
    whenIdle() {
      return new Promise((resolve) => {
        const check = () => {
          if (!this._module || this._destroyed || this._state === 'error' || this._module._eq_frames_pending() === 0) resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
    }
    destroy() {
      if (this._destroyed) return;
      this._destroyed = true;
      for (const cleanup of this._cleanups) cleanup();
      if (this._module && this._state !== 'error') this._module._eq_destroy();
      this._module = null;
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
      instance._fail(`The quiz could not be started: ${e && e.message ? e.message : e}`);
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

  window.ExposureQuiz = Object.freeze({ mount, frame, instances, version: '0.1.0' });
})();
