/**
 * Recurring error patterns across all input files: error-ish lines are masked
 * (`maskVariables`), mined into templates (`TemplateMiner`) and summarised with counts,
 * examples, the files and runs they appear in, and a category.
 */
import type { Category, EvidenceLine, Pattern, PatternOccurrence } from '../report/model.js';
import { maskVariables } from './mask.js';
import { TemplateMiner, type MinerOptions } from './miner.js';

/** One error-ish line as the analysis found it. */
export interface PatternLine {
  /** The line's text, ANSI codes removed. */
  text: string;
  path: string;
  /** 1-based line number in the raw file. */
  line: number;
  /** The workflow run the file belongs to, when known. */
  runId?: number;
  /**
   * A cheap normalised form of the line (numbers and hex ids replaced). Lines with a key seen
   * before join that line's pattern without being masked and mined again.
   */
  key?: string;
}

/** Most keys remembered for `PatternLine.key`; past it lines are mined as usual. */
const KEY_CACHE_CAP = 100_000;

export interface PatternCollectorOptions {
  /** Decides a pattern's category from its first example line. Default: always `'unknown'`. */
  classify?: (text: string) => Category;
  /** Fewest occurrences for a pattern to be reported (a pattern is something that recurs). Default 2. */
  minCount?: number;
  /** Example lines kept per pattern. Default 3. */
  maxExamples?: number;
  /** Files listed per pattern (the first ones seen). Default 10. */
  maxFiles?: number;
  /** Run ids listed per pattern (the smallest). Default 20. */
  maxRuns?: number;
  /** Characters of a line that are masked, mined and kept as an example. Default 1,000. */
  maxTextLength?: number;
  /** Options of the template miner (its cluster cap bounds memory). */
  miner?: MinerOptions;
}

/** Distinct files and runs tracked per cluster for ranking; spread saturates there. */
const SPREAD_CAP = 1000;

interface ClusterStats {
  count: number;
  firstSeen: number;
  examples: EvidenceLine[];
  /** path → first line, in order of first appearance (capped at SPREAD_CAP). */
  files: Map<string, number>;
  runs: Set<number>;
  /** Distinct sources: run ids where known, else file paths (capped at SPREAD_CAP). */
  sources: Set<string>;
}

/**
 * Collects error-ish lines and reports the patterns they form.
 *
 * Ranking: patterns are ordered by spread first, then by count. Spread is the number of
 * distinct sources a pattern appears in, a source being a run where the line's run id is known
 * and a file otherwise; ties go to the pattern in more files, then to the higher count, then
 * to the one seen first. So an error that recurs across three runs ranks above one repeated
 * 500 times in a single file (a loop printing the same error is one failure, not 500).
 *
 * Memory is bounded: the miner caps clusters (lines past its cap are counted in
 * `droppedLines`, not reported), each cluster keeps a few examples and caps the files and runs
 * it tracks.
 */
export class PatternCollector {
  private readonly miner: TemplateMiner;
  private readonly stats = new Map<number, ClusterStats>();
  private readonly classify: (text: string) => Category;
  private readonly minCount: number;
  private readonly maxExamples: number;
  private readonly maxFiles: number;
  private readonly maxRuns: number;
  private readonly maxTextLength: number;
  private seen = 0;
  private dropped = 0;
  private readonly clusterByKey = new Map<string, number>();

  constructor(options: PatternCollectorOptions = {}) {
    this.miner = new TemplateMiner(options.miner);
    this.classify = options.classify ?? (() => 'unknown');
    this.minCount = options.minCount ?? 2;
    this.maxExamples = options.maxExamples ?? 3;
    this.maxFiles = options.maxFiles ?? 10;
    this.maxRuns = options.maxRuns ?? 20;
    this.maxTextLength = options.maxTextLength ?? 1000;
  }

  /** Lines that came after the miner's cluster cap and matched no cluster: not in any pattern. */
  get droppedLines(): number {
    return this.dropped;
  }

  /** Feeds one error-ish line. */
  add(line: PatternLine): void {
    const text = line.text.length > this.maxTextLength ? line.text.slice(0, this.maxTextLength) : line.text;
    let id = line.key === undefined ? undefined : this.clusterByKey.get(line.key);
    if (id === undefined) {
      id = this.miner.add(maskVariables(text.trim()));
      if (line.key !== undefined && this.clusterByKey.size < KEY_CACHE_CAP) this.clusterByKey.set(line.key, id);
    }
    if (this.miner.isOverflow(id)) {
      this.dropped++;
      return;
    }
    let stats = this.stats.get(id);
    if (!stats) {
      stats = { count: 0, firstSeen: this.seen, examples: [], files: new Map(), runs: new Set(), sources: new Set() };
      this.stats.set(id, stats);
    }
    this.seen++;
    stats.count++;
    if (stats.examples.length < this.maxExamples) stats.examples.push({ line: line.line, text: text.trim() });
    if (!stats.files.has(line.path) && stats.files.size < SPREAD_CAP) stats.files.set(line.path, line.line);
    if (line.runId !== undefined && stats.runs.size < SPREAD_CAP) stats.runs.add(line.runId);
    const source = line.runId !== undefined ? `run:${line.runId}` : `file:${line.path}`;
    if (stats.sources.size < SPREAD_CAP) stats.sources.add(source);
  }

  /** The `limit` highest-ranked patterns seen at least `minCount` times (see the class comment). */
  result(limit: number): Pattern[] {
    const merged = this.mergeByTemplate();
    const ranked = [...merged.entries()]
      .filter(([, s]) => s.count >= this.minCount)
      .sort(
        ([, a], [, b]) =>
          b.sources.size - a.sources.size || b.files.size - a.files.size || b.count - a.count || a.firstSeen - b.firstSeen,
      )
      .slice(0, Math.max(0, limit));
    return ranked.map(([templateId, s]) => this.toPattern(templateId, s));
  }

  /** Clusters the miner now counts as one template, with their statistics combined. */
  private mergeByTemplate(): Map<number, ClusterStats> {
    const merged = new Map<number, ClusterStats>();
    const ordered = [...this.stats.entries()].sort(([, a], [, b]) => a.firstSeen - b.firstSeen);
    for (const [id, s] of ordered) {
      const templateId = this.miner.templateId(id);
      const into = merged.get(templateId);
      if (!into) {
        merged.set(templateId, { ...s, examples: [...s.examples], files: new Map(s.files), runs: new Set(s.runs), sources: new Set(s.sources) });
        continue;
      }
      into.count += s.count;
      into.examples.push(...s.examples.slice(0, this.maxExamples - into.examples.length));
      for (const [path, line] of s.files) {
        const known = into.files.get(path);
        if (known !== undefined) into.files.set(path, Math.min(known, line));
        else if (into.files.size < SPREAD_CAP) into.files.set(path, line);
      }
      for (const run of s.runs) if (into.runs.size < SPREAD_CAP) into.runs.add(run);
      for (const source of s.sources) if (into.sources.size < SPREAD_CAP) into.sources.add(source);
    }
    return merged;
  }

  private toPattern(templateId: number, s: ClusterStats): Pattern {
    const files: PatternOccurrence[] = [...s.files].slice(0, this.maxFiles).map(([path, line]) => ({ path, line }));
    const runs = [...s.runs].sort((a, b) => a - b).slice(0, this.maxRuns);
    const first = s.examples[0]?.text ?? '';
    return {
      template: this.miner.template(templateId),
      count: s.count,
      examples: s.examples,
      files,
      runs,
      fileCount: s.files.size,
      runCount: s.runs.size,
      category: this.classify(first),
    };
  }
}
