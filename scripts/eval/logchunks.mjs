/**
 * LogChunks (MSR 2020): gzipped Travis CI logs (`logs/<lang>/<repo>/<status>/<id>.log.gz`) and,
 * per repository, `build-failure-reason/<lang>/<repo>.xml` with the chunk of each log that says
 * why the build failed. The chunk is located in the log by text (`locateChunk`); logs whose
 * chunk cannot be located are counted and left out of hit@k. No licence is stated for this
 * copy: logs are decompressed to a temporary folder at evaluation time only.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { analyzeInBatches } from './cli.mjs';
import { locateChunk } from './locate-chunk.mjs';
import { excerptsOf } from './metrics.mjs';
import { splitLines } from './normalise.mjs';

const parser = new XMLParser({
  isArray: (name) => name === 'Example',
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
});

/**
 * Every labelled example: the log's relative path and its chunk.
 * @param {string} root the `logchunks` folder
 * @returns {Promise<{ log: string; chunk: string }[]>}
 */
async function readLabels(root) {
  const labelsDir = join(root, 'build-failure-reason');
  const examples = [];
  for (const language of await readdir(labelsDir).catch(() => [])) {
    for (const name of await readdir(join(labelsDir, language)).catch(() => [])) {
      if (!name.endsWith('.xml')) continue;
      const xml = parser.parse(await readFile(join(labelsDir, language, name), 'utf8'));
      for (const example of xml?.Examples?.Example ?? []) {
        if (typeof example.Log === 'string' && typeof example.Chunk === 'string') examples.push({ log: example.Log.trim(), chunk: example.Chunk });
      }
    }
  }
  return examples;
}

/**
 * @param {string} corpus
 * @param {string} workDir a temporary folder for the decompressed logs
 * @param {number} parallel
 */
export async function evaluateLogChunks(corpus, workDir, parallel) {
  const root = join(corpus, 'logchunks');
  const labels = await readLabels(root);
  const located = [];
  let absent = 0;
  const unlocated = [];
  for (const { log, chunk } of labels) {
    const gz = join(root, 'logs', `${log}.gz`);
    if (!existsSync(gz)) {
      absent++;
      continue;
    }
    const raw = gunzipSync(await readFile(gz));
    const range = locateChunk(splitLines(raw.toString('utf8')), chunk);
    if (!range) {
      unlocated.push(log);
      continue;
    }
    const path = join(workDir, 'logchunks', log);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, raw);
    located.push({ name: log, path, expected: [range] });
  }
  const files = await analyzeInBatches(located.map((c) => c.path), parallel);
  const cases = located.map((c) => {
    const file = files.get(c.path);
    return { source: 'logchunks', name: c.name, path: c.path, expected: c.expected, excerpts: excerptsOf(file), status: file?.status ?? 'missing' };
  });
  return { cases, labelled: labels.length, absent, unlocated };
}
