#!/usr/bin/env node
/**
 * `npm run bench`: how fast the analysis reads a large input, measured on the bundled CLI as a
 * whole process, next to `grep` looking for the same keywords in the same file, in the same run.
 *
 *   npm run bench                         # ≥ 1 GiB built from real logs, then the figures
 *   npm run bench -- --size-mb 256        # a smaller input
 *   npm run bench -- --corpus ../shared/corpus   # build the input from the corpus (default: the
 *                                                # repository's own real example and fixture logs)
 *   npm run bench -- collect [options]    # the collector instead: see scripts/bench-collect.mjs
 *
 * Prints lines/s, MB/s and peak RSS of `prodfix analyze`, the same for `grep -c -i -F` over the
 * candidate keywords, the ratio, and the cold start of the analyze-failures bundle. The input is
 * written to a temporary folder and deleted afterwards. Nothing here asserts: it measures.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/script-args.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cli = join(root, 'packages', 'cli', 'dist', 'index.js');
const action = join(root, 'actions', 'analyze-failures', 'dist', 'index.js');
/** Reports the process's peak resident memory on exit (loaded before the measured program). */
const REPORT_RSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nprodfix-bench-maxrss-kb "+process.resourceUsage().maxRSS+"\\n"))';

if (process.argv[2] === 'collect') {
  await import('./bench-collect.mjs');
  process.exit(process.exitCode ?? 0);
}

const { values } = scriptArgs({
  options: {
    'size-mb': { type: 'string', default: '1100' },
    corpus: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
}, 'Usage: npm run bench -- [--size-mb N] [--corpus DIR] [--keep]\n       npm run bench -- collect [--help for its options]');

async function main() {
  if (!existsSync(cli)) fail(`no CLI bundle at ${cli}: run npm run bundle`);
  const sizeBytes = Number(values['size-mb']) * 1024 * 1024;
  if (!(sizeBytes > 0)) fail('--size-mb takes a positive number');
  const sources = realLogs(values.corpus);
  if (sources.length === 0) fail('no real logs found to build the input from');
  const dir = await mkdtemp(join(tmpdir(), 'prodfix-bench-'));
  try {
    const input = join(dir, 'input.log');
    const seedBytes = await buildInput(input, sources, sizeBytes);
    const bytes = statSync(input).size;
    console.log(`input: ${mb(bytes).toFixed(0)} MB from ${sources.length} real log files (${mb(seedBytes).toFixed(1)} MB), repeated`);

    const keywords = join(dir, 'keywords.txt');
    await writeFile(keywords, `${await candidateKeywords()}\n`);
    warmCache(input);

    const grep = timeProcess('grep', ['-c', '-i', '-F', '-f', keywords, input], { rss: false });
    const grepLines = Number(grep.stdout.trim());
    const report = join(dir, 'report.json');
    const prodfix = timeProcess(process.execPath, ['--import', REPORT_RSS, cli, 'analyze', input, '--json', report, '--quiet'], { rss: true });
    if (prodfix.status !== 0 && prodfix.status !== 1) fail(`prodfix exited with ${prodfix.status}: ${prodfix.stderr.slice(0, 500)}`);
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats;
    const coldStarts = coldStart(dir);

    const rows = [
      ['', 'seconds', 'lines/s', 'MB/s', 'peak RSS MB'],
      ['prodfix analyze', prodfix.seconds.toFixed(2), rate(stats.lines, prodfix.seconds), (mb(bytes) / prodfix.seconds).toFixed(0), (prodfix.maxRssKb / 1024).toFixed(0)],
      ['grep -c -i -F (same keywords)', grep.seconds.toFixed(2), rate(stats.lines, grep.seconds), (mb(bytes) / grep.seconds).toFixed(0), '-'],
    ];
    console.log(table(rows));
    console.log(`lines: ${stats.lines.toLocaleString('en-US')}; grep counted ${grepLines.toLocaleString('en-US')} keyword lines`);
    console.log(`prodfix / grep time: ${(prodfix.seconds / grep.seconds).toFixed(2)}x (target ≤ 5x)`);
    console.log(`prodfix lines/s: ${rate(stats.lines, prodfix.seconds)} (target ≥ 1M on one core); peak RSS ${(prodfix.maxRssKb / 1024).toFixed(0)} MB (target ≤ 256 MB)`);
    console.log(`analyze-failures bundle cold start on a tiny log: median ${coldStarts.median.toFixed(3)} s over ${coldStarts.runs} runs (target ≤ 0.4 s)`);
  } finally {
    if (!values.keep) await rm(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
}

/** Real CI logs: the corpus when given, else the repository's own examples and fixtures. */
function realLogs(corpus) {
  const roots = corpus
    ? [join(corpus, 'bugswarm'), join(corpus, 'cidiff'), join(corpus, 'atlas-init')]
    : [join(root, 'examples', 'logs'), join(root, 'tests', 'fixtures', 'logs')];
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:log|txt)$/.test(entry.name)) files.push(path);
    }
  };
  for (const dir of roots) if (existsSync(dir)) walk(dir);
  return files;
}

