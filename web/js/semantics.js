// [SECTION] Semantics layer: the canvas as a real HTML form for screen readers,
// keyboards and role-based tests, the way Flutter's web engine mirrors its canvas.
//
// A transparent DOM tree over the canvas, rebuilt from the items whenever the module says they
// changed (Core's page.itemsChanged: after a frame whose items differ), reusing
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
// Keyboard model: DOM focus is the only focus. The module has no keyboard input at all and the
// canvas is not focusable; Tab/Shift+Tab move between these elements natively (so
// focus is never trapped and Tab leaves the quiz after its last element); every option is a
// Tab stop, and the arrow keys move between options of a single-choice question and choose
// them, as native radios do; Space toggles; Enter on an option is "Next" (the item whose action
// is `next`); Escape closes "Why we ask" (`toggle-help`). The canvas draws its focus ring where
// DOM focus is (Core.focus), when focus came from the keyboard. A click or tap on the canvas
// moves DOM focus to the item under it (no ring). Activating an element (click(), Space/Enter,
// a screen reader's action) calls Core.activate(id): in the next frame that widget reports a
// press, the code path of a click. When the screen changes under focus, focus moves to the new
// screen's first option (the chosen one if any), the Start button, or the result's heading. A
// polite live region says what the module's view announces for each screen.
const BOX = { position: 'absolute', boxSizing: 'border-box', margin: '0', padding: '0', border: '0', minWidth: '0', overflow: 'hidden' };
const OVER_CANVAS = { position: 'absolute', left: '0', top: '0', width: '100%', height: '0', margin: '0', padding: '0',
  opacity: '0', pointerEvents: 'none', font: '16px/1.25 system-ui, sans-serif', color: '#000', textAlign: 'left' };

// The HTML view: the same elements, visible and in the page's flow, for browsers where the module
// draws nothing (no WebGL 2, a lost context). Colours are the module's palette (CSS variables set
// in paint()), so the three themes and the accent carry over; fonts are the system's.
// The system's fonts for the language shown (--eq-font on the layer, set by setLang): each
// locale's list (its "system" fonts in content/locales/, through the catalogue in loader.js), so
// Chinese text is in a Chinese face of the right script and Traditional never borrows Simplified
// shapes.
const FONT = 'var(--eq-font)';
const CARD = { border: '1px solid var(--eq-border)', borderRadius: '12px', background: 'var(--eq-surface)', padding: '12px 16px' };
const SHOWN = {
  layer: { position: 'relative', left: '', top: '', width: 'auto', height: 'auto', maxWidth: '720px', margin: '0 auto', padding: '24px 20px 32px',
    boxSizing: 'border-box', opacity: '1', pointerEvents: 'auto', font: `16px/1.5 ${FONT}`, color: 'var(--eq-text)', background: 'var(--eq-background)',
    borderRadius: '12px', overflowWrap: 'anywhere', textAlign: 'left' },
  all: { position: 'static', overflow: 'visible', width: 'auto', height: 'auto', margin: '0 0 12px' },
  h1: { font: `700 28px/1.25 ${FONT}` }, h2: { font: `700 22px/1.3 ${FONT}` }, h3: { font: `700 18px/1.35 ${FONT}` },
  h4: { font: `700 17px/1.4 ${FONT}` }, h5: { font: `700 16px/1.4 ${FONT}` }, h6: { font: `700 16px/1.4 ${FONT}` },
  radio: { display: 'flex', gap: '12px', alignItems: 'flex-start', cursor: 'pointer', margin: '0 0 8px', ...CARD },
  input: { position: 'static', width: '20px', height: '20px', margin: '2px 0 0', flex: 'none', opacity: '1', appearance: 'auto', webkitAppearance: 'auto', accentColor: 'var(--eq-accent)' },
  optionText: { padding: '0' },
  button: { display: 'inline-block', margin: '0 8px 12px 0', padding: '12px 20px', font: `600 16px/1.25 ${FONT}`, cursor: 'pointer',
    color: 'var(--eq-text)', background: 'var(--eq-surface)', border: '1px solid var(--eq-border-strong)', borderRadius: '12px' },
  primary: { color: 'var(--eq-on-accent)', background: 'var(--eq-accent)', border: '1px solid var(--eq-accent)' },
  link: { display: 'block', margin: '0 0 8px', color: 'var(--eq-accent-text)', textDecoration: 'underline' },
  progressbar: { display: 'block', height: '8px', margin: '4px 0 16px', background: 'var(--eq-track)', borderRadius: '4px', overflow: 'hidden' },
  fill: { display: 'block', height: '100%', background: 'var(--eq-accent)' },
  fieldset: { border: '0', padding: '0', margin: '0 0 16px', minWidth: '0' },
  legend: { position: 'static', width: '100%', padding: '0', margin: '0 0 8px' },
  list: { listStyle: 'none', padding: '0' },
  li: { ...CARD, margin: '0 0 12px' },
  group: { ...CARD },
};
// Buttons that move the reader on stand out, as on the canvas.
const PRIMARY_ACTIONS = new Set(['start', 'next', 'copy-link']);
const VISUALLY_HIDDEN = {
  position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0', border: '0',
  overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap',
};
const ARROWS = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

