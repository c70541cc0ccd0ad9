import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { RecordingLogger } from '../../src/logger.js';
import type { FileReport } from '../../src/report/model.js';
import { loadRunContexts } from '../../src/runs/context.js';
import { findIntermittent } from '../../src/runs/intermittent.js';
import { diskSource, fileReport } from './helpers.js';

/** The shared corpus beside the repository (absent on a plain clone: then this suite is skipped). */
const DATE_NIGHT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/date-night/workflow-error-logs');

describe.skipIf(!existsSync(DATE_NIGHT))('run contexts on the real date-night collection', () => {
  it('gives every log the run named by its folder and the job described beside it', async () => {
    const logs = (await glob('*/*/*/logs.txt', { cwd: DATE_NIGHT, absolute: true })).sort();
    expect(logs.length).toBeGreaterThan(100);
    const sources = await Promise.all(logs.map((log) => diskSource(log)));
    const logger = new RecordingLogger();

    const index = await loadRunContexts(sources, logger);

    for (const source of sources) {
      const jobDir = path.dirname(source.path);
      const runFolder = path.basename(path.dirname(jobDir));
      const jobMetadata = JSON.parse(await readFile(path.join(jobDir, 'job-metadata.json'), 'utf8')) as { id: number; name: string; conclusion: string };
      expect(source.context?.runId, source.path).toBe(Number(runFolder.split('_')[1]));
      expect(source.context?.jobId, source.path).toBe(jobMetadata.id);
      expect(source.context?.jobName).toBe(jobMetadata.name);
      expect(source.context?.jobConclusion).toBe(jobMetadata.conclusion);
      expect(source.context?.headSha).toMatch(/^[0-9a-f]{40}$/);
    }
    // Jobs without a log (the ones that passed) are known too.
    const all = index.allJobs();
    expect(all.length).toBeGreaterThan(sources.length);
    expect(all.some((job) => job.conclusion === 'success')).toBe(true);
    expect(logger.text('warning')).toBe('');

    // Whatever is flagged must be backed by the stored conclusions.
    const files: FileReport[] = sources.map((source) => fileReport({ path: source.path, context: source.context }));
    for (const flag of findIntermittent(files, index)) {
      const jobs = all.filter((job) => job.name === flag.job && flag.runs.includes(job.runId));
      const conclusions = new Set(jobs.map((job) => job.conclusion));
      if (flag.reason !== 'alternating-signature') expect(conclusions, flag.detail).toContain('success');
      expect(conclusions, flag.detail).toContain('failure');
    }
  });
});
