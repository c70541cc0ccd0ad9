import { it } from 'vitest';
import { analyze } from '../../src/analyze.js';
it('profile', async () => {
  const t = performance.now();
  const report = await analyze({ paths: ['/work/shared/corpus/date-night/workflow-error-logs'] });
  console.log('ms', Math.round(performance.now() - t), 'files', report.files.length, 'ctx', report.files.filter((f) => f.context?.jobId).length);
  console.log(JSON.stringify(report.intermittent.map((f) => [f.reason, f.job, f.runs.length, f.detail]), null, 1));
  console.log(JSON.stringify(report.recipes.slice(0, 3), null, 1));
  const locals = new Map<string, number>();
  for (const r of report.recipes) locals.set(r.local ?? '-', (locals.get(r.local ?? '-') ?? 0) + 1);
  console.log([...locals].sort((a, b) => b[1] - a[1]).slice(0, 15));
});
