// [SECTION] View: the DOM renderer of a screen's description
//
// The module describes each screen (exposure/screen.hpp, read with Core.screen()); this draws the
// description as HTML, styled by exposure-quiz.css (web/quiz.css). One renderer, two modes:
//   'shown'  the quiz as HTML, in the page's flow: the intro (until Start), the HTML view where
//            nothing is drawn on the canvas (no WebGL, no WebAssembly, a lost context) and print;
//   'over'   the same elements, transparent, each placed over what the canvas drew for it (the
//            items the canvas logs name the node and part they draw): the accessibility layer
//            of the question and results screens, for screen readers, keyboards and tests.
// The first screen the server sent (written at build by `exposure pages`, tools/html_pages.cpp,
// from the same description) is adopted as it is: nothing is drawn again until it changes.
//
// Elements are kept by node key between renders and changed in place where a node changes
// (an option checked, Next enabled), so focus and a screen reader's place survive.
//
// Keyboard model: DOM focus is the only focus; the module has no keyboard input and the canvas
// is not focusable. Tab moves between the elements natively; every option is a Tab stop, the
// arrow keys move between the options of a single-choice question and choose them, as native
// radios do; Space toggles; Enter on an option is Next; Escape closes "Why we ask". The canvas
// draws its focus ring where DOM focus is (Core.focus), when it came from the keyboard. A click
// or tap on the canvas moves DOM focus to the element over it (no ring). Activating an element
// (click, Space/Enter, a screen reader's action) acts on its node (Core.act), the code path of
// a click on the canvas. When the screen changes, focus moves to its first option (the chosen
// one if any), Start, or the result's heading, and a polite live region says what the screen's
// description announces.
const SVG = 'http://www.w3.org/2000/svg';
const ARROWS = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
// A padlock (the privacy promise), as the canvas draws it (web/src/screen_*.cpp draw none on the
// intro: this and the static first screen are the only ones).
const LOCK_PATH = 'M6.6 12h12.8a1.6 1.6 0 0 1 1.6 1.6v8.8a1.6 1.6 0 0 1-1.6 1.6H6.6A1.6 1.6 0 0 1 5 22.4v-8.8A1.6 1.6 0 0 1 6.6 12zM8.3 12V9.1a4.7 4.7 0 0 1 9.4 0V12h-2.6V9.1a2.1 2.1 0 0 0-4.2 0V12z';

class View {
  // mode: 'shown' or 'over' (see above).
  constructor(instance, core, mode) {
    this.instance = instance;
    this.core = core;
    this.doc = instance.root.ownerDocument;
    this.entries = new Map(); // node key -> {kind, sig, el, box, fixed}
    this.screen = null;
    this.screenKey = '';
    this.modality = 'keyboard'; // what moved focus last: 'keyboard' or 'pointer'
    this.cleanups = instance._cleanups;
    this.uid = 0;
    this.renders = 0;

    this.layer = instance.viewLayer;
    const live = this.doc.createElement('div');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    live.className = 'eq-sr';
    this.live = live;
    this.layer.after(live);
    this.setMode(mode);

    // The canvas is a picture of the layer: hidden from assistive technology, never focused.
    const canvas = instance.canvas;
    canvas.setAttribute('aria-hidden', 'true');
    this.listen(canvas, 'mousedown', (e) => e.preventDefault()); // a click must not blur what has focus (onCanvasPointer moves it)
    this.listen(canvas, 'pointerup', (e) => this.onCanvasPointer(e));
    this.listen(this.doc, 'keydown', () => { this.modality = 'keyboard'; }, true);
    this.listen(this.doc, 'pointerdown', () => { this.modality = 'pointer'; }, true);
    this.listen(this.layer, 'click', (e) => this.onClick(e));
    this.listen(this.layer, 'keydown', (e) => this.onKeyDown(e));
    this.listen(this.layer, 'focusin', (e) => this.onFocusIn(e));
    this.listen(this.layer, 'focusout', () => queueMicrotask(() => {
      if (!this.layer.contains(this.activeElement()) && this.core) this.core.focus(0, false);
    }));

    // Reader preferences: no slides with reduced motion, the high-contrast palette with more contrast.
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    const contrast = matchMedia('(prefers-contrast: more)');
    const prefer = () => core.setPreferences(motion.matches, contrast.matches);
    prefer();
    this.listen(motion, 'change', prefer);
    this.listen(contrast, 'change', prefer);
    this.cleanups.push(() => { this.core = null; live.remove(); });
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

  // [SECTION] View: modes and the layer
  setMode(mode) {
    if (this.mode === mode) return;
    this.mode = mode;
    this.layer.classList.toggle('eq-shown', mode === 'shown');
    this.layer.classList.toggle('eq-over', mode === 'over');
    // Positions from the canvas belong to the layer over it; in the page's flow, none.
    this.layer.removeAttribute('style');
    for (const el of this.layer.querySelectorAll('[style]')) {
      if (el.dataset.eqStyle === undefined) el.removeAttribute('style');
      else el.style.cssText = el.dataset.eqStyle; // CSSOM: the CSP allows it, not a style attribute
    }
    this.paint(true);
    if (mode === 'over') this.place(this.core ? this.core.items() : []);
  }

  // Keeps the first screen the server sent (the same description, written at build) until the
  // screen changes: nothing is drawn again, so nothing moves.
  adopt(element) {
    this.adopted = element;
    element.querySelectorAll('[data-eq-id]').forEach((el) => { el.dataset.eqAdopted = ''; });
  }

  // The module's palette as CSS variables on the quiz's root: the HTML's colours follow the theme.
  paint(force = false) {
    const palette = this.core && this.core.palette();
    const key = JSON.stringify(palette);
    if (!palette || (key === this.palette && !force)) return;
    this.palette = key;
    for (const [name, value] of Object.entries(palette)) {
      if (typeof value === 'string') this.instance.root.style.setProperty(`--eq-${name.replace(/_/g, '-')}`, value);
    }
  }

  setLang(lang) {
    this.instance.root.style.setProperty('--eq-font', (LOCALES[lang] || LOCALES[SOURCE]).system_fonts);
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => { this.scheduled = false; this.update(); });
  }

