import { describe, expect, it } from 'vitest';
import { MANIFEST_VERSION, type Manifest } from '../src/index.js';
import { manifestErrors } from './validate-manifest.js';

function sample(): Manifest {
  return {
    schemaVersion: MANIFEST_VERSION,
    tool: { name: 'prodfix-collect', version: '0.1.0' },
    createdAt: '2024-05-01T10:00:00.000Z',
    repository: 'octo/app',
    apiUrl: 'https://api.github.com',
    runs: [
      {
        id: 11, attempt: 1, dir: 'runs/11-1', workflowId: 1000, workflowName: 'CI', headSha: 'a'.repeat(40),
        headBranch: 'main', event: 'push', conclusion: 'failure', htmlUrl: 'https://github.com/octo/app/actions/runs/11',
        createdAt: '2024-05-01T10:00:00Z', baseline: false,
      },
    ],
    files: [
      { path: 'runs/11-1/build/log.txt', role: 'job-log', status: 'ok', size: 10, sha256: 'b'.repeat(64), redactions: { 'github-token': 1 }, runId: 11, attempt: 1, jobId: 101, jobName: 'build', conclusion: 'failure', headSha: 'a'.repeat(40), baseline: false },
      { path: 'runs/11-1/lint/log.txt', role: 'job-log', status: 'missing', redactions: {}, runId: 11, attempt: 1, jobId: 102, jobName: 'lint', problem: { reason: 'expired', message: 'gone' } },
    ],
    redactions: { 'github-token': 1 },
    totals: { runs: 1, jobs: 1, files: 1, bytes: 10, missing: 1, redactions: 1 },
  };
}

describe('manifest schema', () => {
  it('accepts a well-formed manifest', () => {
    expect(manifestErrors(sample())).toEqual([]);
  });

  it('rejects paths that climb out of the folder or are absolute', () => {
    for (const path of ['../x/log.txt', '/etc/passwd', 'runs/../../x', 'runs/./x']) {
      const manifest = sample();
      manifest.files[0]!.path = path;
      expect(manifestErrors(manifest).join('\n')).toMatch(/files\/0\/path/);
    }
  });

  it('requires size and digest for written files and a problem for missing ones', () => {
    const written = sample();
    delete written.files[0]!.sha256;
    expect(manifestErrors(written).join('\n')).toMatch(/sha256/);
    const missing = sample();
    delete missing.files[1]!.problem;
    expect(manifestErrors(missing).join('\n')).toMatch(/problem/);
  });

  it('rejects another schema version and unknown problem reasons', () => {
    const manifest = sample() as unknown as { schemaVersion: number; files: { problem?: { reason: string } }[] };
    manifest.schemaVersion = 2;
    manifest.files[1]!.problem!.reason = 'lost';
    const errors = manifestErrors(manifest).join('\n');
    expect(errors).toMatch(/schemaVersion/);
    expect(errors).toMatch(/files\/1\/problem\/reason/);
  });
});
