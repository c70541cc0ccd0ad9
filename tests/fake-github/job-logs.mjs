// The bytes of job logs and run-log zips, produced as streams so that large logs (benchmarks)
// never sit in the fake's memory.
import { Readable } from 'node:stream';
import yazl from 'yazl';

const FILLER_MESSAGES = [
  '##[group]Run npm test',
  'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
  '  ✓ parses the configuration file (12 ms)',
  '  ✓ resolves workspace packages (4 ms)',
  'Downloading https://registry.npmjs.org/typescript/-/typescript-5.9.3.tgz',
  '[INFO] Building jar: /home/runner/work/app/app/target/app-1.0.jar',
  'PASS src/components/button.test.tsx',
  '##[endgroup]',
];

/** About 64 KiB of realistic runner log lines, repeated to make large synthetic logs. */
const FILLER_BLOCK = (() => {
  const lines = [];
  let size = 0;
  for (let line = 0; size < 64 * 1024; line += 1) {
    const seconds = String(line % 60).padStart(2, '0');
    const text = `2024-05-01T10:01:${seconds}.${String(line).padStart(7, '0')}Z ${FILLER_MESSAGES[line % FILLER_MESSAGES.length]}\n`;
    lines.push(text);
    size += Buffer.byteLength(text);
  }
  return Buffer.from(lines.join(''));
})();

/**
 * Deterministic runner log lines totalling exactly `bytes` bytes (the last line cut short
 * and ended with a newline when it does not fit).
 * @param {number} bytes
 * @returns {Generator<Buffer>}
 */
function* fillerChunks(bytes) {
  let remaining = bytes;
  while (remaining >= FILLER_BLOCK.length) {
    yield FILLER_BLOCK;
    remaining -= FILLER_BLOCK.length;
  }
  if (remaining > 0) yield Buffer.concat([FILLER_BLOCK.subarray(0, remaining - 1), Buffer.from('\n')]);
}

/**
 * Size and content of a job's log: `logBytes` of synthetic lines, then the job's own log text.
 * @param {import('./scenario.mjs').Job} job
 * @returns {{ size: number, open: () => Readable }}
 */
export function jobLogSource(job) {
  const tail = Buffer.from(job.log, 'utf8');
  return {
    size: job.logBytes + tail.length,
    open: () => Readable.from((function* () {
      yield* fillerChunks(job.logBytes);
      if (tail.length > 0) yield tail;
    })()),
  };
}

/**
 * A name as it appears inside a run-log zip: GitHub drops the characters a file name may not
 * hold (`/` and `:` among them; see cli/cli#5011 and #9482).
 * @param {string} name
 */
function zipName(name) {
  return name.replace(/[/\\:*?"<>|]/g, '');
}

/**
 * The zip GitHub serves for a run's logs: `<i>_<job>.txt` with each job's whole log, and a
 * `<job>/` folder with one `<n>_<step>.txt` per step that has a log. A job name seen before
 * gets ` (1)`, ` (2)`… as GitHub adds them.
 * @param {import('./scenario.mjs').Job[]} jobs
 * @returns {Readable}
 */
export function runLogZip(jobs) {
  const zip = new yazl.ZipFile();
  /** @type {Map<string, number>} */
  const seen = new Map();
  jobs.forEach((job, index) => {
    const base = zipName(job.name);
    const repeats = seen.get(base) ?? 0;
    seen.set(base, repeats + 1);
    const name = repeats === 0 ? base : `${base} (${repeats})`;
    const source = jobLogSource(job);
    zip.addReadStream(source.open(), `${index}_${name}.txt`, { size: source.size });
    for (const step of job.steps) {
      if (step.log === '') continue;
      zip.addBuffer(Buffer.from(step.log, 'utf8'), `${name}/${step.number}_${zipName(step.name)}.txt`);
    }
  });
  zip.end();
  return /** @type {Readable} */ (/** @type {unknown} */ (zip.outputStream));
}
