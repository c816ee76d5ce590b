// The JSON Schema (content/schema/quiz.schema.json) and the loader (`exposure validate`) give
// the same verdict on every file of tests/data/schema-agreement/:
//   accept/       both accept (valid, some of them at an edge);
//   reject/       both reject (each file breaks one rule, the one its name says);
//   loader-only/  the loader rejects and the schema accepts: rules a JSON Schema cannot state
//                 (references between parts of the file, band order). When the schema learns
//                 one, its file moves to reject/.
// known-disagreements.txt there lists the files where the loader is still more lenient than the
// schema: those are reported, not failed, and a listed file that agrees again fails the test
// until its line is deleted, so the list only shrinks.
// Usage: node schema_agreement.mjs PATH-TO-exposure REPO-ROOT
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [exe, root] = process.argv.slice(2);
if (!exe || !root) {
  console.error('usage: node schema_agreement.mjs PATH-TO-exposure REPO-ROOT');
  process.exit(2);
}

// ajv is the validator tests/browser/schema.test.mjs uses, from tests/browser/node_modules, with
// the same options. Formats ("format": "uri") are not checked, as there: ajv needs a separate
// package for them, and the URL rule is the schema's "pattern".
const require = createRequire(path.join(root, 'tests/browser/package.json'));
const Ajv2020 = require('ajv/dist/2020.js');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'content/schema/quiz.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

const schemaVerdict = (file) => {
  let quiz;
  try {
    quiz = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, why: `not JSON: ${e.message}` };
  }
  const ok = validate(quiz);
  return { ok, why: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') };
};

const loaderVerdict = (file) => {
  const run = spawnSync(exe, ['validate', file], { encoding: 'utf8' });
  if (run.error || (run.status !== 0 && run.status !== 1)) {
    throw new Error(`${exe} validate ${file} did not run: ${run.error ?? `exit ${run.status}`}\n${run.stderr}`);
  }
  return { ok: run.status === 0, why: (run.stderr || run.stdout).replaceAll(`${file}:`, '').trim() };
};

const folders = { accept: [true, true], reject: [false, false], 'loader-only': [true, false] };
const corpus = path.join(root, 'tests/data/schema-agreement');
const verdict = (ok) => (ok ? 'accepts' : 'rejects');
const known = new Map(
  fs.readFileSync(path.join(corpus, 'known-disagreements.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => [line.split(/\s+/)[0], line.replace(/^\S+\s*/, '')]),
);
let checked = 0;
const failures = [];
const reported = [];
for (const [folder, [schemaWants, loaderWants]] of Object.entries(folders)) {
  const dir = path.join(corpus, folder);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) failures.push(`${folder}/ holds no .json files`);
  for (const name of files) {
    const file = path.join(dir, name);
    const bySchema = schemaVerdict(file);
    const byLoader = loaderVerdict(file);
    checked += 1;
    const relative = `${folder}/${name}`;
    const wrong = [];
    if (bySchema.ok !== schemaWants) {
      wrong.push(`the schema ${verdict(bySchema.ok)} it${bySchema.why ? ` (${bySchema.why})` : ''}`);
    }
    if (byLoader.ok !== loaderWants) {
      wrong.push(`the loader ${verdict(byLoader.ok)} it${byLoader.why ? ` (${byLoader.why})` : ''}`);
    }
    if (known.has(relative)) {
      if (wrong.length === 0) {
        failures.push(`${relative}: the schema and the loader agree now; delete its line from known-disagreements.txt`);
      } else {
        reported.push(`${relative}: ${wrong.join('; ')}; ${known.get(relative)}`);
      }
      known.delete(relative);
    } else {
      failures.push(...wrong.map((w) => `${relative}: ${w}`));
    }
  }
}
for (const relative of known.keys()) failures.push(`known-disagreements.txt names ${relative}, which is not in the corpus`);
for (const line of reported) console.log(`KNOWN: ${line}`);
for (const failure of failures) console.error(`FAIL: ${failure}`);
console.log(`schema agreement: ${checked} files, ${failures.length} disagreements, ${reported.length} known`);
process.exit(failures.length === 0 ? 0 : 1);
