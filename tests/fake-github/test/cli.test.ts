import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleScenario, TOKEN } from './scenario-fixture.js';

const cli = fileURLToPath(new URL('../cli.mjs', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fake-github-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('cli.mjs', () => {
  it('serves a scenario file under plain node, then writes its request log on SIGTERM', async () => {
    await writeFile(join(dir, 'scenario.json'), JSON.stringify(sampleScenario()));
    await writeFile(join(dir, 'faults.json'), JSON.stringify([{ kind: 'status', status: 503, route: 'getRun', times: 1 }]));
    const child = spawn(process.execPath, [cli, '--scenario', join(dir, 'scenario.json'), '--faults', join(dir, 'faults.json'),
      '--artifacts', '--ready-file', join(dir, 'ready.json'), '--requests-file', join(dir, 'requests.json')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = await once(createInterface({ input: child.stdout }), 'line') as [string];
    const ready = JSON.parse(line) as { apiUrl: string; token: string; resultsUrl: string; runtimeToken: string };
    expect(ready.token).toBe(TOKEN);
    expect(JSON.parse(await readFile(join(dir, 'ready.json'), 'utf8'))).toEqual(ready);
    expect(ready.runtimeToken.split('.')).toHaveLength(3);

    const get = () => fetch(`${ready.apiUrl}/repos/octo/app/actions/runs/11`, { headers: { authorization: `token ${TOKEN}` } });
    expect((await get()).status).toBe(503);
    expect((await get()).status).toBe(200);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit') as [number];
    expect(code).toBe(0);
    const log = JSON.parse(await readFile(join(dir, 'requests.json'), 'utf8')) as { requests: Array<{ status: number }>; routeCounts: Record<string, number> };
    expect(log.requests.map((r) => r.status)).toEqual([503, 200]);
    expect(log.routeCounts).toEqual({ getRun: 2 });
  });
});
