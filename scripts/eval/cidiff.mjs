/**
 * cidiff (Apache-2.0): failing GitHub Actions jobs (`breakages/*`, `terraform/<workflow>/<run>`)
 * and Jenkins builds (`jenkins/*`), each `fail.log` with the passing `pass.log` of the same job
 * and `groundtruth` (+ `groundtruth2`) error ranges; a hit on either labelling counts. Labels
 * and the core both count LF, CRLF and a lone CR as line ends.
 * Two variants: the failing log alone (all cases of a source in one process), and with
 * `--baseline pass.log` (one process per case, since a baseline applies to the whole run).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeInBatches, analyzeWithCli, mapLimit } from './cli.mjs';
import { readErrorRanges } from './groundtruth.mjs';
import { excerptsOf } from './metrics.mjs';

/** @param {string} dir */
async function subdirectories(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name)).sort();
}

/**
 * @param {string} dir a case folder
 * @param {string} name
 */
async function readCase(dir, name) {
  const failLog = join(dir, 'fail.log');
  if (!existsSync(failLog)) return undefined;
  const ranges = [...((await readErrorRanges(join(dir, 'groundtruth'))) ?? []), ...((await readErrorRanges(join(dir, 'groundtruth2'))) ?? [])];
  if (ranges.length === 0) return undefined;
  const passLog = join(dir, 'pass.log');
  return { name, failLog, passLog: existsSync(passLog) ? passLog : undefined, expected: ranges };
}

/**
 * The labelled cases of each cidiff source.
 * @param {string} corpus
 */
export async function cidiffCases(corpus) {
  const root = join(corpus, 'cidiff');
  const github = [];
  for (const dir of await subdirectories(join(root, 'breakages'))) github.push(await readCase(dir, `breakages/${dir.split('/').pop()}`));
  for (const workflow of await subdirectories(join(root, 'terraform'))) {
    for (const dir of await subdirectories(workflow)) github.push(await readCase(dir, `terraform/${workflow.split('/').pop()}/${dir.split('/').pop()}`));
  }
  const jenkins = [];
  for (const dir of await subdirectories(join(root, 'jenkins'))) jenkins.push(await readCase(dir, `jenkins/${dir.split('/').pop()}`));
  return { github: github.filter(Boolean), jenkins: jenkins.filter(Boolean) };
}

/**
 * @param {string} source
 * @param {NonNullable<Awaited<ReturnType<typeof readCase>>>} c
 * @param {any} file
 */
function toCase(source, c, file) {
  return { source, name: c.name, path: c.failLog, expected: c.expected, excerpts: excerptsOf(file), status: file?.status ?? 'missing' };
}

/**
 * Runs both variants over the cases of one source.
 * @param {string} source label, e.g. `github-actions`
 * @param {NonNullable<Awaited<ReturnType<typeof readCase>>>[]} cases
 * @param {number} parallel
 */
export async function evaluateCidiff(source, cases, parallel) {
  const files = await analyzeInBatches(cases.map((c) => c.failLog), parallel);
  const alone = cases.map((c) => toCase(source, c, files.get(c.failLog)));
  const withBaseline = await mapLimit(cases, parallel, async (c) => {
    const result = await analyzeWithCli([c.failLog], { baseline: c.passLog ? [c.passLog] : [] });
    return toCase(`${source}+baseline`, c, result.get(c.failLog));
  });
  return { alone, withBaseline };
}
