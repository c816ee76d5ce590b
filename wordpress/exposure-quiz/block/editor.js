// The Exposure Quiz block in the editor, written for the browser as it is (no build step): the
// options in the sidebar, and in the post a placeholder that names the quiz and its language, or
// says what is wrong. The post itself is rendered on the server (exposure_quiz_render_block in
// exposure-quiz.php), so the quiz runs only where readers see it.
(function (wp, catalog) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var be = wp.blockEditor;
  var c = wp.components;
  catalog = catalog || { quizzes: {}, languages: {} };

  // The same checks as exposure_quiz_check() in PHP: sentences for the author, [] when fine.
  function problems(a) {
    var out = [];
    var quiz = catalog.quizzes[a.quiz];
    if (!quiz) {
      out.push(sprintf(__('There is no quiz "%1$s". Use one of: %2$s.', 'exposure-quiz'), a.quiz, Object.keys(catalog.quizzes).join(', ')));
    } else if (a.lang && quiz.languages.indexOf(a.lang) < 0) {
      out.push(sprintf(__('The quiz "%2$s" has no language "%1$s". Use one of: %3$s, or leave it empty to follow the reader\'s browser.', 'exposure-quiz'), a.lang, a.quiz, quiz.languages.join(', ')));
    }
    if (['auto', 'light', 'dark'].indexOf(a.theme) < 0) {
      out.push(sprintf(__('The theme "%s" is not one of auto, light or dark.', 'exposure-quiz'), a.theme));
    }
    if (a.accent && !/^#(?:[0-9a-fA-F]{3}){1,2}$/.test(a.accent)) {
      out.push(sprintf(__('The accent "%s" is not a hex colour such as #07c160.', 'exposure-quiz'), a.accent));
    }
    return out;
  }

  function edit(props) {
    var a = props.attributes;
    var set = props.setAttributes;
    var quiz = catalog.quizzes[a.quiz];
    var quizOptions = Object.keys(catalog.quizzes).map(function (id) {
      var q = catalog.quizzes[id];
      return { value: id, label: q.title[q.source] || id };
    });
    if (!quiz) quizOptions.unshift({ value: a.quiz, label: sprintf(__('Unknown: %s', 'exposure-quiz'), a.quiz) });
    var langOptions = [{ value: '', label: __("The reader's browser language", 'exposure-quiz') }].concat(
      (quiz ? quiz.languages : []).map(function (lang) { return { value: lang, label: catalog.languages[lang] || lang }; }));
    if (a.lang && !(quiz && quiz.languages.indexOf(a.lang) >= 0)) langOptions.push({ value: a.lang, label: sprintf(__('Unknown: %s', 'exposure-quiz'), a.lang) });
    var wrong = problems(a);
    var lang = a.lang || (quiz && quiz.source);
    var title = quiz ? (quiz.title[lang] || quiz.title[quiz.source]) : a.quiz;

    var sidebar = el(be.InspectorControls, null,
      el(c.PanelBody, { title: __('Quiz', 'exposure-quiz'), initialOpen: true },
        el(c.SelectControl, { label: __('Quiz', 'exposure-quiz'), value: a.quiz, options: quizOptions,
          onChange: function (v) { set({ quiz: v }); } }),
        el(c.SelectControl, { label: __('Language', 'exposure-quiz'), value: a.lang, options: langOptions,
          onChange: function (v) { set({ lang: v }); } }),
        el(c.SelectControl, { label: __('Theme', 'exposure-quiz'), value: a.theme,
          options: [
            { value: 'auto', label: __("Auto (the reader's light or dark setting)", 'exposure-quiz') },
            { value: 'light', label: __('Light', 'exposure-quiz') },
            { value: 'dark', label: __('Dark', 'exposure-quiz') },
          ],
          onChange: function (v) { set({ theme: v }); } }),
        el(c.TextControl, { label: __('Accent colour', 'exposure-quiz'), help: __('A hex colour such as #07c160; empty for the quiz\'s blue.', 'exposure-quiz'),
          value: a.accent, onChange: function (v) { set({ accent: v }); } })));

    var body = wrong.length
      ? el(c.Notice, { status: 'error', isDismissible: false },
        el('p', null, __('The Exposure Quiz cannot be shown with these settings:', 'exposure-quiz')),
        el('ul', null, wrong.map(function (p, i) { return el('li', { key: i }, p); })))
      : el(c.Placeholder, { icon: 'lock', label: title,
        instructions: sprintf(__('The Exposure Quiz (%1$s, %2$s theme). Readers take it here; it runs in their browser and sends nothing anywhere. Preview the post to try it.', 'exposure-quiz'),
          a.lang ? (catalog.languages[a.lang] || a.lang) : __("the reader's language", 'exposure-quiz'), a.theme) });
    return el('div', be.useBlockProps(), sidebar, body);
  }

  wp.blocks.registerBlockType('exposure-quiz/quiz', {
    edit: edit,
    save: function () { return null; }, // rendered on the server
  });
})(window.wp, window.exposureQuizCatalog);
