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
      expect(logger.text('debug')).not.toMatch(/worker stopped/);
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
      expect(logger.text('debug')).toMatch(/worker stopped/);
    } finally {
      await workers.close();
    }
  });
});
