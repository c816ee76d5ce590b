// Every shipped content file validates against its JSON Schema in content/schema/, the schemas
// authors' editors use: quiz structures (QUIZ/quiz.json) and frozen versions against
// quiz.schema.json, translations (QUIZ/text/LOCALE.json) against text.schema.json, locales against
// locale.schema.json, the list of quizzes against quizzes.schema.json. And the quiz schema
// rejects what the loader rejects in the common cases, so the two stay in step. (The loader is
// checked against the same files by the Catch2 content tests.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT } from './harness.mjs';

const CONTENT = path.join(ROOT, 'content');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const compile = (name) => ajv.compile(JSON.parse(fs.readFileSync(path.join(CONTENT, 'schema', name), 'utf8')));
const schemas = {
  quiz: compile('quiz.schema.json'), text: compile('text.schema.json'), locale: compile('locale.schema.json'),
  quizzes: compile('quizzes.schema.json'),
};
const load = (file) => JSON.parse(fs.readFileSync(path.join(CONTENT, file), 'utf8'));
const errors = (validate) => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

// Every content file and the schema it answers to, found by where it lies.
function contentFiles() {
  const files = [['quizzes.json', 'quizzes']];
  for (const file of fs.readdirSync(path.join(CONTENT, 'locales'))) files.push([`locales/${file}`, 'locale']);
  for (const quiz of fs.readdirSync(CONTENT)) {
    if (!fs.existsSync(path.join(CONTENT, quiz, 'quiz.json'))) continue;
    files.push([`${quiz}/quiz.json`, 'quiz']);
    for (const file of fs.readdirSync(path.join(CONTENT, quiz, 'text'))) files.push([`${quiz}/text/${file}`, 'text']);
    const versions = path.join(CONTENT, quiz, 'versions');
    for (const version of fs.readdirSync(versions).filter((v) => /^\d+$/.test(v))) {
      for (const file of fs.readdirSync(path.join(versions, version))) files.push([`${quiz}/versions/${version}/${file}`, 'quiz']);
    }
  }
  return files;
}

test('the content folder ships the WeChat and messaging quizzes, their texts and the locales', () => {
  const names = contentFiles().map(([file]) => file);
  for (const file of ['wechat/quiz.json', 'messaging/quiz.json', 'wechat/text/zh-Hans.json', 'locales/en.json']) {
    assert.ok(names.includes(file), `${file} is shipped`);
  }
});

for (const [file, kind] of contentFiles()) {
  test(`${file} validates against ${kind}.schema.json`, () => {
    assert.ok(schemas[kind](load(file)), errors(schemas[kind]));
  });
}

const mutations = [
  ['an unknown question kind', (q) => { q.questions[0].kind = 'ranking'; }],
  ['a negative option score', (q) => { q.questions[0].options[0].points = -1; }],
  ['a question with one option', (q) => { q.questions[0].options.splice(1); }],
  ['a missing prompt', (q) => { delete q.questions[0].prompt; }],
  ['an unknown key', (q) => { q.questions[0].colour = 'red'; }],
  ['a condition with two forms', (q) => { q.questions[2].show_if = { q: 'a', is: 'b', has: 'c' }; }],
  ['schema version 2', (q) => { q.schema = 2; }],
  ['a zero category weight', (q) => { q.categories[0].weight = 0; }],
];
for (const [what, mutate] of mutations) {
  test(`the JSON Schema rejects ${what}, as the loader does`, () => {
    const quiz = load('wechat/quiz.json');
    mutate(quiz);
    assert.equal(schemas.quiz(quiz), false);
  });
}

test('the text schema rejects an entry without the hash of its source text', () => {
  const text = load('wechat/text/zh-Hans.json');
  delete text.title.from;
  assert.equal(schemas.text(text), false);
});