  // [SECTION] View: rendering
  update() {
    const core = this.core;
    if (!core || this.instance._destroyed || this.instance._state === 'error') return;
    const screen = core.screen();
    if (!screen) return;
    this.instance._syncMode(screen.screen);
    this.paint();
    const active = this.activeElement();
    const focusedId = active && this.layer.contains(active) ? active.dataset.eqId : null;
    this.screen = screen;
    this.renders++;
    this.layer.lang = screen.lang;
    this.layer.dataset.screen = screen.screen;

    const adopted = this.adopted;
    const plain = screen.screen === 'intro' && !screen.nodes.some((n) => n.kind === 'notice');
    if (adopted && plain && adopted.lang === screen.lang && adopted.isConnected) {
      // The static first screen shows exactly this: keep it.
    } else {
      if (adopted) {
        this.adopted = null;
        if (adopted.parentNode === this.layer) adopted.remove();
        else adopted.replaceChildren();
        this.entries.clear();
      }
      const next = new Map();
      const elements = screen.nodes.map((node) => this.build(node, next, 1));
      this.placeChildren(this.layer, 0, elements);
      this.entries = next;
    }
    if (this.mode === 'over') this.place(core.items());

    // The screen changed: tell the reader, and keep focus in the quiz.
    const screenKey = `${screen.screen}|${screen.question || ''}|${screen.lang}`;
    const changed = screenKey !== this.screenKey;
    this.screenKey = screenKey;
    const still = focusedId && this.layer.querySelector(`[data-eq-id="${focusedId}"]`);
    if (focusedId && (changed || !still)) this.focusStart(screen);
    else if (still && this.activeElement() !== still) still.focus({ preventScroll: true });
    if (changed && screen.announcement) this.announce(screen.announcement);
  }

  // The element for `node`, reused from the last render when the node is the same (or changed
  // in place where only its state changed), with its children in order.
  build(node, next, level) {
    const sig = JSON.stringify({ ...node, children: undefined });
    let entry = this.entries.get(node.key);
    if (!entry || entry.kind !== node.kind) {
      entry = { kind: node.kind, sig, ...this.create(node, level) };
    } else if (entry.sig !== sig) {
      if (!this.patch(entry, node)) entry = { kind: node.kind, sig, ...this.create(node, level) };
      entry.sig = sig;
    }
    next.set(node.key, entry);
    if (entry.box) {
      const children = (node.children || []).map((child) => this.build(child, next, level + 1));
      this.placeChildren(entry.box, entry.fixed || 0, children);
    }
    return entry.el;
  }

