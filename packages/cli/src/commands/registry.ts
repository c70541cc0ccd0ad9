import { analyzeCommand } from './analyze.js';
import type { Command } from './command.js';
import { mineTemplatesCommand } from './mine-templates.js';

/** Every subcommand, in the order `prodfix --help` lists them. (`collect` joins here.) */
export const COMMANDS: readonly Command[] = [analyzeCommand, mineTemplatesCommand];
