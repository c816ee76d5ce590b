// Every shipped quiz validates against content/schema/quiz.schema.json, the schema authors'
// editors use, and the schema rejects what the loader rejects in the common cases — so the two
// stay in step. (The loader is checked against the same files by the Catch2 content tests.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT } from './harness.mjs';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/schema/quiz.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const contentFiles = fs.readdirSync(path.join(ROOT, 'content')).filter((f) => f.endsWith('.json'));
const load = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, 'content', file), 'utf8'));
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

test('the content folder ships at least the WeChat and messaging quizzes', () => {
  assert.ok(contentFiles.includes('wechat.en.json'));
  assert.ok(contentFiles.includes('messaging.en.json'));
});

for (const file of contentFiles) {
  test(`${file} validates against the JSON Schema`, () => {
    assert.ok(validate(load(file)), errors());
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
    const quiz = load('wechat.en.json');
    mutate(quiz);
    assert.equal(validate(quiz), false);
  });
}
