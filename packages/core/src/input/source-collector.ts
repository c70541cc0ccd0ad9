import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from '../logger.js';
import { displayPath, printable } from './display-path.js';
import { fileSource } from './file-source.js';
import { describeFsError } from './fs-errors.js';
import { expandGlob, isGlob } from './glob.js';
import { classifyName, extensionOf } from './log-names.js';
import { describeBinary, looksLikeZip, readFileHead, sniffContent } from './sniff.js';
import type { InputLimits, LogSource } from './source.js';
import { walkFolder } from './walk.js';
import type { WalkedFile, WalkReporter } from './walk.js';
import { listZipSources } from './zip.js';

/** Decides, for a file found by walking or globbing, whether its name alone lets it in. */
type NameFilter = (file: WalkedFile) => boolean;

/**
 * Turns the paths a user gave into log sources, one path at a time, keeping notes on what it
 * skipped. Each real file is read once however many paths lead to it, and collecting stops
 * at `maxFiles` sources with a note.
 */
export class SourceCollector {
  readonly sources: LogSource[] = [];
  readonly notes: string[] = [];
  /** True once `maxFiles` stopped the collection. */
  full = false;
  private readonly seen = new Set<string>();
  private readonly reporter: WalkReporter;

  constructor(
    private readonly cwd: string,
    private readonly limits: InputLimits,
    private readonly logger: Logger,
  ) {
    this.reporter = {
      note: (message) => this.note(message),
      debug: (message) => logger.debug(message),
      show: (path) => displayPath(path, cwd),
    };
  }

  /** Adds what one given path (file, folder, glob or zip) holds. */
  async addPath(given: string): Promise<void> {
    const absolute = resolve(this.cwd, given);
    const shown = printable(given);
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.note(`cannot read ${shown}: ${describeFsError(error)}`);
      else if (isGlob(given)) await this.addGlob(given);
      else this.note(`path not found: ${shown}`);
      return;
    }
    if (info.isDirectory()) {
      const wanted = await this.addFiles(walkFolder(absolute, this.reporter), (file) => classifyName(file.path) !== 'other');
      if (wanted === 0) {
        this.note(`no log files in folder ${shown} (read: *.log, *.txt, *.out, *.err, names without extension, zips)`);
      }
    } else if (info.isFile()) {
      await this.addFiles([[{ path: absolute, realPath: await realpath(absolute) }]], () => true);
    } else {
      this.note(`skipped ${shown}: not a regular file or folder`);
    }
  }

  private async addGlob(pattern: string): Promise<void> {
    // `logs/*.json` names its extension, so it gets JSON; `logs/**` gets logs only, like a folder.
    const named = extensionOf(pattern.split(/[\\/]/).pop() ?? '');
    const wanted: NameFilter = (file) => classifyName(file.path) !== 'other' || (named !== '' && extensionOf(file.path) === named);
    const matched = await this.addFiles(expandGlob(pattern, this.cwd, this.reporter), wanted);
    if (matched === 0) this.note(`no log files match ${printable(pattern)}`);
  }

  /** Admits the wanted files in order, until `maxFiles`; returns how many were wanted. */
  private async addFiles(batches: AsyncIterable<WalkedFile[]> | Iterable<WalkedFile[]>, wanted: NameFilter): Promise<number> {
    let count = 0;
    for await (const batch of batches) {
      for (const file of batch) {
        if (!wanted(file)) {
          this.logger.debug(`skipped ${this.reporter.show(file.path)} (not a log file)`);
          continue;
        }
        count++;
        if (this.seen.has(file.realPath)) {
          this.logger.debug(`skipped ${this.reporter.show(file.path)}: already read through another path`);
          continue;
        }
        if (this.sources.length >= this.limits.maxFiles) {
          this.stopAtCap();
          return count;
        }
        this.seen.add(file.realPath);
        await this.admit(file);
        if (this.full) return count;
      }
    }
    return count;
  }

  private async admit(file: WalkedFile): Promise<void> {
    const shown = this.reporter.show(file.path);
    let size: number;
    let head: Buffer;
    try {
      ({ size, head } = readFileHead(file.path));
    } catch (error) {
      this.note(`cannot read ${shown}: ${describeFsError(error)}`);
      return;
    }
    if (classifyName(file.path) === 'zip' || looksLikeZip(head)) {
      const listing = await listZipSources(file.path, shown, {
        limits: this.limits,
        maxSources: this.limits.maxFiles - this.sources.length,
        logger: this.logger,
      });
      this.sources.push(...listing.sources);
      for (const note of listing.notes) this.note(note);
      if (listing.full) this.stopAtCap();
      return;
    }
    const kind = sniffContent(head);
    if (kind === 'binary') {
      this.note(`skipped ${shown}: ${describeBinary(head)}`);
      return;
    }
    if (kind === 'empty') this.logger.debug(`${shown} is empty; kept (its status will be unknown)`);
    this.sources.push(fileSource(file.path, shown, size));
  }

  private stopAtCap(): void {
    if (this.full) return;
    this.full = true;
    this.note(`stopped at ${this.limits.maxFiles} log files (maxFiles); the rest were not read`);
  }

  private note(message: string): void {
    this.notes.push(message);
    this.logger.debug(message);
  }
}
