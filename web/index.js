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
  const setHash = (hash) => {
    if (location.hash === hash) return;
    history.replaceState(null, '', hash || location.pathname + location.search);
    ownHash = hash;
  };

  element.addEventListener('exposurequiz:result', (e) => setHash(`#r=${e.detail.share}`));
  element.addEventListener('exposurequiz:screen', (e) => { if (e.detail.screen !== 'results') setHash(''); });

  async function start() {
    instance = await window.ExposureQuiz.mount(element, { quiz: quizFile(), share: shareCode() });
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
