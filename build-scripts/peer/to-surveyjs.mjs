// Converts one of our quiz files (content/schema/quiz.schema.json, docs/scoring.md) into a
// SurveyJS survey, for the side-by-side figures of build-scripts/bench: the same questions,
// options, "Why we ask" text and sources, one question a page, `show_if` as `visibleIf`. A
// benchmark peer only: nothing here ships in dist/.
//
//   node to-surveyjs.mjs content/wechat/quiz.json OUT.json
//
// What maps to what:
//   intro screen (title, intro, minutes, Start)  a start page (firstPageIsStartPage) with the
//                                                intro as HTML and "Start the quiz"
//   question (single / multi)                    radiogroup / checkbox, one a page
//   option detail                                the choice text, after the label
//   exclusive option ("None of these")           the checkbox's noneItem-like `isExclusive`
//   not skippable / skippable                    isRequired true / false (Next without an answer)
//   help + sources ("Why we ask", closed)        a collapsed panel with the text and the links
//   show_if                                      visibleIf (see condition() below)
// The score is not computed: the figures are about loading and idling, not the result screen.
import fs from 'node:fs';

const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const str = (id) => `'${String(id).replace(/'/g, "\\'")}'`;

// A show_if tree as a SurveyJS expression. A leaf on an unanswered or hidden question is false
// in both (clearInvisibleValues 'onHidden' drops a hidden question's value, as our engine
// ignores it).
export function condition(c, kinds) {
  if (c.all) return c.all.length ? `(${c.all.map((x) => condition(x, kinds)).join(' and ')})` : 'true';
  if (c.any) return c.any.length ? `(${c.any.map((x) => condition(x, kinds)).join(' or ')})` : 'false';
  if (c.not) return `!(${condition(c.not, kinds)})`;
  const q = `{${c.q}}`;
  if ('is' in c) return kinds[c.q] === 'multi' ? `(${q} = [${str(c.is)}])` : `(${q} = ${str(c.is)})`;
  if ('has' in c) return `(${q} contains ${str(c.has)})`;
  if ('in' in c) return `(${q} anyof [${c.in.map(str).join(', ')}])`;
  throw new Error(`unknown condition ${JSON.stringify(c)}`);
}

export function toSurveyJs(quiz) {
  const kinds = Object.fromEntries(quiz.questions.map((q) => [q.id, q.kind]));
  const minutes = quiz.minutes > 0 ? `<p>About ${quiz.minutes} minute${quiz.minutes === 1 ? '' : 's'}</p>` : '';
  const pages = [{
    name: 'intro',
    elements: [{ type: 'html', name: 'intro_text', html: `<p>${esc(quiz.intro)}</p>${minutes}` }],
  }];
  for (const q of quiz.questions) {
    const sources = (q.sources || []).map((s) => `<li><a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.title)}</a></li>`).join('');
    const question = {
      type: q.kind === 'multi' ? 'checkbox' : 'radiogroup',
      name: q.id,
      title: q.prompt,
      isRequired: !q.skippable,
      choices: q.options.map((o) => ({
        value: o.id,
        text: o.detail ? `${o.label} (${o.detail})` : o.label,
        ...(o.exclusive && q.kind === 'multi' ? { isExclusive: true } : {}),
      })),
    };
    if (q.show_if) question.visibleIf = condition(q.show_if, kinds);
    const help = {
      type: 'panel', name: `${q.id}_why`, title: 'Why we ask', state: 'collapsed',
      elements: [{ type: 'html', name: `${q.id}_help`, html: `<p>${esc(q.help)}</p><ul>${sources}</ul>` }],
    };
    if (q.show_if) help.visibleIf = question.visibleIf;
    pages.push({ name: q.id, elements: [question, help] });
  }
  return {
    title: quiz.title,
    firstPageIsStartPage: true,
    startSurveyText: 'Start the quiz',
    showProgressBar: true,
    progressBarType: 'questions',
    clearInvisibleValues: 'onHidden',
    completeText: 'See my result',
    completedHtml: `<p>${esc(quiz.outro || '')}</p>`,
    pages,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node to-surveyjs.mjs QUIZ.json OUT.json');
    process.exit(2);
  }
  fs.writeFileSync(output, JSON.stringify(toSurveyJs(JSON.parse(fs.readFileSync(input, 'utf8')))));
}