class Semantics {
  // options.visible: the HTML view (see SHOWN) instead of a transparent layer over the canvas.
  constructor(instance, core, options = {}) {
    this.instance = instance;
    this.core = core;
    this.visible = !!options.visible;
    this.palette = '';
    this.doc = instance.root.ownerDocument;
    this.nodes = new Map(); // key -> {key, item, el, focus, text, container}
    this.items = [];
    this.screenKey = '';
    this.modality = 'keyboard'; // what moved focus last: 'keyboard' or 'pointer'
    this.cleanups = instance._cleanups;
    this.uid = 0;

    const layer = this.doc.createElement('div');
    layer.className = 'exposure-quiz-semantics';
    Object.assign(layer.style, this.visible ? SHOWN.layer : OVER_CANVAS);
    this.layer = layer;
    this.setLang(instance.lang);
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
    this.listen(canvas, 'mousedown', (e) => e.preventDefault()); // a click must not blur what has focus (onCanvasPointer moves it)
    this.listen(canvas, 'pointerup', (e) => this.onCanvasPointer(e));
    this.listen(this.doc, 'keydown', () => { this.modality = 'keyboard'; }, true);
    this.listen(this.doc, 'pointerdown', () => { this.modality = 'pointer'; }, true);
    this.listen(layer, 'click', (e) => this.onClick(e));
    this.listen(instance.element, 'exposurequiz:ready', () => this.placeLayer());
    this.listen(layer, 'keydown', (e) => this.onKeyDown(e));
    this.listen(layer, 'focusin', (e) => this.onFocusIn(e));
    this.listen(layer, 'focusout', () => queueMicrotask(() => {
      if (!this.layer.contains(this.activeElement()) && this.core) this.core.focus(0, false);
    }));

    // Reader preferences: no slides with reduced motion, the high-contrast palette with more contrast.
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    const contrast = matchMedia('(prefers-contrast: more)');
    const prefer = () => core.setPreferences(motion.matches, contrast.matches);
    prefer();
    this.listen(motion, 'change', prefer);
    this.listen(contrast, 'change', prefer);

    this.cleanups.push(() => { this.core = null; layer.remove(); live.remove(); });
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

  // [SECTION] Semantics layer: keeping the DOM in step with the items
  update() {
    const core = this.core;
    if (!core || this.instance._destroyed || this.instance._state === 'error') return;
    const items = core.items();
    if (this.visible) this.paint();
    // The screen these items were drawn for. The layer follows each frame before the frame's
    // events reach the page, so it asks the module rather than instance.screen().
    const view = core.view();
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
    // "Why we ask" controls the group it opens.
    items.forEach((item, i) => {
      if (item.expanded === undefined) return;
      const target = item.controls ?? -1;
      const button = built[i].focus;
      if (target >= 0) {
        if (!built[target].el.id) built[target].el.id = `${this.instance.id}-s${++this.uid}`;
        button.setAttribute('aria-controls', built[target].el.id);
      } else button.removeAttribute('aria-controls');
    });

    // The screen changed: tell the reader, and keep focus in the quiz.
    const screen = view.screen;
    const top = items.find((i) => i.role === 'heading');
    const screenKey = `${screen}|${top ? top.name : ''}`;
    const changed = screenKey !== this.screenKey;
    this.screenKey = screenKey;
    if (focusedNode && (changed || !seen.has(focusedNode.key))) this.focusStart(built, screen);
    else if (focusedNode && this.activeElement() !== focusedNode.focus) focusedNode.focus.focus({ preventScroll: true }); // a reorder moved it
    if (changed && view.announcement) this.announce(view.announcement);
  }

  // The layer lies exactly over the canvas (which moves up when the loading message goes).
  placeLayer() {
    if (this.visible) return; // in the page's flow
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
    if (this.visible) this.show(node, kind);
    return node;
  }

  // The HTML view's look for a new element (see SHOWN).
  show(node, kind) {
    Object.assign(node.el.style, SHOWN.all, SHOWN[kind] || {});
    switch (kind) {
      case 'radio': case 'checkbox':
        Object.assign(node.el.style, SHOWN.radio);
        Object.assign(node.focus.style, SHOWN.input);
        Object.assign(node.text.style, SHOWN.optionText);
        break;
      case 'progressbar':
        node.fill = this.doc.createElement('span');
        Object.assign(node.fill.style, SHOWN.fill);
        node.el.append(node.fill);
        break;
      case 'radiogroup': case 'fieldset':
        Object.assign(node.el.style, SHOWN.fieldset);
        Object.assign(node.legend.style, SHOWN.legend);
        break;
      case 'ul': case 'ol':
        Object.assign(node.el.style, SHOWN.list);
        break;
      default:
    }
  }

  // The module's palette as CSS variables on the layer: the HTML view's colours follow the theme.
  paint() {
    const palette = this.core.palette();
    const key = JSON.stringify(palette);
    if (!palette || key === this.palette) return;
    this.palette = key;
    for (const [name, value] of Object.entries(palette)) {
      if (typeof value === 'string') this.layer.style.setProperty(`--eq-${name.replace(/_/g, '-')}`, value);
    }
  }

  // On paper: the HTML view whatever the screen shows, without the buttons, links with their
  // addresses. Built now, not at the next frame: the browser lays out for print on return.
  setPrinting(on) {
    this.printing = on;
    if (on) {
      this.overCanvasBeforePrint = !this.visible;
      this.rebuild(true);
    } else if (this.overCanvasBeforePrint) {
      this.overCanvasBeforePrint = false;
      this.rebuild(false);
    } else {
      this.update(); // the HTML view stays: its buttons and links come back as they were
    }
  }

  // Switches between the transparent layer and the HTML view, rebuilding every element.
  setVisible(visible) {
    if (this.visible === visible) return;
    this.rebuild(visible);
  }

  rebuild(visible) {
    this.visible = visible;
    for (const node of this.nodes.values()) {
      node.el.remove();
      if (node.describedBy) node.describedBy.remove();
    }
    this.nodes.clear();
    this.screenKey = '';
    this.palette = '';
    this.layer.removeAttribute('style');
    Object.assign(this.layer.style, visible ? SHOWN.layer : OVER_CANVAS);
    this.setLang(this.instance.lang);
    this.update();
  }

  setLang(lang) { this.layer.style.setProperty('--eq-font', (LOCALES[lang] || LOCALES[SOURCE]).system_fonts); }

  place(el, item, origin) {
    if (this.visible) return; // in the page's flow
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
    attr(el, 'lang', item.lang || null); // a source's quote, in the source's language
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
        if (this.visible) {
          Object.assign(el.style, PRIMARY_ACTIONS.has(item.action) ? SHOWN.primary : {},
            { opacity: item.disabled ? '0.55' : '1', display: this.printing ? 'none' : 'inline-block' });
        }
        attr(el, 'aria-disabled', item.disabled ? 'true' : null);
        attr(el, 'aria-pressed', item.pressed === undefined ? null : String(item.pressed));
        attr(el, 'aria-expanded', item.expanded === undefined ? null : String(item.expanded));
        break;
      case 'link':
        attr(el, 'href', item.href || null);
        if (this.printing && item.href && node.text.textContent === item.name) node.text.textContent = `${item.name} (${item.href})`;
        break;
      case 'progressbar':
        attr(el, 'aria-label', item.name);
        attr(el, 'aria-valuenow', item.value === undefined ? null : Math.round(item.value));
        if (node.fill) node.fill.style.width = `${Math.max(0, Math.min(100, item.value || 0))}%`;
        break;
      case 'group': case 'ul': case 'ol':
        attr(el, 'aria-label', item.name || null);
        break;
      default:
    }
  }

