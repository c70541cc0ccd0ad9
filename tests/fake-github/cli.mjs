#!/usr/bin/env node
// Runs the fake GitHub API (and optionally the fake results service) as a standalone process,
// e.g. in a workflow job before a step that runs the bundled action against it. See README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startFakeGitHub } from './server.mjs';
import { makeRuntimeToken, startFakeArtifactService } from './artifact-service.mjs';

const USAGE = 'usage: node tests/fake-github/cli.mjs --scenario FILE.json [--faults FILE.json] [--latency MS]\n'
  + '  [--concurrency-limit N] [--port N] [--logs-port N] [--artifacts] [--ready-file FILE] [--requests-file FILE]\n';

let values;
try {
  ({ values } = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      scenario: { type: 'string' },
      faults: { type: 'string' },
      latency: { type: 'string' },
      'concurrency-limit': { type: 'string' },
      port: { type: 'string' },
      'logs-port': { type: 'string' },
      artifacts: { type: 'boolean', default: false },
      'ready-file': { type: 'string' },
      'requests-file': { type: 'string' },
    },
  }));
} catch (error) {
  process.stderr.write(`${error.message}\n${USAGE}`);
  process.exit(2);
}

if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!values.scenario) {
  process.stderr.write(USAGE);
  process.exit(2);
}

/** @param {string} path */
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
/** @param {string | undefined} value */
const number = (value) => (value === undefined ? undefined : Number(value));

const github = await startFakeGitHub({
  scenario: readJson(values.scenario),
  faults: values.faults ? readJson(values.faults) : [],
  latencyMs: number(values.latency),
  concurrencyLimit: number(values['concurrency-limit']),
  port: number(values.port),
  logsPort: number(values['logs-port']),
});
const results = values.artifacts ? await startFakeArtifactService() : undefined;

const ready = {
  apiUrl: github.url,
  logHostUrl: github.logHostUrl,
  token: github.token,
  ...(results ? { resultsUrl: results.url, runtimeToken: makeRuntimeToken('fake-run', 'fake-job') } : {}),
};
if (values['ready-file']) writeFileSync(values['ready-file'], `${JSON.stringify(ready)}\n`);
process.stdout.write(`${JSON.stringify(ready)}\n`);

/** Writes the request log (and artifact summary) if asked, then stops. */
async function stop() {
  if (values['requests-file']) {
    const artifacts = results
      ? Object.values(results.artifacts).map(({ zip, ...artifact }) => ({ ...artifact, zipBytes: zip?.length }))
      : undefined;
    writeFileSync(values['requests-file'], `${JSON.stringify({ requests: github.requests, routeCounts: github.routeCounts(), peakConcurrency: github.peakConcurrency, artifacts }, null, 2)}\n`);
  }
  await Promise.all([github.close(), results?.close()]);
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
