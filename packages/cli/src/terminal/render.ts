import { jobCategory, topFailure, type FileReport, type Report, type ReproductionRecipe } from '@prodfix/core';
import { renderExcerpt } from './excerpt.js';
import { terminalSafe } from './sanitize.js';
import type { Style } from './style.js';

/** Knobs for the terminal report. */
export interface TerminalReportOptions {
  style: Style;
  /** Recurring patterns listed (default 10). */
  maxPatterns?: number;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function headline(report: Report, style: Style): string[] {
  const { stats } = report;
  const counts = new Map<string, number>();
  for (const file of report.files) counts.set(file.status, (counts.get(file.status) ?? 0) + 1);
  const parts = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
  const seconds = (stats.durationMs / 1000).toFixed(1);
  const mark = stats.failed > 0 ? style.red('✖') : style.green('✔');
  return [
    `${mark} ${style.bold(terminalSafe(report.verdict))}`,
    style.dim(`  ${plural(stats.files, 'file')} (${parts || 'none'}), ${stats.lines.toLocaleString('en-US')} lines in ${seconds} s`),
  ];
}

function recipeLines(recipe: ReproductionRecipe | undefined, style: Style): string[] {
  if (!recipe) return [];
  const lines: string[] = [];
  const where = [recipe.workflow, recipe.job, recipe.step].filter(Boolean).map((s) => terminalSafe(String(s)));
  if (where.length > 0) lines.push(`    ${style.dim('where')}   ${where.join(' › ')}${recipe.headSha ? ` @ ${terminalSafe(recipe.headSha.slice(0, 12))}` : ''}`);
  if (recipe.command) lines.push(...commandLines('command', recipe.command, style));
  if (recipe.rerun) lines.push(`    ${style.dim('rerun')}   ${terminalSafe(recipe.rerun)}`);
  if (recipe.local && recipe.local !== recipe.command) lines.push(...commandLines('local  ', recipe.local, style));
  const env = Object.entries(recipe.debugEnv).map(([k, v]) => `${k}=${v}`).join(' ');
  if (env) lines.push(`    ${style.dim('debug')}   ${terminalSafe(env)}`);
  return lines.length > 0 ? [`  ${style.bold('Reproduce')}`, ...lines] : [];
}

/** Most lines of a multi-line step script shown in the terminal (the JSON report has all). */
const SCRIPT_LINES_SHOWN = 4;

/** A labelled command; a multi-line script keeps its line breaks, cut after a few lines. */
function commandLines(label: string, command: string, style: Style): string[] {
  const script = command.split('\n').map((line) => terminalSafe(line.trimEnd())).filter((line) => line.trim() !== '');
  const shown = script.slice(0, SCRIPT_LINES_SHOWN);
  const lines = shown.map((line, index) => (index === 0 ? `    ${style.dim(label)} ${line}` : `            ${line}`));
  if (script.length > shown.length) lines.push(style.dim(`            … ${script.length - shown.length} more line(s) in the JSON report`));
  return lines;
}

function failedFile(file: FileReport, recipe: ReproductionRecipe | undefined, style: Style): string[] {
  const top = topFailure(file);
  const category = jobCategory(file);
  const confidence = file.classification?.confidence ?? top?.confidence;
  const label = `${category}${confidence === undefined ? '' : ` ${percent(confidence)}`}`;
  const lines = [`${style.red(style.bold('FAILED'))} ${style.bold(terminalSafe(file.path))}  ${style.yellow(`[${label}]`)}`];
  lines.push(style.dim(`  ${terminalSafe(file.statusReason)}`));
  const failedStep = file.steps.find((step) => step.failed);
  if (failedStep && !file.statusReason.includes(failedStep.name)) {
    const exit = failedStep.exitCode === undefined ? '' : ` (exit code ${failedStep.exitCode})`;
    lines.push(`  ${style.dim('step')} ${terminalSafe(failedStep.name)}${exit}`);
  }
  if (top) {
    lines.push(`  ${style.bold(`#1 ${terminalSafe(top.title)}`)}`);
    lines.push(style.dim(`     lines ${top.startLine}-${top.endLine} · ${top.category} · ${percent(top.confidence)}`));
    lines.push(...renderExcerpt(top, style, '    '));
  } else {
    lines.push(`  ${style.dim('no explaining lines found')}`);
  }
  for (const other of file.failures.filter((failure) => failure !== top)) {
    lines.push(`  ${style.dim(`#${other.rank} lines ${other.startLine}-${other.endLine}`)} ${terminalSafe(other.title)}`);
  }
  if (file.failedTests.length > 0) {
    const shown = file.failedTests.slice(0, 10).map(terminalSafe).join(', ');
    const more = file.failedTests.length > 10 ? ` … and ${file.failedTests.length - 10} more` : '';
    lines.push(`  ${style.bold('Failing tests')} ${shown}${more}`);
  }
  if (file.classification) lines.push(`  ${style.bold('Advice')} ${terminalSafe(file.classification.recommendation)}`);
  lines.push(...recipeLines(recipe, style));
  return lines;
}

function patternSection(report: Report, style: Style, max: number): string[] {
  if (report.patterns.length === 0) return [];
  const lines = [style.bold('Recurring patterns')];
  for (const pattern of report.patterns.slice(0, max)) {
    const spread = `${plural(pattern.fileCount, 'file')}${pattern.runCount > 0 ? `, ${plural(pattern.runCount, 'run')}` : ''}`;
    lines.push(`  ${style.cyan(`${pattern.count}×`.padStart(6))} ${terminalSafe(pattern.template)} ${style.dim(`(${pattern.category}; ${spread})`)}`);
  }
  if (report.patterns.length > max) lines.push(style.dim(`  … and ${report.patterns.length - max} more in the JSON report`));
  return lines;
}

function intermittentSection(report: Report, style: Style): string[] {
  if (report.intermittent.length === 0) return [];
  const lines = [style.bold('Intermittent failures')];
  for (const flag of report.intermittent) {
    const job = [flag.workflow, flag.job].filter(Boolean).map((s) => terminalSafe(String(s))).join(' › ');
    lines.push(`  ${style.yellow('~')} ${job}: ${terminalSafe(flag.detail)} ${style.dim(`(${flag.reason}${flag.runs.length > 0 ? `; runs ${flag.runs.slice(0, 6).join(', ')}${flag.runs.length > 6 ? ` and ${flag.runs.length - 6} more` : ''}` : ''})`)}`);
  }
  return lines;
}

/** The human-readable report printed by `prodfix analyze`, as lines (no trailing newline). */
const BARS = ' ▁▂▃▄▅▆▇█';

/** Error lines by hour of day as one row of bars, with the busiest hour named. */
function hourSection(report: Report, style: Style): string[] {
  const counts = report.hourHistogram;
  const peak = Math.max(...counts);
  if (!(peak > 0)) return [];
  const bars = counts.map((count) => BARS[count === 0 ? 0 : Math.max(1, Math.round((count / peak) * (BARS.length - 1)))]).join('');
  const busiest = counts.indexOf(peak);
  return [
    style.bold('Errors by hour of day (UTC)'),
    `  00 ${bars} 23   ${style.dim(`most at ${String(busiest).padStart(2, '0')}:00 (${peak.toLocaleString('en-US')} error lines)`)}`,
  ];
}

export function renderTerminalReport(report: Report, options: TerminalReportOptions): string[] {
  const { style } = options;
  const recipes = new Map(report.recipes.map((recipe) => [recipe.path, recipe]));
  const sections: string[][] = [headline(report, style)];
  for (const file of report.files) {
    if (file.status === 'failed') sections.push(failedFile(file, recipes.get(file.path), style));
  }
  const cancelled = report.files.filter((file) => file.status === 'cancelled');
  if (cancelled.length > 0) {
    sections.push([style.bold('Cancelled'), ...cancelled.map((file) => `  ${terminalSafe(file.path)} ${style.dim(terminalSafe(file.statusReason))}`)]);
  }
  sections.push(patternSection(report, style, options.maxPatterns ?? 10));
  sections.push(intermittentSection(report, style));
  sections.push(hourSection(report, style));
  if (report.notes.length > 0) sections.push([style.bold('Notes'), ...report.notes.map((note) => `  ${terminalSafe(note)}`)]);
  return sections.filter((section) => section.length > 0).flatMap((section, index) => (index === 0 ? section : ['', ...section]));
}
