// Auto-mount for blog posts and static pages. dist/embed.js is exposure-quiz.js followed by this
// file (web/CMakeLists.txt joins them), so one <script> tag brings the loader and this:
//
//   <div data-exposure-quiz data-quiz="wechat.en.json" data-lang="zh-Hans" data-theme="auto" data-accent="#0a7"></div>
//   <script src="https://example.com/quiz/embed.js" defer></script>
//
// - Every [data-exposure-quiz] element becomes its own quiz, in a shadow root on the element
//   (the host page's CSS cannot reach it, and its children show as a fallback until then).
// - Lazy: nothing is downloaded until an element comes within a screen's height of the viewport.
// - <iframe data-exposure-quiz-frame src=".../frame.html?quiz=..."> is sized to its content.
// - Touches nothing else on the page: no global but ExposureQuiz, no <style>, <link> or <script>.
(() => {
  'use strict';
  const api = window.ExposureQuiz;
  if (!api) return;
  const seen = new WeakSet();

  // data-quiz is a URL relative to embed.js (default: the WeChat quiz next to it); data-lang a
  // language (default: the reader's).
  function optionsOf(element) {
    const data = element.dataset;
    const theme = /^(auto|light|dark)$/.test(data.theme || '') ? data.theme : 'auto';
    return { quiz: data.quiz || undefined, lang: data.lang || undefined, theme, accent: data.accent || undefined, isolate: true };
  }

  const near = window.IntersectionObserver
    ? new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        api.mount(entry.target, optionsOf(entry.target));
      }
    }, { rootMargin: '100% 0px' }) // "near": within one viewport height above or below
    : null;

  function scan() {
    for (const element of document.querySelectorAll('[data-exposure-quiz]')) {
      if (seen.has(element)) continue;
      seen.add(element);
      if (near) near.observe(element);
      else api.mount(element, optionsOf(element));
    }
    for (const iframe of document.querySelectorAll('iframe[data-exposure-quiz-frame]')) {
      if (seen.has(iframe)) continue;
      seen.add(iframe);
      api.frame(iframe);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
