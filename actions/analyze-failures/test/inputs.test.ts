import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isConfigurationError } from '@prodfix/core';
import { Input } from '../src/constants.js';
import { getInputs } from '../src/inputs.js';

const DEFAULTS: Record<Input, string> = {
  [Input.Path]: 'prodfix-logs',
  [Input.Baseline]: '',
  [Input.MaxAnnotations]: '10',
  [Input.FailOn]: 'none',
  [Input.ReportPath]: 'prodfix-report.json',
  [Input.RunId]: '',
  [Input.Token]: '',
  [Input.Repository]: '',
  [Input.ApiUrl]: '',
};

let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
});
afterEach(() => {
  process.env = saved;
});

function withInputs(inputs: Partial<Record<Input, string>>): NodeJS.ProcessEnv {
  for (const [name, value] of Object.entries({ ...DEFAULTS, ...inputs })) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return { GITHUB_WORKSPACE: '/work/space', GITHUB_REPOSITORY: 'acme/shop' };
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

describe('getInputs', () => {
  it('reads the defaults into typed settings, paths resolved against the workspace', () => {
    expect(getInputs(withInputs({}))).toEqual({
      paths: ['prodfix-logs'],
      baseline: [],
      maxAnnotations: 10,
      failOn: [],
      reportPath: join('/work/space', 'prodfix-report.json'),
      summaryPath: join('/work/space', 'prodfix-report.md'),
      workspace: '/work/space',
      repository: 'acme/shop',
      tempDir: tmpdir(),
    });
  });

  it('reads one path per line, skipping blank lines, and a list of fail-on classes', () => {
    const settings = getInputs(withInputs({
      [Input.Path]: 'logs/a.log\n\n  logs/**/*.txt  \nrun.zip\n',
      [Input.Baseline]: 'passing/',
      [Input.FailOn]: 'timeout, out-of-memory\nnetwork',
      [Input.ReportPath]: '/tmp/out/report',
      [Input.MaxAnnotations]: '0',
    }));
    expect(settings.paths).toEqual(['logs/a.log', 'logs/**/*.txt', 'run.zip']);
    expect(settings.baseline).toEqual(['passing/']);
    expect(settings.failOn).toEqual(['timeout', 'out-of-memory', 'network']);
    expect(settings.reportPath).toBe('/tmp/out/report');
    expect(settings.summaryPath).toBe('/tmp/out/report.md');
    expect(settings.maxAnnotations).toBe(0);
  });

  it('reads run-id with its token, repository and API root, and masks the token first', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    const env = withInputs({ [Input.RunId]: '50', [Input.Token]: 'ghs_analyzeinputs000000000000000000000000', [Input.ApiUrl]: 'http://127.0.0.1:9' });
    let settings;
    try {
      settings = getInputs({ ...env, RUNNER_TEMP: '/runner/temp' });
    } finally {
      spy.mockRestore();
    }
    expect(settings.run).toEqual({ runId: 50, token: 'ghs_analyzeinputs000000000000000000000000', repository: 'acme/shop', apiUrl: 'http://127.0.0.1:9' });
    expect(settings.tempDir).toBe('/runner/temp');
    expect(written.join('')).toContain('::add-mask::ghs_analyzeinputs000000000000000000000000');
  });

  it('takes the API root from GITHUB_API_URL when api-url is empty, and the repository input over GITHUB_REPOSITORY', () => {
    const env = withInputs({ [Input.RunId]: '7', [Input.Token]: 't', [Input.Repository]: 'octo/app' });
    const settings = getInputs({ ...env, GITHUB_API_URL: 'https://ghe.example/api/v3' });
    expect(settings.run).toEqual({ runId: 7, token: 't', repository: 'octo/app', apiUrl: 'https://ghe.example/api/v3' });
    expect(settings.repository).toBe('octo/app');
  });

  it.each([
    [{ [Input.RunId]: 'latest', [Input.Token]: 't' }, 'Input "run-id" must be a run id (digits), got "latest"'],
    [{ [Input.RunId]: '5' }, 'Input "token" is empty: "run-id" needs a token that may read the run (actions: read)'],
    [{ [Input.Path]: ' \n ' }, 'Input "path" is empty: give the logs to analyse, one per line'],
    [{ [Input.MaxAnnotations]: 'ten' }, 'Input "max-annotations" must be a whole number from 0 to 50, got "ten"'],
    [{ [Input.MaxAnnotations]: '51' }, 'Input "max-annotations" must be a whole number from 0 to 50, got "51"'],
    [{ [Input.ReportPath]: '' }, 'Input "report-path" is empty: give a file name for the JSON report'],
  ])('rejects %o', (inputs, message) => {
    expect(configurationMessage(() => getInputs(withInputs(inputs)))).toBe(message);
  });

  it('names the allowed fail-on values when one is wrong', () => {
    expect(configurationMessage(() => getInputs(withInputs({ [Input.FailOn]: 'timeout,segfault' })))).toMatch(
      /^Input "fail-on": unknown value "segfault"; allowed values: none, any, test-assertion, .*, crash, .*unknown$/,
    );
  });
});
