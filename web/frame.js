// frame.html?quiz=messaging.en.json&lang=zh-Hant&theme=dark&accent=%2307c160&id=my-quiz
// Mounts one quiz and tells the parent page its height whenever it changes:
//   parent.postMessage({type: 'exposure-quiz:height', id, height}, '*')
// (a height is no secret; the parent checks event.source, see ExposureQuiz.frame in
// web/js/loader.js and docs/embedding.md). Without a parent that listens, the iframe keeps its
// own height and scrolls inside.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  // Only the quizzes shipped beside this page: a plain file name, never a URL.
  const name = params.get('quiz');
  const quiz = name && /^[a-z0-9][a-z0-9._-]*\.json$/i.test(name) ? name : undefined;
  const theme = /^(auto|light|dark)$/.test(params.get('theme') || '') ? params.get('theme') : 'auto';
  const id = (params.get('id') || quiz || 'wechat.en.json').slice(0, 100);
  const element = document.getElementById('quiz');

  let last = 0;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'exposure-quiz:height', id, height }, '*');
  };
  new ResizeObserver(post).observe(element);
  // The iframe's own height decides the frame's viewport: the quiz follows its content at once
  // and the parent applies the no-jump rule to the iframe instead.
  window.ExposureQuiz.mount(element, { quiz, lang: params.get('lang') || undefined, theme, accent: params.get('accent') || undefined, holdHeight: false });
})();
