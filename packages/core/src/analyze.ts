import type { AnalyzeOptions } from './analyze-options.js';
import { ConfigurationError, describeError, isConfigurationError } from './errors.js';
import { analyzeLog, collectBaselineKeys, type BaselineIndex } from './diagnose/file-analyzer.js';
import { scoreCategories } from './diagnose/classify.js';
import { discoverSources } from './input/discover.js';
import type { LogSource } from './input/source.js';
import { DEFAULT_INPUT_LIMITS } from './input/source.js';
import { silentLogger, type Logger } from './logger.js';
import { PatternCollector } from './patterns/patterns.js';
import { REPORT_VERSION, type Category, type FileReport, type Report } from './report/model.js';
import { missingFileNotesIn } from './runs/collect-manifest.js';
import { loadRunContexts } from './runs/context.js';
import { findIntermittent } from './runs/intermittent.js';
import { buildRecipe } from './runs/recipe.js';
import { PRODFIX_VERSION } from './version.js';

const BASELINE_KEYS_CAP = 500_000;

/**
 * Reads the logs behind `options.paths` and explains every failed job in them: ranked
 * excerpts, classification, failing tests, recurring patterns across files, intermittent
 * failures across runs, reproduction recipes. Logs are streamed; memory stays bounded.
 */
export async function analyze(options: AnalyzeOptions): Promise<Report> {
  const now = options.now ?? Date.now;
  const started = now();
  const logger = options.logger ?? silentLogger;
  const cwd = options.cwd ?? process.cwd();
  const limits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
  const notes: string[] = [];

  const discovered = await discoverSources(options.paths, { cwd, limits, logger }).catch(async (error: unknown) => {
    // A collect-logs folder whose logs all expired holds no log: say that, not only "no log".
    const missing = isConfigurationError(error) ? await missingFileNotesIn(options.paths, cwd) : [];
    if (missing.length === 0) throw error;
    throw new ConfigurationError(`${describeError(error)} The collect-logs manifest there says why: ${missing.slice(0, 3).join('; ')}${missing.length > 3 ? `; and ${missing.length - 3} more` : ''}.`);
  });
  notes.push(...discovered.notes);
  const runIndex = await loadRunContexts(discovered.sources, logger, { cwd });
  notes.push(...runIndex.notes);
  const logs = discovered.sources.filter((source) => !source.context?.baseline);
  const baselineSources = discovered.sources.filter((source) => source.context?.baseline);
  if (options.baseline && options.baseline.length > 0) {
    try {
      const given = await discoverSources(options.baseline, { cwd, limits, logger });
      notes.push(...given.notes.map((note) => `baseline: ${note}`));
      baselineSources.push(...given.sources);
    } catch (error) {
      // A baseline only sharpens the analysis: without one the logs are still explained.
      if (!isConfigurationError(error)) throw error;
      notes.push(`baseline not used: ${error.message}`);
      logger.warning(`baseline not used: ${error.message}`);
    }
  }
  const baseline = await buildBaseline(baselineSources, logger);

  const hourHistogram = new Array<number>(24).fill(0);
  const patterns = new PatternCollector({ classify: (text) => scoreCategories([{ line: 0, text }])[0]?.category ?? 'unknown' });
  const totalBytes = logs.reduce((sum, source) => sum + source.size, 0);
  let bytesRead = 0;
  const files: FileReport[] = [];
  for (const [index, source] of logs.entries()) {
    try {
      const file = await analyzeLog(source, {
        baseline,
        maxFailures: options.maxFailuresPerFile ?? 5,
        maxLineChars: limits.maxLineChars,
        onErrorLine: (line) => {
          patterns.add(line);
          if (line.hour !== undefined) hourHistogram[line.hour] = (hourHistogram[line.hour] ?? 0) + 1;
        },
        onBytes: (bytes) => {
          bytesRead += bytes;
          options.onProgress?.({ files: index, totalFiles: logs.length, bytes: bytesRead, totalBytes });
        },
      });
      files.push(file);
      logger.debug(`${source.path}: ${file.status} (${file.statusReason}), ${file.failures.length} excerpt(s)`);
    } catch (error) {
      // One unreadable log must not lose the others.
      const message = error instanceof Error ? error.message : String(error);
      notes.push(`${source.path}: could not be read (${message})`);
      logger.warning(`${source.path}: could not be read (${message})`);
    }
    options.onProgress?.({ files: index + 1, totalFiles: logs.length, bytes: bytesRead, totalBytes });
  }

  const failed = files.filter((file) => file.status === 'failed');
  const categories: Partial<Record<Category, number>> = {};
  for (const file of failed) {
    const category = file.classification?.category ?? 'unknown';
    categories[category] = (categories[category] ?? 0) + 1;
  }
  const recipes = failed.flatMap((file) => buildRecipe(file) ?? []);
  return {
    version: REPORT_VERSION,
    tool: { name: 'prodfix', version: PRODFIX_VERSION },
    generatedAt: new Date(now()).toISOString(),
    verdict: verdictOf(files),
    files,
    categories,
    patterns: patterns.result(options.maxPatterns ?? 20),
    intermittent: findIntermittent(files, runIndex),
    recipes,
    hourHistogram,
    stats: {
      files: files.length,
      failed: failed.length,
      lines: files.reduce((sum, file) => sum + file.lines, 0),
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      durationMs: now() - started,
    },
    notes,
  };
}

/** Comparison keys of the error-ish lines of passing logs. */
async function buildBaseline(sources: LogSource[], logger: Logger): Promise<BaselineIndex> {
  const keys = new Set<string>();
  for (const source of sources) {
    try {
      await collectBaselineKeys(source, keys, BASELINE_KEYS_CAP);
    } catch (error) {
      logger.warning(`baseline ${source.path}: could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return keys;
}

function verdictOf(files: readonly FileReport[]): string {
  const failed = files.filter((file) => file.status === 'failed');
  const cancelled = files.filter((file) => file.status === 'cancelled').length;
  if (files.length === 0) return 'No logs were read.';
  if (failed.length === 0) {
    return cancelled > 0
      ? `No failed job in ${files.length} log(s); ${cancelled} cancelled.`
      : `No failed job in ${files.length} log(s).`;
  }
  const first = failed[0]?.failures[0];
  const cause = first ? `: ${first.category} — ${first.title}` : '';
  return failed.length === 1
    ? `1 failed job of ${files.length} log(s)${cause}`
    : `${failed.length} failed jobs of ${files.length} log(s); first${cause}`;
}