  placeChildren(box, fixed, elements) {
    elements.forEach((el, i) => {
      const at = box.children[fixed + i];
      if (at !== el) box.insertBefore(el, at || null);
    });
    while (box.children.length > fixed + elements.length) box.lastElementChild.remove();
  }

  make(tag, className, text) {
    const el = this.doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  // Where the canvas's item for (node, part) places this element.
  mark(el, node, part = '') {
    el.dataset.eqPlace = part ? `${node.id}:${part}` : String(node.id);
    return el;
  }

  control(el, node) {
    el.dataset.eqId = String(node.id);
    if (node.action) el.dataset.action = node.action;
    return this.mark(el, node);
  }

  create(node, level) {
    const make = (tag, cls, text) => this.make(tag, cls, text);
    switch (node.kind) {
      case 'eyebrow': case 'lead': case 'paragraph': case 'note': {
        const el = make('p', `eq-${node.kind}${node.centred ? ' eq-centred' : ''}`, node.text);
        return { el: this.mark(el, node) };
      }
      case 'title': case 'heading': {
        const el = make(node.kind === 'title' ? 'h1' : 'h2', `eq-${node.kind}`, node.text);
        el.tabIndex = -1;
        return { el: this.mark(el, node) };
      }
      case 'notice': {
        const el = this.mark(make('div', 'eq-card eq-notice'), node);
        el.append(this.mark(make('p', 'eq-notice-title', node.text), node, 'title'),
          this.mark(make('p', 'eq-notice-detail', node.detail), node, 'detail'));
        return { el };
      }
      case 'promise': {
        const el = make('div', 'eq-card eq-promise');
        const svg = this.doc.createElementNS(SVG, 'svg');
        svg.setAttribute('class', 'eq-lock');
        svg.setAttribute('viewBox', '0 0 26 26');
        svg.setAttribute('aria-hidden', 'true');
        const path = this.doc.createElementNS(SVG, 'path');
        path.setAttribute('d', LOCK_PATH);
        svg.append(path);
        const body = make('div', 'eq-promise-body');
        body.append(make('p', 'eq-promise-title', node.text), make('p', 'eq-promise-detail', node.detail));
        el.append(svg, body);
        return { el };
      }
      case 'facts': {
        const el = make('ul', 'eq-facts');
        return { el, box: el };
      }
      case 'fact':
        return { el: make('li', 'eq-fact', node.text) };
      case 'button': {
        const cls = { start: ' eq-start', 'show-all': ' eq-more', 'toggle-what-if': ' eq-more', print: ' eq-print' }[node.action] || '';
        const el = this.control(make('button', `eq-button eq-${node.emphasis}${cls}`, node.text), node);
        el.type = 'button';
        this.patch({ kind: 'button', el }, node);
        return { el };
      }
      case 'skip': case 'plan-tick': {
        const el = this.control(make('button', `eq-chip${node.kind === 'plan-tick' ? ' eq-plan-tick' : ''}`, node.text), node);
        el.type = 'button';
        this.patch({ kind: 'skip', el }, node);
        return { el };
      }
      case 'projection': {
        const el = make('div', `eq-card eq-projection${node.value >= 0 ? '' : ' eq-plan-hint'}`);
        el.append(this.mark(make('p', 'eq-projection-text', node.text), node, 'text'));
        if (node.detail) {
          const band = this.mark(make('p', 'eq-projection-band', node.detail), node, 'detail');
          if (node.textColour) this.styled(band, `color: ${node.textColour}`);
          el.append(band);
        }
        return { el };
      }
      case 'disclosure': {
        const el = this.control(make('button', 'eq-disclosure', node.text), node);
        el.type = 'button';
        this.patch({ kind: 'disclosure', el }, node);
        return { el };
      }
      case 'option': {
        const el = this.mark(make('label', 'eq-option'), node);
        const input = make('input');
        input.type = node.multi ? 'checkbox' : 'radio';
        // A name of its own: every option is a Tab stop (the arrows move between them, onKeyDown).
        input.name = `${this.instance.id}-choice-${node.id}`;
        input.dataset.eqId = String(node.id);
        input.dataset.action = 'choose';
        const text = make('span', 'eq-option-text');
        const label = make('span', 'eq-option-label', node.text);
        // Named by its label alone; the detail line describes it (as a screen reader reads a
        // native option with a hint).
        label.id = `${this.instance.id}-l${++this.uid}`;
        input.setAttribute('aria-labelledby', label.id);
        text.append(label);
        const entry = { el, input, label };
        if (node.detail) {
          entry.detail = make('span', 'eq-option-detail', node.detail);
          entry.detail.id = `${this.instance.id}-d${++this.uid}`;
          input.setAttribute('aria-describedby', entry.detail.id);
          text.append(entry.detail);
        }
        el.append(input, text);
        this.patch({ kind: 'option', ...entry }, node);
        return entry;
      }
      case 'progress': {
        const el = make('div', 'eq-progress');
        el.append(this.mark(make('p', 'eq-progress-category', node.text), node, 'category'),
          this.mark(make('p', 'eq-progress-count', node.detail), node, 'count'),
          this.bar(node, node.detail, node.value, null, 'bar'));
        return { el };
      }
      case 'question': {
        const el = this.mark(make('fieldset', 'eq-question'), node);
        if (!node.multi) el.setAttribute('role', 'radiogroup');
        const legend = make('legend', 'eq-legend');
        const prompt = this.mark(make('h1', 'eq-prompt', node.text), node, 'prompt');
        prompt.tabIndex = -1;
        legend.append(prompt);
        el.append(legend, this.mark(make('p', 'eq-hint', node.detail), node, 'hint'));
        return { el, box: el, fixed: 2 };
      }
      case 'help': {
        const el = this.mark(make('div', 'eq-card eq-help'), node);
        el.setAttribute('role', 'group');
        el.setAttribute('aria-label', node.label || '');
        el.id = `${this.instance.id}-help`;
        el.append(this.mark(make('p', 'eq-help-text', node.text), node, 'text'));
        return { el, box: el, fixed: 1 };
      }
      case 'source': {
        const el = make('div', 'eq-source');
        if (node.label) el.append(this.mark(make('p', 'eq-sources-label', node.label), node, 'label'));
        if (node.href) { // else another passage of the source above: its quote only
          const link = this.control(make('a', 'eq-source-link', node.text), node);
          link.href = node.href;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          el.append(link);
        }
        if (node.quote) {
          const quote = this.mark(make('blockquote', 'eq-quote', `\u201c${node.quote}\u201d`), node, 'quote');
          quote.cite = node.href;
          if (node.quoteLang) quote.lang = node.quoteLang;
          el.append(quote);
        }
        // The sources still on their way, or not coming: said in their place.
        if (node.detail) el.append(this.mark(make('p', 'eq-source-status', node.detail), node, 'detail'));
        return { el };
      }
      case 'row': {
        const nav = node.children && node.children[0] && node.children[0].action === 'back';
        const el = make('div', `eq-row ${nav ? 'eq-navigation' : 'eq-actions'}`);
        return { el, box: el };
      }
      case 'gauge':
        return { el: this.gauge(node) };
      case 'band': {
        const el = make('div', 'eq-band');
        const title = this.mark(make('h1', 'eq-band-title', node.text), node, 'title');
        title.tabIndex = -1;
        if (node.textColour) this.styled(title, `color: ${node.textColour}`);
        el.append(title, this.mark(make('p', 'eq-band-detail', node.detail), node, 'detail'));
        return { el };
      }
      case 'section': {
        const el = make('section', 'eq-section');
        el.append(this.mark(make('h2', 'eq-heading', node.text), node, 'heading'));
        const first = node.children && node.children[0] ? node.children[0].kind : '';
        let box;
        if (first === 'step') box = this.mark(make('ol', 'eq-steps'), node);
        else if (first === 'category' || first === 'weight') box = this.mark(make('ul', 'eq-card eq-list'), node);
        else if (first === 'note') box = make('div', 'eq-card eq-share');
        else box = make('div', 'eq-section-body');
        if (box.tagName === 'UL' || box.tagName === 'OL') box.setAttribute('aria-label', node.text);
        el.append(box);
        return { el, box };
      }
      case 'category': {
        const el = this.mark(make('li', 'eq-category'), node);
        const value = this.mark(make('p', `eq-category-value${node.value >= 0 ? '' : ' eq-none'}`, node.detail), node, 'value');
        el.append(this.mark(make('p', 'eq-category-title', node.text), node, 'title'), value);
        if (!node.note) el.append(this.bar(node, node.label, node.value, node.colour, 'bar'));
        else { // with the reader's plan: a thinner bar and its value; both bars end at the same place
          const now = make('div', 'eq-after');
          const room = make('p', 'eq-after-value eq-room', node.note);
          room.setAttribute('aria-hidden', 'true');
          now.append(this.bar(node, node.label, node.value, node.colour, 'bar'), room);
          el.append(now);
          const after = make('div', 'eq-after');
          const bar = this.bar(node, node.afterLabel, node.after ?? -1, node.afterColour, 'after');
          bar.classList.add('eq-bar-after');
          after.append(bar, this.mark(make('p', 'eq-after-value', node.note), node, 'after-value'));
          el.append(after);
        }
        return { el };
      }
      case 'weight': {
        const el = this.mark(make('li', 'eq-weight'), node);
        const pill = this.mark(make('p', 'eq-pill eq-points', node.note), node, 'note');
        // Points an answer adds in a severe band's colour; a line of "then and now" in its band's.
        if (node.colour) this.styled(pill, `color: ${node.textColour}; background: color-mix(in srgb, ${node.colour} 16%, transparent)`);
        el.append(this.mark(make('p', 'eq-weight-text', node.text), node, 'text'), pill);
        if (node.detail) el.append(this.mark(make('p', 'eq-weight-detail', node.detail), node, 'detail'));
        return { el };
      }
      case 'step': {
        const el = this.mark(make('li', 'eq-card eq-step'), node);
        const badge = make('span', 'eq-badge', String(node.number));
        badge.setAttribute('aria-hidden', 'true');
        const body = make('div', 'eq-step-body');
        const title = this.mark(make('h3', 'eq-step-title', node.text), node, 'title');
        body.append(title);
        if (node.detail) body.append(this.mark(make('p', 'eq-step-detail', node.detail), node, 'detail'));
        if (node.note) body.append(this.mark(make('p', 'eq-pill eq-saves', node.note), node, 'note'));
        el.append(badge, body);
        return { el, box: body, fixed: body.children.length };
      }
      case 'share-link': {
        const el = make('div', 'eq-share-link');
        el.append(this.mark(make('p', 'eq-share-field', node.text), node));
        return { el, box: el, fixed: 1 };
      }
      default:
        return { el: make('p', 'eq-paragraph', node.text || '') };
    }
  }

  // A node whose state changed, changed in place: a control keeps its element (and focus).
  patch(entry, node) {
    const el = entry.el;
    const set = (target, name, value) => {
      if (value === null || value === undefined) target.removeAttribute(name);
      else if (target.getAttribute(name) !== String(value)) target.setAttribute(name, String(value));
    };
    switch (entry.kind) {
      case 'button': {
        if (el.textContent !== node.text) el.textContent = node.text;
        const cls = { start: ' eq-start', 'show-all': ' eq-more', 'toggle-what-if': ' eq-more', print: ' eq-print' }[node.action] || '';
        el.className = `eq-button eq-${node.emphasis}${cls}`;
        set(el, 'aria-disabled', node.disabled ? 'true' : null);
        return true;
      }
      case 'skip':
        if (el.textContent !== node.text) el.textContent = node.text;
        set(el, 'aria-pressed', node.checked ? 'true' : 'false');
        return true;
      case 'disclosure':
        if (el.textContent !== node.text) el.textContent = node.text;
        set(el, 'aria-expanded', node.expanded ? 'true' : 'false');
        set(el, 'aria-controls', node.expanded ? `${this.instance.id}-help` : null);
        return true;
      case 'option':
        if (entry.input.type !== (node.multi ? 'checkbox' : 'radio')) return false;
        if (entry.label.textContent !== node.text) entry.label.textContent = node.text;
        if (entry.detail && entry.detail.textContent !== (node.detail || '')) entry.detail.textContent = node.detail || '';
        if (!entry.detail && node.detail) return false;
        entry.input.checked = !!node.checked;
        el.classList.toggle('eq-checked', !!node.checked);
        return true;
      default:
        return false;
    }
  }

  // A style that holds in every mode (a band's colour), kept apart from the layer's positions.
  styled(el, style) {
    el.dataset.eqStyle = style;
    el.style.cssText = style;
  }

  bar(node, name, value, colour, part) {
    const el = this.mark(this.make('div', 'eq-bar'), node, part);
    el.setAttribute('role', 'progressbar');
    el.setAttribute('aria-valuemin', '0');
    el.setAttribute('aria-valuemax', '100');
    el.setAttribute('aria-label', name || '');
    if (value >= 0) el.setAttribute('aria-valuenow', String(Math.round(value)));
    const fill = this.make('span', 'eq-bar-fill');
    this.styled(fill, `width: ${Math.max(0, Math.min(100, value >= 0 ? value : 0))}%${colour ? `; background: ${colour}` : ''}`);
    el.append(fill);
    return el;
  }

  // The score on a half ring in its band's colour, as the canvas draws it.
  gauge(node) {
    const el = this.make('div', 'eq-gauge');
    const ring = this.mark(this.make('div', 'eq-gauge-ring'), node);
    ring.setAttribute('role', 'progressbar');
    ring.setAttribute('aria-valuemin', '0');
    ring.setAttribute('aria-valuemax', '100');
    ring.setAttribute('aria-valuenow', String(Math.round(node.value)));
    ring.setAttribute('aria-label', node.label || '');
    const svg = this.doc.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 300 161');
    svg.setAttribute('aria-hidden', 'true');
    const arc = (cls, stroke, length) => {
      const path = this.doc.createElementNS(SVG, 'path');
      path.setAttribute('d', 'M 11 150 A 139 139 0 0 1 289 150');
      path.setAttribute('class', cls);
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke-width', '22');
      path.setAttribute('stroke-linecap', 'round');
      path.setAttribute('pathLength', '100');
      if (stroke) path.setAttribute('stroke', stroke);
      if (length !== undefined) path.setAttribute('stroke-dasharray', `${length} 200`);
      return path;
    };
    svg.append(arc('eq-gauge-track'));
    if (node.value > 0.1) svg.append(arc('eq-gauge-value', node.colour || 'currentColor', Math.min(100, node.value)));
    ring.append(svg);
    el.append(ring, this.mark(this.make('p', 'eq-gauge-number', node.text), node, 'number'),
      this.make('p', 'eq-gauge-detail', node.detail));
    return el;
  }

  // [SECTION] View: the layer over the canvas
  // Each element over the canvas item drawn for its node and part (CSS px, relative to the
  // element it is in); elements without one sit at their parent's corner, taking no room.
  place(items) {
    if (this.mode !== 'over') return;
    const canvas = this.instance.canvas;
    Object.assign(this.layer.style, {
      top: `${canvas.offsetTop}px`, left: `${canvas.offsetLeft}px`, width: `${canvas.offsetWidth}px`, height: `${canvas.offsetHeight}px`,
    });
    const at = new Map();
    for (const item of items) {
      if (!item.node) continue;
      const key = item.part ? `${item.node}:${item.part}` : String(item.node);
      if (!at.has(key)) at.set(key, item);
    }
    const origin = new Map([[this.layer, { x: 0, y: 0 }]]);
    const px = (v) => `${Math.round(v * 10) / 10}px`;
    const walk = (parent) => {
      for (const el of parent.children) {
        const base = origin.get(parent);
        const item = el.dataset.eqPlace ? at.get(el.dataset.eqPlace) : null;
        const box = item ? { x: item.x, y: item.y, w: item.w, h: item.h } : { x: base.x, y: base.y, w: 0, h: 0 };
        const s = el.style;
        const want = { left: px(box.x - base.x), top: px(box.y - base.y), width: px(box.w), height: px(box.h) };
        for (const [name, value] of Object.entries(want)) if (s[name] !== value) s[name] = value;
        s.overflow = item ? 'hidden' : 'visible';
        origin.set(el, box);
        walk(el);
      }
    };
    walk(this.layer);
  }

  // [SECTION] View: what the reader sees, as items (instance.items() where the DOM draws)
  items() {
    const canvas = this.instance.canvas.getBoundingClientRect();
    const out = [];
    const role = (el) => {
      const explicit = el.getAttribute('role');
      if (explicit) return explicit;
      switch (el.tagName) {
        case 'H1': case 'H2': case 'H3': return 'heading';
        case 'BUTTON': return 'button';
        case 'A': return 'link';
        case 'INPUT': return el.type;
        case 'FIELDSET': return 'group';
        case 'UL': case 'OL': return 'list';
        case 'LI': return 'listitem';
        case 'P': case 'BLOCKQUOTE': return 'text';
        default: return null;
      }
    };
    for (const el of this.layer.querySelectorAll('*')) {
      const r = role(el);
      if (!r || el.closest('[hidden]')) continue;
      const box = (el.tagName === 'INPUT' ? el.closest('label') : el).getBoundingClientRect();
      const item = { role: r, name: (el.tagName === 'INPUT' ? el.closest('label').querySelector('.eq-option-label') : el).textContent,
        x: box.left - canvas.left, y: box.top - canvas.top, w: box.width, h: box.height,
        checked: !!el.checked || el.getAttribute('aria-pressed') === 'true', disabled: el.getAttribute('aria-disabled') === 'true' };
      if (el.dataset.eqId) { item.id = Number(el.dataset.eqId); item.focused = el === this.activeElement(); }
      if (el.dataset.action && el.tagName === 'BUTTON') item.action = el.dataset.action;
      if (el.hasAttribute('aria-expanded')) item.expanded = el.getAttribute('aria-expanded') === 'true';
      if (el.hasAttribute('aria-valuenow')) item.value = Number(el.getAttribute('aria-valuenow'));
      if (el.tagName === 'A') item.href = el.getAttribute('href');
      if (r === 'heading') item.level = Number(el.tagName[1]);
      out.push(item);
    }
    return out;
  }

  // [SECTION] View: focus and announcements
  // Focus for a new screen: the chosen (or first) option, else Start, else the top heading.
  focusStart(screen) {
    const options = Array.from(this.layer.querySelectorAll('input[data-eq-id]'));
    let target = null;
    if (options.length) target = options.find((o) => o.checked) || options[0];
    else if (screen.screen === 'results') target = this.layer.querySelector('h1');
    if (!target) target = this.layer.querySelector('[data-eq-id]:not([aria-disabled="true"])');
    if (target) target.focus({ preventScroll: true });
  }

  announce(text) {
    if (this.live.textContent === text) text += '\u00a0'; // the same words again still count as a change
    this.live.textContent = text;
  }

  // [SECTION] View: input
  onClick(e) {
    const target = e.target.closest && e.target.closest('[data-eq-id]');
    if (!target || !this.layer.contains(target) || !this.core) return;
    if (target.tagName === 'A') e.preventDefault(); // the module opens it, as for a click on the canvas
    if (target.tagName === 'INPUT') queueMicrotask(() => this.update()); // the module's state, not the browser's toggle
    this.core.act(Number(target.dataset.eqId));
  }

  onKeyDown(e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || !this.core) return;
    const t = e.target;
    const option = t.tagName === 'INPUT' && (t.type === 'radio' || t.type === 'checkbox');
    if (option && t.type === 'radio' && ARROWS[e.key]) {
      const group = Array.from((t.closest('fieldset') || this.layer).querySelectorAll('input[type=radio]'));
      const next = group[(group.indexOf(t) + ARROWS[e.key] + group.length) % group.length];
      e.preventDefault();
      next.focus();
      next.click(); // arrows choose, as with native radios
    } else if (option && e.key === 'Enter') {
      e.preventDefault(); // Enter on an option is "Next", as Enter submits a form
      const next = this.layer.querySelector('[data-action="next"]');
      if (next) this.core.act(Number(next.dataset.eqId)); // ignored while disabled
    } else if (e.key === 'Escape') {
      const open = this.layer.querySelector('[data-action="toggle-help"][aria-expanded="true"]');
      if (open) { e.preventDefault(); open.click(); open.focus(); }
    }
  }

  onFocusIn(e) {
    const id = Number((e.target.dataset && e.target.dataset.eqId) || 0);
    if (this.core) this.core.focus(id, this.modality !== 'pointer');
  }

  // A click or tap on the canvas: DOM focus follows to the element over it, as it would on a real
  // form control (the canvas acts on the click itself).
  onCanvasPointer(e) {
    const box = this.instance.canvas.getBoundingClientRect();
    const x = e.clientX - box.left, y = e.clientY - box.top;
    let hit = null;
    for (const item of this.core ? this.core.items() : []) {
      if (item.id && x >= item.x && x < item.x + item.w && y >= item.y && y < item.y + item.h) hit = item;
    }
    const el = hit && this.layer.querySelector(`[data-eq-id="${hit.id}"]`);
    if (el) setTimeout(() => { if (el.isConnected) el.focus({ preventScroll: true }); }, 0);
  }
}
