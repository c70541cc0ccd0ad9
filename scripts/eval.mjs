#!/usr/bin/env node
/**
 * `npm run eval -- --corpus ../shared/corpus [--source NAME[,NAME…]] [--json out.json] [--verbose] [--cli BUNDLE]`
 *
 * Measures the bundled CLI on the labelled dev corpus (read at run time only, never copied):
 * localisation hit@1/hit@3 and excerpt lengths (cidiff GitHub Actions and Jenkins, with and
 * without the passing log as baseline; LogChunks; atlas-init), BugSwarm status accuracy and
 * failed-test recall, atlas-init failed-test recall, Loghub-2.0 grouping accuracy. Prints a
 * table with the issue's targets. Exits 0 whatever the figures; non-zero only when it cannot run.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scriptArgs } from './lib/script-args.mjs';
import { evaluateAtlas } from './eval/atlas.mjs';
import { evaluateBugSwarm } from './eval/bugswarm.mjs';
import { cidiffCases, evaluateCidiff } from './eval/cidiff.mjs';
import { mineTemplatesWithCli, useBundle } from './eval/cli.mjs';
import { evaluateLogChunks } from './eval/logchunks.mjs';
import { describeMiss, hitAt, localisationSummary } from './eval/metrics.mjs';
import { formatTable, rowPasses, TARGETS } from './eval/table.mjs';

const SOURCES = ['github-actions', 'jenkins', 'logchunks', 'bugswarm', 'atlas-init', 'loghub'];

function options() {
  const { values } = scriptArgs({
    options: {
      corpus: { type: 'string', default: '../shared/corpus' },
      source: { type: 'string' },
      json: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      cli: { type: 'string' },
    },
  }, `Usage: npm run eval -- [--corpus DIR] [--source ${SOURCES.join('|')}[,…]] [--json FILE] [--verbose] [--cli BUNDLE]`);
  const sources = values.source ? values.source.split(',').map((s) => s.trim()) : SOURCES;
  const unknown = sources.filter((s) => !SOURCES.includes(s));
  if (unknown.length > 0) throw new Error(`unknown --source ${unknown.join(', ')}; choose from ${SOURCES.join(', ')}`);
  const corpus = resolve(values.corpus);
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus} (give --corpus DIR)`);
  return { corpus, sources, json: values.json, verbose: values.verbose, cli: values.cli && resolve(values.cli) };
}

const ratio = (part, whole) => (whole === 0 ? Number.NaN : part / whole);
const share = (part, whole) => `${part}/${whole}`;

/**
 * Adds hit@1/hit@3 rows (and the cases) for one localisation source.
 * @param {{ rows: any[]; misses: string[]; localisation: any[] }} out
 */
function addLocalisation(out, label, cases, targets = {}) {
  const s = localisationSummary(cases);
  const hits1 = cases.filter((c) => hitAt(c, 1)).length;
  const hits3 = cases.filter((c) => hitAt(c, 3)).length;
  out.rows.push({ figure: `${label} hit@1`, unit: 'ratio', value: s.hit1, target: targets.hit1, detail: `${share(hits1, s.cases)} logs` });
  out.rows.push({ figure: `${label} hit@3`, unit: 'ratio', value: s.hit3, target: targets.hit3, detail: `${share(hits3, s.cases)} logs` });
  out.rows.push({ figure: `${label} median top-3 lines`, unit: 'lines', value: s.top3Lines, detail: `per excerpt ${s.excerptLines}; ${s.noExcerpt} logs without excerpt` });
  out.localisation.push(...cases);
  out.misses.push(...cases.filter((c) => !hitAt(c, 3) || !hitAt(c, 1)).map((c) => `${hitAt(c, 3) ? 'miss@1' : 'miss@3'} ${describeMiss(c)}`));
}

