// frame.html?quiz=messaging.en.json&lang=zh-Hant&theme=dark&accent=%2307c160&id=my-quiz
// Mounts one quiz and tells the parent page its height whenever it changes:
//   parent.postMessage({type: 'exposure-quiz:height', id, height}, '*')
// (a height is no secret; the parent checks event.source, see ExposureQuiz.frame in
// web/js/loader.js and docs/embedding.md). Without a parent that listens, the iframe keeps its
// own height and scrolls inside.
//
// WordPress (an oEmbed of the quiz's page: QUIZ-frame.LOCALE.html, web/tools/make_single_file.py)
// shows the frame hidden, with sandbox="allow-scripts", and appends #?secret=XXXX to its
// address. Its wp-embed.js then takes {message: 'height', value, secret} (the height, clamped to
// 200-1000 px; the first one shows the frame) and {message: 'link', value: URL, secret} (it
// navigates the post's page to URL when URL is on the frame's host and the frame has focus), and
// says {message: 'ready', secret} once it listens. Inside that sandbox nothing may open a window
// or print, so printing and "open the quiz on its own page" become a link message to the quiz's
// own page (data-page), where the reader's result opens from its #r= link.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  // Only the quizzes shipped beside this page: a plain file name, never a URL.
  const name = params.get('quiz');
  const quiz = name && /^[a-z0-9][a-z0-9._-]*\.json$/i.test(name) ? name : undefined;
  const theme = /^(auto|light|dark)$/.test(params.get('theme') || '') ? params.get('theme') : 'auto';
  const id = (params.get('id') || quiz || 'wechat.en.json').slice(0, 100);
  const element = document.getElementById('quiz');
  // WordPress's secret, after whatever fragment the address had (#?secret= or #r=CODE#?secret=).
  const secret = (/[#?&]secret=([A-Za-z0-9]{1,64})(?:[&#]|$)/.exec(location.hash) || [])[1];
  const fullPage = element.dataset.page ? new URL(element.dataset.page, location.href).href : null;
  let share = '';

  let last = 0;
  const post = () => {
    // The body: the quiz, and in the oEmbed frame the link to its own page under it.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
    else window.parent.postMessage({ type: 'exposure-quiz:height', id, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);

  // The quiz's own page, on the top page, through WordPress (inside its sandbox nothing else can).
  const openPage = () => {
    if (!fullPage) return false;
    const url = share ? `${fullPage}#r=${encodeURIComponent(share)}` : fullPage;
    window.parent.postMessage({ message: 'link', value: url, secret }, '*');
    return true;
  };
  if (secret) {
    addEventListener('message', (e) => {
      if (e.source !== window.parent || !e.data || e.data.secret !== secret || e.data.message !== 'ready') return;
      last = 0; // WordPress listens now: the height again, which shows the frame
      post();
    });
    const open = document.querySelector('[data-eq-open-page]');
    if (open) open.addEventListener('click', (e) => { if (openPage()) e.preventDefault(); });
    element.addEventListener('exposurequiz:result', (e) => { share = e.detail.share || ''; });
  }
  // WordPress keeps the frame clipped to a pixel until the first height arrives, and Chromium
  // then renders nothing in it (no ResizeObserver callback, no animation frame): say it now.
  if (secret) post();
  // The iframe's own height decides the frame's viewport: the quiz follows its content at once
  // and the parent applies the no-jump rule to the iframe instead.
  window.ExposureQuiz.mount(element, {
    quiz, lang: params.get('lang') || element.dataset.lang || undefined, theme,
    accent: params.get('accent') || undefined, holdHeight: false,
    shareUrl: fullPage || undefined,
    print: secret && fullPage ? openPage : undefined,
  });
})();
