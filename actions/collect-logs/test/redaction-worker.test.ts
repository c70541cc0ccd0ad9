import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RecordingLogger } from '@prodfix/core';
import { MaintainedRuleWorkers } from '@prodfix/collect/maintained-rules-worker';

const BUNDLED_WORKER = fileURLToPath(new URL('../dist/redaction-worker/index.js', import.meta.url));
const SHOPIFY = `shpat_${'0123456789abcdef'.repeat(2)}`;
const TEXT = `first line\nexport SHOP=${SHOPIFY}\n`;

describe('the bundled redaction worker (dist/redaction-worker)', () => {
  it('finds what the maintained rules find, in a worker thread', async () => {
    const logger = new RecordingLogger();
    const workers = new MaintainedRuleWorkers(BUNDLED_WORKER, logger);
    try {
      const spans = await Promise.all([workers.find(TEXT), workers.find(`x ${TEXT}`)]);
      expect(spans[0]).toEqual([{ start: TEXT.indexOf(SHOPIFY), end: TEXT.indexOf(SHOPIFY) + SHOPIFY.length, kind: 'secretlint-shopify' }]);
      expect(spans[1]?.[0]?.start).toBe(TEXT.indexOf(SHOPIFY) + 2);
      expect(logger.text('info')).not.toMatch(/worker stopped/);
    } finally {
      await workers.close();
    }
  });

  it('falls back to this thread when a worker cannot start, and still finds the key', async () => {
    const logger = new RecordingLogger();
    const workers = new MaintainedRuleWorkers(fileURLToPath(new URL('./no-such-worker.js', import.meta.url)), logger);
    try {
      const spans = await workers.find(TEXT);
      expect(spans.map((span) => span.kind)).toEqual(['secretlint-shopify']);
      expect(logger.text('info')).toMatch(/worker stopped/);
    } finally {
      await workers.close();
    }
  });

  it('stops a worker that never answers and redacts in this thread instead', async () => {
    const silent = join(await mkdtemp(join(tmpdir(), 'prodfix-silent-worker-')), 'silent.mjs');
    await writeFile(silent, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n");
    const logger = new RecordingLogger();
    const workers = new MaintainedRuleWorkers(silent, logger, 1, 300);
    try {
      const started = performance.now();
      const spans = await workers.find(TEXT);
      expect(spans.map((span) => span.kind)).toEqual(['secretlint-shopify']);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(logger.text('info')).toMatch(/worker stopped \(no answer within 300 ms\)/);
    } finally {
      await workers.close();
    }
  });
});
