#!/usr/bin/env node
/**
 * `npm run bench -- collect`: how fast the BUNDLED collect-logs action gathers many job logs
 * from the fake GitHub (tests/fake-github, run as its own process so its CPU and memory are not
 * the collector's), with latency on every request, next to the slowest single download made
 * through the same fake in the same run.
 *
 *   node scripts/bench-collect.mjs                    # 100 failed jobs sized like real job logs, 50 ms latency
 *   node scripts/bench-collect.mjs --sizes heavy      # 100 failed jobs of 50 KB to 20 MB (195 MB)
 *   node scripts/bench-collect.mjs --log-source jobs  # one download per job instead of the run-log zip
 *   node scripts/bench-collect.mjs --large            # 5 jobs of 200 MB: peak RSS stays flat
 *   node scripts/bench-collect.mjs --jobs 40 --sizes heavy --min-kb 10 --max-mb 5 --latency 100 --concurrency 8
 *   node scripts/bench-collect.mjs --cpu-prof /tmp/prof   # also write the action's CPU profile there
 *   node scripts/bench-collect.mjs --bundle /tmp/other/dist/index.js   # time another build (A/B)
 *
 * Log sizes: `corpus` (default) spreads the jobs over the size distribution of the 316 real
 * GitHub Actions job logs in ../shared/corpus (quantiles below); `heavy` runs from --min-kb to
 * --max-mb on a skewed scale, far heavier than real logs.
 *
 * Prints wall time, requests made (API and log host), peak RSS of the action's process, where
 * the time went (start-up and listing, log transfer, work after the last byte), the single
 * downloads the action makes, each fetched alone before it runs (median of three: API 302, then
 * the log host, body read to the end and dropped): the biggest job log and the run-log zip;
 * and the targets of issue 3 next to them. Nothing here asserts: it measures.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { scriptArgs } from './lib/script-args.mjs';
import { parse as parseYaml } from 'yaml';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const actionDir = join(root, 'actions', 'collect-logs');
const defaultBundle = join(actionDir, 'dist', 'index.js');
const fakeCli = join(root, 'tests', 'fake-github', 'cli.mjs');
/** Reports the process's peak resident memory and CPU time on exit (loaded before the measured program). */
const REPORT_RSS = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nprodfix-bench-maxrss-kb "+u.maxRSS+" cpu-us "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
const TOKEN = 'ghs_benchtoken000000000000000000000000000';
const OWNER = 'octo';
const REPO = 'app';
const RUN_ID = 7000;
const BASELINE_AGENT = 'prodfix-bench-single-download';
const MB = 1024 * 1024;
const TARGET_RSS_MB = 200;

const { values } = scriptArgs({
  options: {
    jobs: { type: 'string' },
    sizes: { type: 'string', default: 'corpus' },
    'log-source': { type: 'string' },
    'min-kb': { type: 'string', default: '50' },
    'max-mb': { type: 'string' },
    latency: { type: 'string', default: '50' },
    concurrency: { type: 'string' },
    large: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    bundle: { type: 'string' },
  },
  allowPositionals: true, // `npm run bench -- collect` passes the word through
}, `Usage: npm run bench -- collect [--sizes corpus|heavy] [--log-source auto|jobs|zip] [--large]
         [--jobs N] [--min-kb N] [--max-mb N] [--latency MS] [--concurrency N]
         [--bundle PATH] [--cpu-prof DIR] [--keep]
(see the comment at the top of scripts/bench-collect.mjs)`);
const bundle = values.bundle ?? defaultBundle;

/**
 * Sizes in bytes of the real GitHub Actions job logs in ../shared/corpus (date-night, bugswarm,
 * atlas-init, cidiff/terraform: 316 logs), at every 5th percentile from the smallest to the
 * largest; measured once with `stat -c %s` and kept here so the bench runs without the corpus.
 */
const CORPUS_LOG_SIZE_QUANTILES = [
  100, 12139, 13180, 13619, 14251, 18867, 26244, 28283, 37976, 42354, 43666,
  55718, 60712, 82218, 100091, 117262, 154540, 190200, 316636, 515658, 3667609,
];

/** `count` sizes spread evenly over the corpus distribution (log-interpolated between quantiles, the largest included), shuffled. */
function corpusSizes(count) {
  const q = CORPUS_LOG_SIZE_QUANTILES;
  const sizes = Array.from({ length: count }, (_, i) => {
    const at = (count === 1 ? 1 : i / (count - 1)) * (q.length - 1);
    const low = Math.floor(at);
    const high = Math.min(low + 1, q.length - 1);
    return Math.max(1, Math.round(q[low] * (q[high] / q[low]) ** (at - low)));
  });
  return shuffle(sizes);
}

