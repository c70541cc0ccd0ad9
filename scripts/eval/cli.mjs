/**
 * Runs the BUNDLED prodfix CLI (`packages/cli/dist/index.js`) as child processes, so the
 * evaluation measures exactly what users run.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundle eval runs by default. */
export const DEFAULT_CLI_BUNDLE = fileURLToPath(new URL('../../packages/cli/dist/index.js', import.meta.url));

let bundle = DEFAULT_CLI_BUNDLE;

/** Longest a single CLI process may take before eval gives up on it. */
const PROCESS_TIMEOUT_MS = 5 * 60_000;

/**
 * Chooses the bundle to run (`--cli`, e.g. a candidate build copied elsewhere) and throws a
 * readable error when it is missing.
 * @param {string} [path]
 */
export function useBundle(path = DEFAULT_CLI_BUNDLE) {
  if (!existsSync(path)) throw new Error(`the CLI bundle ${path} is missing: run npm run bundle`);
  bundle = path;
}

/**
 * @param {string[]} args
 * @param {{ cwd?: string }} [options]
 * @returns {Promise<{ code: number; stdout: string; stderr: string }>}
 */
function runCli(args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [bundle, ...args],
      { cwd: options.cwd, timeout: PROCESS_TIMEOUT_MS, maxBuffer: 256 * 1024 ** 2, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (error && code === -1) reject(new Error(`prodfix ${args[0]} did not finish: ${error.message}`));
        else resolvePromise({ code, stdout, stderr });
      },
    );
  });
}

/**
 * `prodfix analyze <paths> [--baseline <baseline>] --json <tmp>` in one process; returns the
 * report's file entries keyed by absolute path.
 * @param {string[]} paths absolute paths
 * @param {{ baseline?: string[] }} [options]
 * @returns {Promise<Map<string, any>>}
 */
export async function analyzeWithCli(paths, options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'prodfix-eval-'));
  const jsonPath = join(dir, 'report.json');
  try {
    const args = ['analyze', ...paths, '--json', jsonPath, '--quiet'];
    if (options.baseline?.length) args.push('--baseline', ...options.baseline);
    const { code, stderr } = await runCli(args, { cwd: dir });
    // Exit 1 is --fail-on's (not used here); node itself also exits 1 when the bundle crashes.
    const text = code === 0 ? await readFile(jsonPath, 'utf8').catch(() => undefined) : undefined;
    if (text === undefined) throw new Error(`prodfix analyze exited with ${code} without a report: ${stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
    const report = JSON.parse(text);
    return new Map(report.files.map((file) => [resolve(dir, file.path), file]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Template mining through the hidden `prodfix mine-templates` subcommand: one cluster id per
 * content line (for `evaluateLoghub`).
 * @param {string[]} contents
 * @returns {Promise<string[]>}
 */
export async function mineTemplatesWithCli(contents) {
  const dir = await mkdtemp(join(tmpdir(), 'prodfix-eval-'));
  try {
    const file = join(dir, 'lines.txt');
    // One content per line: a stray CR or LF inside a content would split it.
    await writeFile(file, `${contents.map((c) => c.replace(/[\r\n]+/g, ' ')).join('\n')}\n`, 'utf8');
    const { code, stdout, stderr } = await runCli(['mine-templates', file]);
    if (code !== 0) throw new Error(`prodfix mine-templates exited with ${code}: ${stderr.trim()}`);
    return stdout.split('\n').filter((line) => line !== '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Splits `items` into `count` batches of about equal size (one CLI process each).
 * @template T
 * @param {T[]} items
 * @param {number} count
 * @returns {T[][]}
 */
export function batches(items, count) {
  const size = Math.max(1, Math.ceil(items.length / count));
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Runs `task` over `items` with at most `limit` running at once, keeping order.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} task
 * @returns {Promise<R[]>}
 */
export async function mapLimit(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Analyses `paths` in `parallel` processes and merges their file entries.
 * @param {string[]} paths
 * @param {number} parallel
 * @returns {Promise<Map<string, any>>}
 */
export async function analyzeInBatches(paths, parallel) {
  const maps = await mapLimit(batches(paths, parallel), parallel, (batch) => analyzeWithCli(batch));
  return new Map(maps.flatMap((map) => [...map]));
}
