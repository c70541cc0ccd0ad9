import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { analyze, ConfigurationError, matchFailOn, parseFailOn, renderJson, renderMarkdown, type FailOnSelector, type Report } from '@prodfix/core';
import { createCliLogger, debugEnabled } from '../cli-logger.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { ProgressLine } from '../progress.js';
import { renderTerminalReport } from '../terminal/render.js';
import { terminalSafe } from '../terminal/sanitize.js';
import { createStyle, shouldUseColour } from '../terminal/style.js';
import type { Command } from './command.js';
import { parseCommandLine, positiveInteger } from './parse.js';

const HELP = `Usage: prodfix analyze <paths…> [options]

Reads CI job logs and build/application logs (files, folders, globs or run-log zips) and
says why each failed job failed: the lines that explain it, its class, failing tests,
recurring error patterns, intermittent failures and how to reproduce it.

Options:
  --baseline <paths…>  passing logs of the same jobs (lines also seen there are not causes)
  --json <file>        write the JSON report to <file> ("-": to stdout, instead of the text report)
  --markdown <file>    write the Markdown summary to <file> (- for stdout)
  --fail-on <cats>     exit 1 when a failed job's class is one of these (comma-separated
                       categories, "any" for any failed job; default: none)
  --max-failures <n>   ranked causes kept per failed job (default 5)
  --repo <owner/name>  repository, to map runner paths to repository paths
  --quiet              print only the verdict line
  -h, --help           show this help

Exit codes: 0 done, 1 --fail-on matched, 2 usage error, 70 internal error.`;

/** Validated `prodfix analyze` options. */
export interface AnalyzeCommandOptions {
  paths: string[];
  baseline: string[];
  json?: string;
  markdown?: string;
  failOn: FailOnSelector[];
  maxFailures?: number;
  repository?: string;
  quiet: boolean;
  help: boolean;
}

/** Parses and validates `prodfix analyze` arguments. */
export function parseAnalyzeArgs(argv: string[]): AnalyzeCommandOptions {
  const { values, positionals, lists } = parseCommandLine(
    argv,
    {
      baseline: { type: 'string', multiple: true },
      json: { type: 'string' },
      markdown: { type: 'string' },
      'fail-on': { type: 'string' },
      'max-failures': { type: 'string' },
      repo: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
    ['baseline'],
  );
  const help = values.help === true;
  if (!help && positionals.length === 0) throw new ConfigurationError('analyze: give at least one log file, folder, glob or zip (see prodfix analyze --help)');
  const repository = values.repo as string | undefined;
  if (repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new ConfigurationError(`--repo must look like owner/name, got "${repository}"`);
  }
  return {
    paths: positionals,
    baseline: lists.baseline ?? [],
    json: values.json as string | undefined,
    markdown: values.markdown as string | undefined,
    failOn: parseFailOn((values['fail-on'] as string | undefined) ?? 'none', '--fail-on'),
    maxFailures: positiveInteger('max-failures', values['max-failures']),
    repository,
    quiet: values.quiet === true,
    help,
  };
}

/** Writes a report file, creating its folder; a path that can't be written is the user's to fix. */
async function writeOutput(cwd: string, option: string, path: string, text: string): Promise<void> {
  const target = resolve(cwd, path);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`${option}: cannot write "${path}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

async function runAnalysis(options: AnalyzeCommandOptions, io: CliIo): Promise<Report> {
  const progress = new ProgressLine(io.stderr);
  const logger = createCliLogger(io.stderr, { debug: debugEnabled(io.env), quiet: options.quiet });
  try {
    return await analyze({
      paths: options.paths,
      baseline: options.baseline,
      cwd: io.cwd,
      repository: options.repository,
      maxFailuresPerFile: options.maxFailures,
      logger,
      onProgress: options.quiet || !progress.active ? undefined : (p) => progress.update(p),
    });
  } finally {
    progress.clear();
  }
}

/** `prodfix analyze`: the engine over the given paths, reported on the terminal and to files. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'explain why the jobs in these logs failed',
  help: HELP,
  async run(argv, io) {
    const options = parseAnalyzeArgs(argv);
    if (options.help) {
      io.stdout.write(`${HELP}\n`);
      return ExitCode.ok;
    }
    const report = await runAnalysis(options, io);
    if (options.json === '-' && options.markdown === '-') throw new ConfigurationError('--json - and --markdown - both want stdout: write one of them to a file');
    const json = renderJson(report);
    if (options.json === '-') io.stdout.write(json);
    else if (options.json) await writeOutput(io.cwd, '--json', options.json, json);
    const markdown = options.markdown ? renderMarkdown(report) : undefined;
    if (options.markdown === '-') io.stdout.write(markdown!);
    else if (options.markdown) await writeOutput(io.cwd, '--markdown', options.markdown, markdown!);

    const matched = matchFailOn(report, options.failOn);
    if (options.json !== '-' && options.markdown !== '-') {
      const style = createStyle(shouldUseColour(io.stdout, io.env));
      const lines = options.quiet ? renderTerminalReport(report, { style }).slice(0, 1) : renderTerminalReport(report, { style });
      io.stdout.write(`${lines.join('\n')}\n`);
    }
    if (matched.length === 0) return ExitCode.ok;
    const names = matched.slice(0, 3).map((file) => terminalSafe(file.path)).join(', ');
    io.stderr.write(`prodfix: --fail-on matched ${matched.length} failed job${matched.length === 1 ? '' : 's'} (${names}${matched.length > 3 ? ', …' : ''})\n`);
    return ExitCode.failOnMatched;
  },
};