/** Log sizes in bytes, deterministic: `count` sizes from `min` to `max` on a skewed log scale, shuffled. */
function heavySizes(count, min, max) {
  if (count === 1) return [max];
  const sizes = Array.from({ length: count }, (_, i) => {
    const u = i / (count - 1);
    return Math.round(min * (max / min) ** (u * u)); // most logs small, a long tail of large ones
  });
  return shuffle(sizes);
}

/** A fixed shuffle, so runs are comparable. */
function shuffle(sizes) {
  let seed = 12345;
  for (let i = sizes.length - 1; i > 0; i -= 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [sizes[i], sizes[j]] = [sizes[j], sizes[i]];
  }
  return sizes;
}

/** One failed run with `sizes.length` failed jobs (and a few passing ones, as in a real matrix). */
function scenario(sizes) {
  const failed = sizes.map((bytes, i) => ({
    id: 8_000_000 + i,
    name: `test (ubuntu-latest, node 20, shard ${i + 1}/${sizes.length})`,
    conclusion: 'failure',
    logBytes: bytes,
    log: '2024-05-01T10:09:59.0000000Z ##[error]Process completed with exit code 1.\n',
  }));
  const passed = Array.from({ length: Math.ceil(sizes.length / 5) }, (_, i) => ({
    id: 8_500_000 + i,
    name: `lint (${i + 1})`,
    conclusion: 'success',
    log: '2024-05-01T10:01:00.0000000Z ok\n',
  }));
  return { token: TOKEN, repos: [{ owner: OWNER, name: REPO, runs: [{ id: RUN_ID, jobs: [...failed, ...passed] }] }] };
}

/** Starts tests/fake-github/cli.mjs as its own process; resolves when it is listening. */
async function startFake(dir, latencyMs) {
  const scenarioFile = join(dir, 'scenario.json');
  const readyFile = join(dir, 'fake.json');
  const requestsFile = join(dir, 'requests.json');
  const child = spawn(process.execPath, [fakeCli, '--scenario', scenarioFile, '--latency', String(latencyMs),
    '--ready-file', readyFile, '--requests-file', requestsFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = once(child, 'exit');
  for (let waited = 0; !existsSync(readyFile) || readFileSync(readyFile, 'utf8').trim() === ''; waited += 50) {
    if (child.exitCode !== null || waited > 30_000) fail('the fake GitHub did not start');
    await sleep(50);
  }
  const ready = JSON.parse(readFileSync(readyFile, 'utf8'));
  return {
    ...ready,
    /** Stops the fake and returns its request log. */
    async stop() {
      child.kill('SIGTERM');
      await exited;
      return JSON.parse(await readFile(requestsFile, 'utf8'));
    },
  };
}

/**
 * One download alone, the way the collector makes it (the API's 302 without following it, then
 * the log host without credentials), body read to the end: `apiPath` is the job's or the run
 * attempt's logs endpoint.
 */
async function singleDownload(fake, apiPath) {
  const started = performance.now();
  const api = await fetch(`${fake.apiUrl}/repos/${OWNER}/${REPO}${apiPath}`, {
    redirect: 'manual',
    headers: { authorization: `token ${fake.token}`, 'user-agent': BASELINE_AGENT },
  });
  const location = api.headers.get('location');
  await api.body?.cancel();
  if (api.status !== 302 || !location) fail(`single download of ${apiPath}: the API answered ${api.status}`);
  const log = await fetch(location, { headers: { 'user-agent': BASELINE_AGENT } });
  let bytes = 0;
  for await (const chunk of log.body) bytes += chunk.length;
  return { ms: performance.now() - started, bytes };
}

/** The median of three single downloads (the first also warms up this process and the fake's zip). */
async function medianDownload(fake, apiPath) {
  const downloads = [];
  for (let i = 0; i < 3; i += 1) downloads.push(await singleDownload(fake, apiPath));
  return downloads.sort((a, b) => a.ms - b.ms)[1];
}

/** The runner's INPUT_* variables: action.yml defaults, `${{ … }}` defaults empty, then `inputs`. */
function inputEnv(inputs) {
  const action = parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
  const env = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const fallback = String(input.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? (fallback.startsWith('${{') ? '' : fallback);
  }
  return env;
}

/** Runs the bundled action as the runner would; returns wall time, peak RSS and its outputs. */
async function runAction(dir, fake, concurrency, logSource) {
  const workspace = join(dir, 'workspace');
  await mkdir(workspace, { recursive: true });
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_RUN_ID: '900',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    ...inputEnv({ token: fake.token, repository: `${OWNER}/${REPO}`, 'run-id': String(RUN_ID), upload: 'false',
      ...(concurrency ? { concurrency } : {}), ...(logSource ? { 'log-source': logSource } : {}) }),
  };
  await writeFile(env.GITHUB_OUTPUT, '');
  await writeFile(env.GITHUB_STEP_SUMMARY, '');
  const startedAt = performance.timeOrigin + performance.now();
  const started = performance.now();
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', REPORT_RSS, bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  const ms = performance.now() - started;
  const rss = /prodfix-bench-maxrss-kb (\d+) cpu-us (\d+)/.exec(stderr);
  if (code !== 0 || !rss) fail(`the action exited with ${code}:\n${(stdout + stderr).slice(-2000)}`);
  const failed = stdout.split('\n').filter((line) => line.startsWith('::error') || line.startsWith('::warning') || /worker stopped/.test(line));
  return { ms, startedAt, rssMb: Number(rss[1]) / 1024, cpuMs: Number(rss[2]) / 1000, outputs: parseOutputs(await readFile(env.GITHUB_OUTPUT, 'utf8')), problems: failed };
}

/** The outputs a step wrote to its GITHUB_OUTPUT file (`name<<DELIM … DELIM`). */
function parseOutputs(text) {
  const outputs = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3];
  return outputs;
}

