import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError, maskVariables, readLines, TemplateMiner } from '@prodfix/core';
import { ExitCode } from '../exit-codes.js';
import { terminalSafe } from '../terminal/sanitize.js';
import type { Command } from './command.js';
import { parseCommandLine } from './parse.js';

const HELP = `Usage: prodfix mine-templates <file>

Groups the lines of <file> into templates the way the analysis mines recurring patterns
(variables masked, then a Drain-style miner) and prints one cluster id per input line.
A tool for the evaluation harness (Loghub grouping accuracy); with --templates, prints
each cluster's id, size and template instead.`;

async function requireFile(cwd: string, path: string): Promise<string> {
  const target = resolve(cwd, path);
  const info = await stat(target).catch(() => undefined);
  if (!info?.isFile()) throw new ConfigurationError(`mine-templates: "${path}" is not a readable file`);
  return target;
}

/** Hidden `prodfix mine-templates <file>`: the core's template miner over a file's lines. */
export const mineTemplatesCommand: Command = {
  name: 'mine-templates',
  summary: 'print a template cluster id per line of a file (evaluation tool)',
  help: HELP,
  hidden: true,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      templates: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout.write(`${HELP}\n`);
      return ExitCode.ok;
    }
    if (positionals.length !== 1) throw new ConfigurationError('mine-templates: give exactly one file (see --help)');
    const file = await requireFile(io.cwd, positionals[0]!);
    const miner = new TemplateMiner();
    const ids: number[] = [];
    await readLines(createReadStream(file), (text) => {
      ids.push(miner.add(maskVariables(text)));
    });
    if (values.templates === true) {
      const rows = miner.templates().map((t) => `${t.id}\t${t.count}\t${terminalSafe(t.template)}`);
      io.stdout.write(rows.length > 0 ? `${rows.join('\n')}\n` : '');
    } else {
      // Clusters may merge after a line joined one: report each line's final template.
      const finalIds = ids.map((id) => miner.templateId(id));
      io.stdout.write(finalIds.length > 0 ? `${finalIds.join('\n')}\n` : '');
    }
    return ExitCode.ok;
  },
};