async function run() {
  const started = Date.now();
  const { corpus, sources, json, verbose, cli } = options();
  useBundle(cli);
  const parallel = Math.max(1, Math.min(2, availableParallelism()));
  const out = { rows: [], misses: [], localisation: [], pooled: [], details: {} };
  const work = await mkdtemp(join(tmpdir(), 'prodfix-eval-'));
  const step = (name) => process.stderr.write(`eval: ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  try {
    const cidiff = sources.includes('github-actions') || sources.includes('jenkins') ? await cidiffCases(corpus) : undefined;
    if (cidiff && sources.includes('github-actions')) {
      step('cidiff GitHub Actions');
      const { alone, withBaseline } = await evaluateCidiff('github-actions', cidiff.github, parallel);
      addLocalisation(out, 'GitHub Actions', alone, { hit1: TARGETS.githubHit1, hit3: TARGETS.githubHit3 });
      addLocalisation(out, 'GitHub Actions +baseline', withBaseline, { hit1: TARGETS.githubHit1, hit3: TARGETS.githubHit3 });
      out.pooled.push(...alone);
    }
    if (cidiff && sources.includes('jenkins')) {
      step('cidiff Jenkins');
      const { alone, withBaseline } = await evaluateCidiff('jenkins', cidiff.jenkins, parallel);
      addLocalisation(out, 'Jenkins', alone, { hit1: TARGETS.jenkinsHit1 });
      addLocalisation(out, 'Jenkins +baseline', withBaseline, { hit1: TARGETS.jenkinsHit1 });
      out.pooled.push(...alone);
    }
    if (sources.includes('logchunks')) {
      step('LogChunks');
      const result = await evaluateLogChunks(corpus, work, parallel);
      addLocalisation(out, 'LogChunks', result.cases, { hit1: TARGETS.logchunksHit1 });
      out.rows.at(-3).detail += `; chunk not located in ${result.unlocated.length}, log absent for ${result.absent} of ${result.labelled} labels`;
      out.pooled.push(...result.cases);
      out.details.logchunksUnlocated = result.unlocated;
    }
    if (out.pooled.length > 0) {
      const s = localisationSummary(out.pooled);
      out.rows.push({ figure: 'median top-3 lines (cidiff+LogChunks)', unit: 'lines', value: s.top3Lines, target: TARGETS.medianLines, detail: `per excerpt ${s.excerptLines}; ${s.cases} logs` });
    }
    if (sources.includes('bugswarm')) {
      step('BugSwarm');
      const { status, tests, missingLogs } = await evaluateBugSwarm(corpus, parallel);
      const right = status.filter((s) => s.expected === s.actual);
      const found = tests.reduce((n, t) => n + t.found, 0);
      const expected = tests.reduce((n, t) => n + t.expected, 0);
      out.rows.push({ figure: 'BugSwarm status accuracy', unit: 'ratio', value: ratio(right.length, status.length), target: TARGETS.bugswarmStatus, detail: `${share(right.length, status.length)} logs${missingLogs.length ? `; ${missingLogs.length} logs absent` : ''}` });
      out.rows.push({ figure: 'BugSwarm failed-test recall', unit: 'ratio', value: ratio(found, expected), target: TARGETS.bugswarmRecall, detail: `${share(found, expected)} tests in ${tests.length} logs` });
      out.misses.push(...status.filter((s) => s.expected !== s.actual).map((s) => `status bugswarm ${s.name} ${s.log}: expected ${s.expected}, got ${s.actual} (${s.reason})`));
      out.misses.push(...tests.filter((t) => t.missed.length > 0).map((t) => `tests bugswarm ${t.name} ${t.log}: missed ${t.missed.slice(0, 3).join(' | ')}${t.missed.length > 3 ? ` (+${t.missed.length - 3})` : ''}; reported ${JSON.stringify(t.reported)}`));
      out.details.bugswarm = { status, tests, missingLogs };
    }
    if (sources.includes('atlas-init')) {
      step('atlas-init');
      const result = await evaluateAtlas(corpus, parallel);
      const found = result.logs.reduce((n, l) => n + l.recall.found, 0);
      const expected = result.logs.reduce((n, l) => n + l.recall.expected, 0);
      out.rows.push({ figure: 'atlas-init failed-test recall', unit: 'ratio', value: ratio(found, expected), detail: `${share(found, expected)} tests in ${result.logs.length} logs` });
      const cases = result.logs.map((l) => l.localisation);
      const hits = cases.filter((c) => hitAt(c, 1)).length;
      out.rows.push({ figure: 'atlas-init hit@1', unit: 'ratio', value: ratio(hits, cases.length), detail: `${share(hits, cases.length)} logs` });
      out.misses.push(...cases.filter((c) => !hitAt(c, 1)).map((c) => `miss@1 ${describeMiss(c)}`));
      out.misses.push(...result.logs.filter((l) => l.recall.missed.length > 0).map((l) => `tests atlas-init ${l.path.split('/').pop()}: missed ${l.recall.missed.join(' | ')}`));
      out.details.atlas = result;
    }
    if (sources.includes('loghub')) {
      step('Loghub-2.0');
      await addLoghub(out, corpus);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const durationMs = Date.now() - started;
  console.log(`prodfix eval on ${corpus} (${(durationMs / 1000).toFixed(1)} s)\n`);
  console.log(formatTable(out.rows));
  if (verbose && out.misses.length > 0) console.log(`\nMisses (${out.misses.length}):\n${out.misses.map((m) => `  ${m}`).join('\n')}`);
  if (json) {
    const rows = out.rows.map((row) => ({ ...row, pass: rowPasses(row) }));
    await writeFile(json, `${JSON.stringify({ corpus, durationMs, rows, misses: out.misses, cases: out.localisation, details: out.details }, null, 2)}\n`);
  }
}

/** Loghub grouping accuracy through `scripts/eval/loghub.mjs`, when that module is there. */
async function addLoghub(out, corpus) {
  const modulePath = new URL('./eval/loghub.mjs', import.meta.url);
  if (!existsSync(modulePath)) {
    out.rows.push({ figure: 'Loghub mean grouping accuracy', unit: 'ratio', value: Number.NaN, target: TARGETS.loghubMean, detail: 'scripts/eval/loghub.mjs not present' });
    return;
  }
  const { evaluateLoghub } = await import(modulePath.href);
  const result = await evaluateLoghub(join(corpus, 'loghub-2.0'), mineTemplatesWithCli);
  const systems = result.systems.map((s) => `${s.system} ${s.groupingAccuracy.toFixed(2)}`).join(', ');
  out.rows.push({ figure: 'Loghub mean grouping accuracy', unit: 'ratio', value: result.meanGroupingAccuracy, target: TARGETS.loghubMean, detail: `${result.systems.length} systems` });
  out.misses.push(...result.systems.filter((s) => s.groupingAccuracy < TARGETS.loghubMean.value).map((s) => `loghub ${s.system}: GA ${s.groupingAccuracy.toFixed(3)} (${s.truthGroups} true groups, ${s.predictedGroups} mined)`));
  out.details.loghub = { ...result, summary: systems };
}

run().catch((error) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