const measuredRequests = (log) => log.requests.filter((r) => r.headers['user-agent'] !== BASELINE_AGENT);

/** Where the action's wall time went, from the fake's clock: before the first log request, transfer, after the last log byte. */
function phases(log, action) {
  const measured = measuredRequests(log);
  const asked = measured.filter((r) => r.route === 'downloadJobLogs' || r.route === 'downloadAttemptLogs');
  const sent = measured.filter((r) => r.server === 'logs' && r.finishedMs !== undefined);
  if (asked.length === 0 || sent.length === 0) return undefined;
  const first = Math.min(...asked.map((r) => r.startedMs));
  const last = Math.max(...sent.map((r) => r.finishedMs));
  const firstApi = Math.min(...measured.map((r) => r.startedMs));
  return { startup: firstApi - action.startedAt, before: first - action.startedAt, transfer: last - first, after: action.startedAt + action.ms - last };
}

function countRequests(log) {
  const measured = measuredRequests(log);
  const routes = {};
  for (const r of measured) routes[r.route ?? 'unknown'] = (routes[r.route ?? 'unknown'] ?? 0) + 1;
  return {
    api: measured.filter((r) => r.server === 'api').length,
    logs: measured.filter((r) => r.server === 'logs').length,
    routes,
    errors: measured.filter((r) => r.status === undefined || r.status >= 400).length,
  };
}