/** Concatenates the logs until the file reaches `size` bytes; returns the size of one round. */
async function buildInput(path, sources, size) {
  const seed = Buffer.concat(sources.map((file) => {
    const bytes = readFileSync(file);
    return bytes[bytes.length - 1] === 10 ? bytes : Buffer.concat([bytes, Buffer.from('\n')]);
  }));
  const out = createWriteStream(path);
  let written = 0;
  while (written < size) {
    if (!out.write(seed)) await new Promise((resolve) => out.once('drain', resolve));
    written += seed.length;
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return seed.length;
}

/** The engine's candidate keywords, read from the source so grep looks for the same words. */
async function candidateKeywords() {
  const source = readFileSync(join(root, 'packages', 'core', 'src', 'diagnose', 'line-signatures.ts'), 'utf8');
  const block = /export const CANDIDATE_KEYWORDS[^=]*=\s*\[([\s\S]*?)\];/.exec(source);
  if (!block) fail('could not read CANDIDATE_KEYWORDS from line-signatures.ts');
  const words = [...block[1].matchAll(/'((?:[^'\\]|\\.)*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
  return words.map((w) => w.replace(/\\'/g, "'")).join('\n');
}

function warmCache(path) {
  spawnSync('cat', [path], { stdio: ['ignore', 'ignore', 'ignore'] });
}

function timeProcess(command, args, { rss }) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) fail(`${command}: ${result.error.message}`);
  const maxRssKb = rss ? Number(/prodfix-bench-maxrss-kb (\d+)/.exec(result.stderr)?.[1] ?? NaN) : NaN;
  return { seconds, status: result.status, stdout: result.stdout, stderr: result.stderr, maxRssKb };
}

/** Runs the analyze-failures bundle on a tiny log the way the runner does; median wall time. */
function coldStart(dir) {
  const workspace = join(dir, 'workspace');
  spawnSync('mkdir', ['-p', join(workspace, 'logs')]);
  spawnSync('sh', ['-c', `printf '2024-05-06T09:50:14.1206542Z ##[error]Process completed with exit code 1.\\n' > '${join(workspace, 'logs', 'job.log')}'`]);
  const times = [];
  for (let i = 0; i < 7; i++) {
    // The runner creates these files before a step starts.
    writeFileSync(join(dir, 'output.txt'), '');
    writeFileSync(join(dir, 'summary.md'), '');
    const env = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(dir, 'output.txt'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      RUNNER_TEMP: dir,
      INPUT_PATH: 'logs',
      INPUT_BASELINE: '',
      'INPUT_MAX-ANNOTATIONS': '10',
      'INPUT_FAIL-ON': 'none',
      'INPUT_REPORT-PATH': 'report.json',
    };
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [action], { env, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (result.status !== 0) fail(`analyze-failures bundle exited with ${result.status}: ${result.stdout.slice(-500)}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], runs: times.length };
}

const mb = (bytes) => bytes / (1024 * 1024);
const rate = (lines, seconds) => `${(lines / seconds / 1e6).toFixed(2)}M`;

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ')).join('\n');
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

await main();
