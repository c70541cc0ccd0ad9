import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isConfigurationError } from '@prodfix/core';
import { Input } from '../src/constants.js';
import { getInputs } from '../src/inputs.js';
import { inputEnv } from './action-env.js';

let saved: NodeJS.ProcessEnv;
let dir: string;
beforeEach(async () => {
  saved = { ...process.env };
  dir = await mkdtemp(join(tmpdir(), 'collect-inputs-'));
});
afterEach(async () => {
  process.env = saved;
  await rm(dir, { recursive: true, force: true });
});

const RUNNER = { GITHUB_WORKSPACE: '/work/space', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '777', GITHUB_API_URL: 'http://127.0.0.1:9/api' };

function withInputs(inputs: Partial<Record<Input, string>>): void {
  Object.assign(process.env, inputEnv({ [Input.Token]: 'ghs_inputtoken', ...inputs }));
}

function configurationMessage(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (isConfigurationError(error)) return error.message;
    throw error;
  }
  throw new Error('no ConfigurationError');
}

describe('collect-logs getInputs', () => {
  it('reads the defaults: the current run, failed jobs of the latest attempt, upload on', () => {
    withInputs({});
    const settings = getInputs(RUNNER);
    expect(settings.collect).toMatchObject({
      token: 'ghs_inputtoken',
      repository: 'acme/shop',
      apiUrl: 'http://127.0.0.1:9/api',
      runId: 777,
      conclusion: 'failure',
      attempts: 'latest',
      jobs: 'failed',
      baseline: false,
      concurrency: 4,
      gitCommits: 0,
      systemSnapshot: false,
      outDir: '/work/space/prodfix-logs',
    });
    expect(settings.upload).toEqual({ name: 'prodfix-logs', compressionLevel: 6 });
  });

  it('takes the triggering run of a workflow_run event', async () => {
    const eventPath = join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify({ action: 'completed', workflow_run: { id: 123456, conclusion: 'failure' } }));
    withInputs({});
    expect(getInputs({ ...RUNNER, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventPath }).collect.runId).toBe(123456);
  });

  it('lists runs when a filter is given and no run id', () => {
    withInputs({ [Input.Workflow]: 'ci.yml', [Input.Branch]: 'main', [Input.Since]: '2024-05-01', [Input.Limit]: '20' });
    const { collect } = getInputs(RUNNER);
    expect(collect).toMatchObject({ workflow: 'ci.yml', branch: 'main', since: '2024-05-01', limit: 20 });
    expect(collect.runId).toBeUndefined();
  });

  it('names the input and what it accepts when a value is wrong', () => {
    withInputs({ [Input.Attempts]: 'newest' });
    expect(configurationMessage(() => getInputs(RUNNER))).toBe('Input "attempts" must be one of latest, all, got "newest"');
    withInputs({ [Input.Concurrency]: '0' });
    expect(configurationMessage(() => getInputs(RUNNER))).toMatch(/"concurrency" must be a whole number from 1 to 32/);
    withInputs({ [Input.RunId]: 'abc' });
    expect(configurationMessage(() => getInputs(RUNNER))).toMatch(/"run-id" must be a run id/);
    withInputs({ [Input.Since]: 'yesterday' });
    expect(configurationMessage(() => getInputs(RUNNER))).toMatch(/"since" must be an ISO date/);
  });

  it('turns upload off and reads retention days only when given', () => {
    withInputs({ [Input.Upload]: 'false' });
    expect(getInputs(RUNNER).upload).toBeUndefined();
    withInputs({ [Input.RetentionDays]: '3', [Input.CompressionLevel]: '0' });
    expect(getInputs(RUNNER).upload).toEqual({ name: 'prodfix-logs', retentionDays: 3, compressionLevel: 0 });
  });
});