async function main() {
  if (!existsSync(bundle)) fail(`no bundle at ${bundle}: run node scripts/bundle.mjs collect-logs`);
  const jobs = Number(values.jobs ?? (values.large ? 5 : 100));
  const maxBytes = Number(values['max-mb'] ?? (values.large ? 200 : 20)) * MB;
  const minBytes = values.large && values['min-kb'] === '50' ? maxBytes : Number(values['min-kb']) * 1024;
  const latencyMs = Number(values.latency);
  if (!(jobs >= 1 && minBytes > 0 && maxBytes >= minBytes && latencyMs >= 0)) fail('--jobs, --min-kb, --max-mb and --latency take positive numbers (max ≥ min)');
  if (!['corpus', 'heavy'].includes(values.sizes)) fail('--sizes takes corpus or heavy');
  const sizes = values.sizes === 'corpus' && !values.large && values['max-mb'] === undefined ? corpusSizes(jobs) : heavySizes(jobs, minBytes, maxBytes);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const biggest = sizes.indexOf(Math.max(...sizes));

  const dir = await mkdtemp(join(tmpdir(), 'prodfix-bench-collect-'));
  try {
    const built = scenario(sizes);
    await writeFile(join(dir, 'scenario.json'), JSON.stringify(built));
    const fake = await startFake(dir, latencyMs);
    let requestLog;
    let biggestLog;
    let runZip;
    let action;
    try {
      biggestLog = await medianDownload(fake, `/actions/jobs/${8_000_000 + biggest}/logs`);
      runZip = await medianDownload(fake, `/actions/runs/${RUN_ID}/attempts/1/logs`);
      action = await runAction(dir, fake, values.concurrency, values['log-source']);
    } finally {
      requestLog = await fake.stop();
    }
    const requests = countRequests(requestLog);
    // The reference is the slowest of the downloads the action actually made.
    const made = [...(requests.routes.jobLogContent ? [['biggest job log', biggestLog]] : []), ...(requests.routes.runLogZipContent ? [['run-log zip', runZip]] : [])];
    const [singleName, single] = made.sort((a, b) => b[1].ms - a[1].ms)[0] ?? ['biggest job log', biggestLog];
    const phase = phases(requestLog, action);
    const runs = Number(action.outputs.runs ?? 0);
    const allJobs = built.repos[0].runs[0].jobs.length;
    const pages = Math.ceil(allJobs / 100);
    const requestTarget = jobs + pages + runs;
    const ratio = action.ms / single.ms;

    const median = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)];
    console.log(`collect-logs bench: ${jobs} failed jobs (+${allJobs - jobs} passing) in 1 run, logs sized ${values.large || values['max-mb'] !== undefined ? 'heavy' : values.sizes} `
      + `(${kb(Math.min(...sizes))} to ${kb(Math.max(...sizes))}, median ${kb(median)}), ${(total / MB).toFixed(1)} MB in all; `
      + `${latencyMs} ms latency per request on the API and the log host; log source ${values['log-source'] ?? 'default (action.yml)'}; `
      + `concurrency ${values.concurrency ?? 'default (action.yml)'}; node ${process.version}`);
    console.log(`collected: ${action.outputs.jobs} job logs, ${(Number(action.outputs.bytes) / MB).toFixed(1)} MB written, `
      + `${action.outputs.missing} missing, ${action.problems.length} warnings, errors or redaction-worker stops`);
    for (const problem of action.problems.slice(0, 5)) console.log(`  ${problem.slice(0, 200)}`);
    console.log('');
    table([
      ['figure', 'measured', 'target'],
      ['biggest job log alone (median of 3)', `${ms(biggestLog.ms)} (${kb(biggestLog.bytes)})`, ''],
      ['run-log zip alone (median of 3)', `${ms(runZip.ms)} (${kb(runZip.bytes)})`, ''],
      [`slowest single download the action made: ${singleName}`, ms(single.ms), ''],
      ['wall time of the action (process start to exit)', ms(action.ms), `≤ ${ms(2 * single.ms)} (2×)`],
      ...(phase ? [
        ['  start-up (to the first API request)', ms(phase.startup), ''],
        ['  start-up and listing (to the first log request)', ms(phase.before), ''],
        ['  log transfer (first log request to last byte sent)', ms(phase.transfer), ''],
        ['  after the last byte (inflate, redact, write, manifest)', ms(phase.after), ''],
      ] : []),
      ['CPU time of the action (user + system)', `${ms(action.cpuMs)} (${(total / MB / (action.cpuMs / 1000)).toFixed(0)} MB per CPU-second)`, ''],
      ['wall time / slowest single download', `${ratio.toFixed(2)}×`, '≤ 2.00×'],
      ['API requests', String(requests.api), `≤ ${requestTarget} (jobs ${jobs} + pages ${pages} + runs ${runs})`],
      ['log host requests (the 302 targets)', String(requests.logs), requests.routes.runLogZipContent ? '1 zip, plus a job log for each job not in it' : `${jobs} (one per log)`],
      ['requests that failed', String(requests.errors), '0'],
      ['peak RSS of the action', `${action.rssMb.toFixed(0)} MB`, `≤ ${TARGET_RSS_MB} MB`],
      ['peak concurrency seen by the fake (api / logs)', `${requestLog.peakConcurrency.api} / ${requestLog.peakConcurrency.logs}`, ''],
    ]);
    console.log(`\nrequests by route: ${Object.entries(requests.routes).map(([route, n]) => `${route} ${n}`).join(', ')}`);
    const met = [ratio <= 2, requests.api <= requestTarget, action.rssMb <= TARGET_RSS_MB];
    console.log(`targets met: wall time ${yes(met[0])}, requests ${yes(met[1])}, peak RSS ${yes(met[2])}`);
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const [i, row] of rows.entries()) {
    console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
    if (i === 0) console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  }
}

const ms = (value) => `${Math.round(value)} ms`;
const kb = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
const yes = (ok) => (ok ? 'yes' : 'NO');

function fail(message) {
  console.error(`bench-collect: ${message}`);
  process.exit(2);
}

await main();
