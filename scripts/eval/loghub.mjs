/**
 * Loghub-2.0 template-mining evaluation: grouping accuracy (GA) per system on the 2k samples.
 *
 * GA is the standard Loghub definition: a line counts as correct only when the set of lines in
 * its predicted group is exactly the set of lines in its ground-truth group (lines sharing the
 * same `EventTemplate` in `*_2k.log_structured_corrected.csv`). The miner is fed the `Content`
 * column (the benchmark's setup: the header is already split off).
 *
 * The mining function is a parameter so the caller decides which engine runs (the core
 * TypeScript source under a TS loader, or a bundle): it receives all contents of one system in
 * order and returns, for each line, a group key (a template string or a cluster id); lines with
 * equal keys form a group.
 *
 * Loghub is for research use only: it is read from the corpus at evaluation time, never copied.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * @typedef {(contents: string[]) => ArrayLike<string | number> | Promise<ArrayLike<string | number>>} MineTemplates
 * @typedef {{ system: string; lines: number; truthGroups: number; predictedGroups: number; groupingAccuracy: number }} SystemResult
 * @typedef {{ systems: SystemResult[]; meanGroupingAccuracy: number }} LoghubResult
 */

const STRUCTURED_SUFFIX = '_2k.log_structured_corrected.csv';

/**
 * Runs `mineTemplates` on every system under `corpusDir` (the `2k_dataset` folder, or a folder
 * holding it) and returns GA per system, sorted by system name, and their mean.
 * @param {string} corpusDir
 * @param {MineTemplates} mineTemplates
 * @returns {Promise<LoghubResult>}
 */
export async function evaluateLoghub(corpusDir, mineTemplates) {
  const datasetDir = await findDatasetDir(corpusDir);
  const entries = await readdir(datasetDir, { withFileTypes: true });
  const systems = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  /** @type {SystemResult[]} */
  const results = [];
  for (const system of systems) {
    const csvPath = join(datasetDir, system, `${system}${STRUCTURED_SUFFIX}`);
    const rows = await readStructured(csvPath);
    if (rows === undefined) continue;
    const contents = rows.map((r) => r.Content);
    const truth = rows.map((r) => r.EventTemplate);
    const predicted = Array.from(await mineTemplates(contents));
    if (predicted.length !== contents.length) {
      throw new Error(`${system}: the miner returned ${predicted.length} keys for ${contents.length} lines`);
    }
    results.push({
      system,
      lines: contents.length,
      truthGroups: new Set(truth).size,
      predictedGroups: new Set(predicted).size,
      groupingAccuracy: groupingAccuracy(truth, predicted),
    });
  }
  if (results.length === 0) throw new Error(`no Loghub system with *${STRUCTURED_SUFFIX} under ${datasetDir}`);
  const meanGroupingAccuracy = results.reduce((s, r) => s + r.groupingAccuracy, 0) / results.length;
  return { systems: results, meanGroupingAccuracy };
}

/**
 * Grouping accuracy of `predicted` against `truth` (one key per line each).
 * @param {ArrayLike<string | number>} truth
 * @param {ArrayLike<string | number>} predicted
 * @returns {number}
 */
export function groupingAccuracy(truth, predicted) {
  const truthGroups = groupIndices(truth);
  const predictedGroups = groupIndices(predicted);
  let correct = 0;
  for (const members of predictedGroups.values()) {
    const truthKey = truth[members[0]];
    const truthMembers = truthGroups.get(truthKey);
    // Same size and every member shares the first member's true key ⇒ the sets are equal.
    if (truthMembers.length === members.length && members.every((i) => truth[i] === truthKey)) {
      correct += members.length;
    }
  }
  return truth.length === 0 ? 1 : correct / truth.length;
}

/**
 * Renders a result as a plain-text table (system, lines, groups, GA) with the mean last.
 * @param {LoghubResult} result
 * @returns {string}
 */
export function formatLoghubTable(result) {
  const rows = result.systems.map(
    (r) => `${r.system.padEnd(12)} ${String(r.lines).padStart(5)} ${String(r.truthGroups).padStart(6)} ${String(r.predictedGroups).padStart(6)}  ${r.groupingAccuracy.toFixed(3)}`,
  );
  return [
    `${'system'.padEnd(12)} ${'lines'.padStart(5)} ${'truth'.padStart(6)} ${'mined'.padStart(6)}  GA`,
    ...rows,
    `${'mean'.padEnd(12)} ${''.padStart(5)} ${''.padStart(6)} ${''.padStart(6)}  ${result.meanGroupingAccuracy.toFixed(3)}`,
  ].join('\n');
}

/** @param {ArrayLike<string | number>} keys */
function groupIndices(keys) {
  /** @type {Map<string | number, number[]>} */
  const groups = new Map();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  }
  return groups;
}

/** @param {string} dir */
async function findDatasetDir(dir) {
  for (const candidate of [dir, join(dir, '2k_dataset'), join(dir, 'loghub-2.0', '2k_dataset')]) {
    const names = await readdir(candidate).catch(() => []);
    if (names.some((n) => existsSync(join(candidate, n, `${n}${STRUCTURED_SUFFIX}`)))) return candidate;
  }
  throw new Error(`no Loghub-2.0 2k_dataset folder at ${dir}`);
}

/**
 * @param {string} csvPath
 * @returns {Promise<{ Content: string; EventTemplate: string }[] | undefined>}
 */
async function readStructured(csvPath) {
  const text = await readFile(csvPath, 'utf8').catch((err) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (text === undefined) return undefined;
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
}
