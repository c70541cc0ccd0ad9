import { analyzeCommand } from './analyze.js';
import { collectCommand } from './collect.js';
import type { Command } from './command.js';
import { mineTemplatesCommand } from './mine-templates.js';

/** Every subcommand, in the order `prodfix --help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, collectCommand, mineTemplatesCommand];