  // Focus for a new screen: the chosen (or first) option, else Start, else the top heading.
  focusStart(built, screen) {
    const options = built.filter((n) => n.kind === 'radio' || n.kind === 'checkbox');
    let target = null;
    if (options.length) target = (options.find((n) => n.focus.checked) || options[0]).focus;
    else if (screen === 'results') target = (built.find((n) => n.kind === 'h1') || {}).el;
    if (!target) target = (built.find((n) => n.focus && !n.item.disabled) || {}).focus;
    if (target) target.focus({ preventScroll: true });
  }

  announce(text) {
    if (this.live.textContent === text) text += '\u00a0'; // the same words again still count as a change
    this.live.textContent = text;
  }

  // [SECTION] Semantics layer: input
  onClick(e) {
    const target = e.target.closest && e.target.closest('[data-eq-id]');
    if (!target || !this.layer.contains(target) || !this.core) return;
    if (target.tagName === 'A') e.preventDefault(); // the module opens it, as for a click on the canvas
    this.core.activate(Number(target.dataset.eqId));
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
      const next = this.items.find((i) => i.action === 'next');
      if (next && next.id) this.core.activate(next.id); // queued after a pending choice; ignored while disabled
    } else if (e.key === 'Escape') {
      const open = this.items.find((i) => i.action === 'toggle-help' && i.expanded);
      const node = open && this.nodes.get(`#${open.id}`);
      if (node) { e.preventDefault(); node.focus.click(); node.focus.focus(); }
    }
  }

  onFocusIn(e) {
    const id = Number((e.target.dataset && e.target.dataset.eqId) || 0);
    if (this.core) this.core.focus(id, this.modality !== 'pointer');
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

