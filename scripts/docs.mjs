#!/usr/bin/env node
/**
 * Keeps the README's per-action usage sections in step with each `actions/<name>/action.yml`:
 * rewrites what lies between `<!-- action-docs:<name>:start -->` and
 * `<!-- action-docs:<name>:end -->` with a usage snippet, an inputs table and an outputs table.
 *
 *   node scripts/docs.mjs           rewrite README.md
 *   node scripts/docs.mjs --check   change nothing; exit 1 and say what drifted
 *   --root DIR                      work on DIR's README.md and actions/ (tests)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag === -1 ? dirname(dirname(fileURLToPath(import.meta.url))) : process.argv[rootFlag + 1];
const readmePath = join(root, 'README.md');

/** `owner/name` from package.json's `repository`, for the `uses:` line; undefined when unknown. */
function repositorySlug() {
  const pkgPath = join(root, 'package.json');
  if (!existsSync(pkgPath)) return undefined;
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const match = /github\.com[/:]([^/]+\/[^/.]+)/.exec(url ?? '') ?? /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url ?? '');
  return match?.[1];
}

function actionNames() {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

/** One line of table text: whitespace collapsed, pipes escaped. */
function cell(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function code(text) {
  const value = String(text);
  const fence = value.includes('`') ? '``' : '`';
  return value === '' ? '' : `${fence}${fence === '``' ? ` ${value} ` : value}${fence}`;
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of String(text).replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The generated Markdown for one action. */
function render(name, action, slug) {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const uses = slug ? `${slug}/actions/${name}@v1` : `./actions/${name}`;
  const usage = [`- uses: ${uses}`];
  if (inputs.length > 0) usage.push('  with:');
  for (const [input, spec] of inputs) {
    for (const line of wrap(spec.description ?? '', 88)) usage.push(`    # ${line}`);
    if (spec.default !== undefined && spec.default !== '') usage.push(`    # Default: ${spec.default}`);
    usage.push(`    ${input}: ''`, '');
  }
  while (usage.at(-1) === '') usage.pop();
  const lines = ['```yaml', ...usage, '```', ''];
  if (inputs.length > 0) {
    lines.push('| Input | Description | Required | Default |', '| --- | --- | --- | --- |');
    for (const [input, spec] of inputs) {
      lines.push(`| ${code(input)} | ${cell(spec.description)} | ${spec.required ? 'yes' : 'no'} | ${cell(code(spec.default ?? ''))} |`);
    }
    lines.push('');
  }
  if (outputs.length > 0) {
    lines.push('| Output | Description |', '| --- | --- |');
    for (const [output, spec] of outputs) lines.push(`| ${code(output)} | ${cell(spec.description)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function markers(name) {
  return { start: `<!-- action-docs:${name}:start -->`, end: `<!-- action-docs:${name}:end -->` };
}

/** The README with every action's block regenerated, and the problems found on the way. */
function regenerate(readme) {
  const problems = [];
  const slug = repositorySlug();
  let text = readme;
  for (const name of actionNames()) {
    const { start, end } = markers(name);
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to === -1 || to < from) {
      problems.push(`README.md has no "${start}" … "${end}" block for actions/${name}/action.yml; add both markers where its usage belongs`);
      continue;
    }
    let action;
    try {
      action = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
    } catch (error) {
      problems.push(`actions/${name}/action.yml is not valid YAML: ${String(error.message).split('\n')[0]}`);
      continue;
    }
    const block = `${start}\n${render(name, action, slug)}${end}`;
    const current = text.slice(from, to + end.length);
    if (current !== block) problems.push(...drift(name, current, block));
    text = text.slice(0, from) + block + text.slice(to + end.length);
  }
  return { text, problems };
}

/** Which lines of an action's block differ (the first few), in words a contributor can act on. */
function drift(name, current, expected) {
  const have = current.split('\n');
  const want = expected.split('\n');
  const lines = [`README.md: the ${name} block differs from actions/${name}/action.yml:`];
  let shown = 0;
  for (let i = 0; i < Math.max(have.length, want.length) && shown < 5; i++) {
    if (have[i] === want[i]) continue;
    lines.push(`  block line ${i + 1}: README has ${JSON.stringify(have[i] ?? '(nothing)')}`, `  ${' '.repeat(String(i + 1).length + 11)}expected ${JSON.stringify(want[i] ?? '(nothing)')}`);
    shown++;
  }
  return [lines.join('\n')];
}

const check = process.argv.includes('--check');
if (!existsSync(readmePath)) {
  console.error('README.md is missing: nothing to check the action docs against');
  process.exit(1);
}
const readme = readFileSync(readmePath, 'utf8');
const { text, problems } = regenerate(readme);
if (check) {
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error('Run `npm run docs` to regenerate the action docs in README.md.');
    process.exit(1);
  }
  console.log('README.md action docs are up to date.');
} else {
  if (text !== readme) writeFileSync(readmePath, text);
  const missing = problems.filter((problem) => problem.includes('has no') || problem.includes('not valid YAML'));
  if (missing.length > 0) {
    console.error(missing.join('\n'));
    process.exit(1);
  }
  console.log(text !== readme ? 'README.md: action docs rewritten.' : 'README.md: action docs already up to date.');
}
