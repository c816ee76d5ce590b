// The full-page quiz: one instance, and the #r=CODE fragment that reproduces a result. The
// fragment never reaches a server; we only read it here and write it with history.replaceState.
(() => {
  'use strict';
  const element = document.getElementById('quiz');
  let instance = null;
  let ownHash = location.hash;

  // #r=CODE, or #r=NEW&before=OLD: a result, and an earlier one to show beside it.
  const fromHash = (name) => {
    const m = new RegExp(`^#(?:.*&)?${name}=([^&]*)`).exec(location.hash);
    if (!m || (name === 'r' && !location.hash.startsWith('#r='))) return '';
    try { return decodeURIComponent(m[1]); } catch (e) { return m[1]; }
  };
  const shareCode = () => fromHash('r');
  const beforeCode = () => fromHash('before');
  // ?quiz=messaging.en.json picks another shipped quiz (plain file names only).
  const quizFile = () => {
    const name = new URLSearchParams(location.search).get('quiz');
    return name && /^[a-z0-9][a-z0-9.-]*\.json$/i.test(name) ? name : undefined;
  };
  // ?lang=, or the single-file page's data-lang; else the reader's languages.
  const lang = () => new URLSearchParams(location.search).get('lang') || element.dataset.lang || undefined;
  // The page around the quiz speaks the quiz's language (footer, title, <html lang>): its
  // locale's page words and the quiz's title there, from the catalogue the loader carries.
  const showLang = (shown) => {
    const { catalog } = window.ExposureQuiz;
    const locale = catalog.locales.find((l) => l.id === shown);
    if (!locale) return;
    const fill = (text, ...args) => text.replace(/\{(\d)\}/g, (hole, n) => args[n] ?? hole);
    document.documentElement.lang = shown;
    const quiz = instance && catalog.quizzes.find((q) => q.id === instance.quiz);
    if (quiz && quiz.title[shown]) document.title = fill(locale.words.title, quiz.title[shown], locale.words.product);
    const footer = document.querySelector('.footer');
    if (footer) footer.textContent = locale.words.footer;
  };
  const setHash = (hash) => {
    if (location.hash === hash) return;
    history.replaceState(null, '', hash || location.pathname + location.search);
    ownHash = hash;
  };

  // The earlier result stays in the address while it is shown beside this one (a retake drops it;
  // "Compare with an earlier result" sets it).
  let before = '';
  element.addEventListener('exposurequiz:result', (e) => {
    if (instance) before = instance.comparison() ? instance.options.before || '' : '';
    setHash(`#r=${e.detail.share}${before ? `&before=${encodeURIComponent(before)}` : ''}`);
  });
  element.addEventListener('exposurequiz:screen', (e) => { if (e.detail.screen !== 'results') setHash(''); });
  // A language chosen with the switch stays in the address, so a reload keeps it.
  element.addEventListener('exposurequiz:language', (e) => {
    const params = new URLSearchParams(location.search);
    params.set('lang', e.detail.lang);
    history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
    showLang(e.detail.lang);
  });

  async function start() {
    before = beforeCode();
    instance = await window.ExposureQuiz.mount(element, { quiz: quizFile(), lang: lang(), share: shareCode(), before });
    showLang(instance.lang);
  }
  // A pasted link with another result: start again from it.
  window.addEventListener('hashchange', () => {
    if (location.hash === ownHash) return;
    ownHash = location.hash;
    if (instance) instance.destroy();
    start();
  });
  start();
})();
