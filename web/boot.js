// Runs in the page's <head>, before the first paint (index.html, frame.html): picks the language
// whose first screen shows, so a reader who prefers Chinese never sees English first. The
// choice is the loader's (web/js/loader.js chooseLang): ?lang=, else the first of the reader's
// browser languages the quiz speaks, else its source language; the tags come from the page's
// <meta name="exposure-quiz-languages"> (`exposure pages` writes it). It then asks for the files
// the quiz needs next, and remembers a Start pressed before the quiz is ready, which the loader
// then does.
(() => {
  'use strict';
  const meta = document.querySelector('meta[name="exposure-quiz-languages"]');
  if (!meta) return;
  const languages = meta.content.split(';').map((entry) => {
    const [id, tags] = entry.split(':');
    return { id, tags: tags.split(',').map((t) => t.toLowerCase()) };
  });
  // The language with the longest tag that `tag` is or starts with ("zh-HK-x" as zh-HK's).
  const langOf = (tag) => {
    const wanted = String(tag || '').toLowerCase().replace(/_/g, '-');
    let best = null, length = 0;
    for (const { id, tags } of languages) {
      for (const candidate of tags) {
        if ((wanted === candidate || wanted.startsWith(`${candidate}-`)) && candidate.length > length) {
          best = id;
          length = candidate.length;
        }
      }
    }
    return best;
  };
  // ?lang= (the switch keeps it in the address), else the language a page is in (index.LOCALE.html).
  let lang = langOf(new URLSearchParams(location.search).get('lang') || meta.dataset.lang);
  for (const tag of lang ? [] : navigator.languages || [navigator.language]) {
    lang = langOf(tag);
    if (lang) break;
  }
  lang = lang || meta.dataset.source;
  document.documentElement.dataset.eqLang = lang;
  document.documentElement.lang = lang;

  // The module and the quiz's files, asked for as soon as the first screen is painted rather than
  // when exposure-quiz.js has run: on a slow link they are what the first question waits for.
  // Not before that paint: nothing may compete with the first screen (Lighthouse's simulated LCP
  // counts every request started before it). The names are the loader's (web/js/loader.js:
  // loadCore, quizFile, loadWords), which then finds them downloading; its test checks that each
  // is used. Once the loader has run it asks for them itself. A browser without WebAssembly
  // (Lockdown Mode, Tor Browser) gets the module compiled to JavaScript. Fonts are the loader's
  // to ask for: only a canvas needs them, and asking whether one can be drawn takes a WebGL
  // context.
  const here = document.currentScript && document.currentScript.src;
  const preload = (file, as) => {
    const link = document.createElement('link');
    link.href = new URL(file, here || location.href).href;
    if (as === 'module') {
      link.rel = 'modulepreload';
    } else {
      link.rel = 'preload';
      link.as = as;
      link.crossOrigin = 'anonymous'; // as fetch() asks for it
    }
    document.head.append(link);
  };
  const askEarly = () => {
    if (window.ExposureQuiz) return;
    if (typeof WebAssembly === 'object') {
      preload('exposure-quiz-core.js', 'module');
      preload('exposure-quiz-core.wasm', 'fetch');
    } else {
      preload('exposure-quiz-core-nowasm.js', 'module');
    }
    // The page's quiz, unless the address names another (?quiz=, index.js and frame.js).
    if (meta.dataset.quiz && !new URLSearchParams(location.search).has('quiz')) {
      preload(`${meta.dataset.quiz}.${lang}.json`, 'fetch');
    }
    preload(`strings.${lang}.json`, 'fetch');
  };
  // A task after the frame after the first: by then the first frame is on screen, not only drawn.
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(askEarly)));

  // Start pressed on a first screen the quiz has not taken over yet: marked, and done as soon
  // as the quiz is ready (the loader reads data-eq-pressed).
  document.addEventListener('click', (e) => {
    const start = e.target.closest && e.target.closest('.exposure-quiz[data-eq-first] [data-action="start"]');
    if (!start) return;
    e.preventDefault();
    start.closest('.exposure-quiz').dataset.eqPressed = '';
    start.dataset.eqPressed = '';
  }, true);
})();
