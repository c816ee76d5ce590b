// The full-page quiz: one instance, and the #r=CODE fragment that reproduces a result. The
// fragment never reaches a server; we only read it here and write it with history.replaceState.
(() => {
  'use strict';
  const element = document.getElementById('quiz');
  let instance = null;
  let ownHash = location.hash;

  const shareCode = () => {
    const m = /^#r=(.*)$/.exec(location.hash);
    if (!m) return '';
    try { return decodeURIComponent(m[1]); } catch (e) { return m[1]; }
  };
  // ?quiz=messaging.en.json picks another shipped quiz (plain file names only).
  const quizFile = () => {
    const name = new URLSearchParams(location.search).get('quiz');
    return name && /^[a-z0-9][a-z0-9.-]*\.json$/i.test(name) ? name : undefined;
  };
  // ?lang=zh-Hans|zh-Hant|en, or the single-file page's data-lang; else the reader's languages.
  const lang = () => new URLSearchParams(location.search).get('lang') || element.dataset.lang || undefined;
  // The page around the quiz speaks the quiz's language (footer, title, <html lang>).
  const PAGE = {
    en: { title: 'How exposed are you on WeChat? \u00b7 Exposure Quiz', footer: 'Runs entirely in your browser. Nothing you answer is sent anywhere.' },
    'zh-Hans': { title: '你在微信上的暴露程度有多高？\u00b7 隐私暴露自测', footer: '完全在你的浏览器中运行。你的任何回答都不会被发送到任何地方。' },
    'zh-Hant': { title: '你在微信上的暴露程度有多高？\u00b7 隱私暴露自我檢查', footer: '完全在你的瀏覽器中執行。你的任何回答都不會傳送到任何地方。' },
  };
  const showLang = (shown) => {
    const page = PAGE[shown] || PAGE.en;
    document.documentElement.lang = shown;
    if (!new URLSearchParams(location.search).get('quiz')) document.title = page.title;
    const footer = document.querySelector('.footer');
    if (footer) footer.textContent = page.footer;
  };
  const setHash = (hash) => {
    if (location.hash === hash) return;
    history.replaceState(null, '', hash || location.pathname + location.search);
    ownHash = hash;
  };

  element.addEventListener('exposurequiz:result', (e) => setHash(`#r=${e.detail.share}`));
  element.addEventListener('exposurequiz:screen', (e) => { if (e.detail.screen !== 'results') setHash(''); });
  // A language chosen with the switch stays in the address, so a reload keeps it.
  element.addEventListener('exposurequiz:language', (e) => {
    const params = new URLSearchParams(location.search);
    params.set('lang', e.detail.lang);
    history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
    showLang(e.detail.lang);
  });

  async function start() {
    instance = await window.ExposureQuiz.mount(element, { quiz: quizFile(), lang: lang(), share: shareCode() });
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
