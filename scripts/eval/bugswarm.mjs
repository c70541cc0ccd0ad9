/**
 * BugSwarm (BSD-3): real GitHub Actions job logs with `expected.json` giving, per log, the
 * job's status (`broken`/`ok`/`cancelled`) and the failing tests (`tr_t_failed`, `#`-separated).
 * Logs are found by file name under `bugswarm/` (the entry's `dir` first).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeInBatches } from './cli.mjs';
import { recalledTests } from './test-names.mjs';

/** The report status each BugSwarm status should become. */
const EXPECTED_STATUS = { broken: 'failed', ok: 'passed', cancelled: 'cancelled' };

/**
 * @param {string} dir
 * @returns {Promise<Map<string, string>>} file name → path (the first seen)
 */
async function indexFiles(dir) {
  const index = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (!index.has(entry.name)) index.set(entry.name, path);
  }
  return index;
}

/**
 * @param {string} root
 * @param {Map<string, string>} index
 * @param {{ log: string; dir?: string }} entry
 */
function findLog(root, index, entry) {
  const byDir = entry.dir ? join(root, entry.dir.replace(/^github_data\//, ''), entry.log) : undefined;
  return byDir && existsSync(byDir) ? byDir : index.get(entry.log);
}

/** Every failing test name the report gives for a file. */
function reportedTests(file) {
  return [...(file?.failedTests ?? []), ...(file?.failures ?? []).flatMap((f) => f.tests ?? [])];
}

/**
 * @param {string} corpus
 * @param {number} parallel
 */
export async function evaluateBugSwarm(corpus, parallel) {
  const root = join(corpus, 'bugswarm');
  const entries = JSON.parse(await readFile(join(root, 'expected.json'), 'utf8'));
  const index = await indexFiles(root);
  const located = [];
  const missingLogs = [];
  for (const entry of entries) {
    const path = findLog(root, index, entry);
    if (path) located.push({ entry, path });
    else missingLogs.push(entry.log);
  }
  const files = await analyzeInBatches([...new Set(located.map((c) => c.path))], parallel);
  const status = [];
  const tests = [];
  for (const { entry, path } of located) {
    const file = files.get(path);
    const expectedStatus = EXPECTED_STATUS[entry.expected?.status];
    if (expectedStatus) status.push({ name: entry.test, log: entry.log, expected: expectedStatus, actual: file?.status ?? 'missing', reason: file?.statusReason ?? '' });
    const failed = entry.expected?.tr_t_failed;
    if (typeof failed === 'string' && failed.trim() !== '') {
      const recall = recalledTests(failed.split('#'), reportedTests(file));
      tests.push({ name: entry.test, log: entry.log, ...recall, reported: reportedTests(file).slice(0, 5) });
    }
  }
  return { status, tests, missingLogs };
}
