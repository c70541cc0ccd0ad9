/**
 * atlas-init (MIT): `go test` acceptance-test job logs (`…/github_ci_logs/*.log`) and labels
 * (`…/test_go_test_run/*.log`): blocks separated by `NEXT_TEST`, each the failing test's name
 * then the log lines that belong to it. Labels are matched to logs by content (each label line
 * is a timestamped raw line, so it occurs in exactly one log). For hit@1 the test's labelled
 * lines count except go test's bookkeeping lines (`=== RUN/CONT/PAUSE/NAME`) and blank ones:
 * the error output and the `--- FAIL` line.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeInBatches } from './cli.mjs';
import { excerptsOf } from './metrics.mjs';
import { splitLines } from './normalise.mjs';
import { recalledTests } from './test-names.mjs';

const BOOKKEEPING = /^\S+Z\s+=== (?:RUN|CONT|PAUSE|NAME)\b/;
const TIMESTAMPED = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z /;

/** @param {string} dir */
async function findDirs(dir, name, found = []) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === name) found.push(path);
    else await findDirs(path, name, found);
  }
  return found;
}

/** @param {string} text @returns {{ test: string; lines: string[] }[]} */
function parseLabel(text) {
  return text
    .split(/^NEXT_TEST$/m)
    .map((block) => splitLines(block.replace(/^\n/, '')))
    .filter((lines) => lines.length > 0 && lines[0].trim() !== '')
    .map(([test, ...lines]) => ({ test: test.trim(), lines }));
}

/** Consecutive line numbers as ranges. @param {number[]} numbers */
function toRanges(numbers) {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges = [];
  for (const n of sorted) {
    const last = ranges.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  return ranges;
}

/**
 * @param {string} corpus
 * @param {number} parallel
 */
export async function evaluateAtlas(corpus, parallel) {
  const root = join(corpus, 'atlas-init');
  const logs = [];
  for (const dir of await findDirs(root, 'github_ci_logs')) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.log')).sort()) {
      const path = join(dir, name);
      const lines = splitLines(await readFile(path, 'utf8'));
      logs.push({ path, lineIndex: new Map(lines.map((line, i) => [line, i + 1])) });
    }
  }
  /** @type {Map<string, { tests: string[]; errorLines: number[] }>} path → labels */
  const labels = new Map();
  let unmatchedBlocks = 0;
  for (const dir of await findDirs(root, 'test_go_test_run')) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.log'))) {
      for (const block of parseLabel(await readFile(join(dir, name), 'utf8'))) {
        const timestamped = block.lines.filter((line) => TIMESTAMPED.test(line));
        const log = logs.find((l) => timestamped.some((line) => l.lineIndex.has(line)));
        if (!log) {
          unmatchedBlocks++;
          continue;
        }
        const label = labels.get(log.path) ?? { tests: [], errorLines: [] };
        label.tests.push(block.test);
        for (const line of timestamped) {
          const number = log.lineIndex.get(line);
          if (number !== undefined && !BOOKKEEPING.test(line) && line.replace(TIMESTAMPED, '').trim() !== '') label.errorLines.push(number);
        }
        labels.set(log.path, label);
      }
    }
  }
  const paths = [...labels.keys()].sort();
  const files = await analyzeInBatches(paths, parallel);
  return {
    unmatchedBlocks,
    logs: paths.map((path) => {
      const file = files.get(path);
      const label = labels.get(path);
      return {
        path,
        recall: recalledTests(label.tests, file?.failedTests ?? []),
        localisation: { source: 'atlas-init', name: path.split('/').pop(), path, expected: toRanges(label.errorLines), excerpts: excerptsOf(file), status: file?.status ?? 'missing' },
      };
    }),
  };
}
