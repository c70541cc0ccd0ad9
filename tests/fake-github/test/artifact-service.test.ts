import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DUPLICATE_NAME_MESSAGE, makeRuntimeToken, startFakeArtifactService, type FakeArtifactService } from '../artifact-service.mjs';
import { readZipEntries } from '../zip-entries.mjs';

const RUN = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const JOB = 'ca395085-040a-526b-2ce8-bdc85f692774';
const ENV_KEYS = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_WORKSPACE', 'GITHUB_SERVER_URL'] as const;

let service: FakeArtifactService;
let workspace: string;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

beforeAll(async () => {
  service = await startFakeArtifactService();
  workspace = await mkdtemp(join(tmpdir(), 'fake-artifact-'));
  await mkdir(join(workspace, 'evidence', 'run-11'), { recursive: true });
  await writeFile(join(workspace, 'evidence', 'manifest.json'), '{"version":1}\n');
  await writeFile(join(workspace, 'evidence', 'run-11', 'build.log'), 'line one\n##[error]boom\n');
  process.env.ACTIONS_RESULTS_URL = service.url;
  process.env.ACTIONS_RUNTIME_TOKEN = makeRuntimeToken(RUN, JOB);
  process.env.GITHUB_WORKSPACE = workspace;
  delete process.env.GITHUB_SERVER_URL;
});

afterEach(() => {
  process.env.ACTIONS_RUNTIME_TOKEN = makeRuntimeToken(RUN, JOB);
});

afterAll(async () => {
  await service.close();
  await rm(workspace, { recursive: true, force: true });
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

const files = () => [join(workspace, 'evidence', 'manifest.json'), join(workspace, 'evidence', 'run-11', 'build.log')];

describe('fake results service with the real @actions/artifact client', () => {
  it('stores the zip the client uploads through block and block-list PUTs', async () => {
    const client = new DefaultArtifactClient();
    const result = await client.uploadArtifact('evidence', files(), join(workspace, 'evidence'), { retentionDays: 3 });

    const stored = service.artifacts.evidence;
    expect(stored?.finalized).toBe(true);
    expect(result.id).toBe(stored?.id);
    const zip = stored?.zip ?? Buffer.alloc(0);
    expect(stored?.size).toBe(zip.length);
    expect(stored?.hash).toBe(`sha256:${createHash('sha256').update(zip).digest('hex')}`);
    expect(service.blobs.blockPuts).toBeGreaterThanOrEqual(1);
    expect(service.requests.map((r) => r.route)).toEqual(expect.arrayContaining(['CreateArtifact', 'blob', 'FinalizeArtifact']));

    const entries = await readZipEntries(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(['manifest.json', 'run-11/build.log']);
    expect(entries.find((e) => e.name === 'run-11/build.log')?.data.toString()).toBe('line one\n##[error]boom\n');

    const found = await client.getArtifact('evidence');
    expect(found.artifact).toMatchObject({ name: 'evidence', id: stored?.id, size: zip.length });
  });

  it('refuses a second artifact with the same name the way the real service does', async () => {
    const client = new DefaultArtifactClient();
    await expect(client.uploadArtifact('evidence', files(), join(workspace, 'evidence')))
      .rejects.toThrow(`Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ${DUPLICATE_NAME_MESSAGE}`);
  });

  it('rejects a runtime token that lacks the Actions.Results scope', async () => {
    const header = Buffer.from('{"alg":"none"}').toString('base64url');
    const payload = Buffer.from(`{"scp":"Actions.Results:${RUN}:${JOB}"}`).toString('base64url');
    process.env.ACTIONS_RUNTIME_TOKEN = `${header}.${payload}.forged`;
    const client = new DefaultArtifactClient();
    await expect(client.uploadArtifact('forged', files(), join(workspace, 'evidence')))
      .rejects.toThrow(/\(401\) Unauthorized: invalid or missing runtime token/);
    expect(service.artifacts.forged).toBeUndefined();
  });

  it('answers an injected non-retryable failure on FinalizeArtifact', async () => {
    service.faults.add({ kind: 'status', status: 400, route: 'FinalizeArtifact', times: 1 });
    const client = new DefaultArtifactClient();
    await expect(client.uploadArtifact('broken', files(), join(workspace, 'evidence')))
      .rejects.toThrow(/Failed to FinalizeArtifact: Received non-retryable error: Failed request: \(400\)/);
    expect(service.artifacts.broken?.finalized).toBe(false);
  });
});
