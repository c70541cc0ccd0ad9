import type { JobStatus, LogFormat, StepInfo } from '../report/model.js';

/**
 * Follows the runner's markers through a job log, line by line: which step each line belongs
 * to (from `##[group]Run …` blocks, or the step column of `gh run view --log`), which lines
 * are the step's own script (echoed by the runner, not output), which step exited non-zero
 * and with what code, and how the job ended.
 */

const EXIT_CODE = /^##\[error\]Process completed with exit code (\d+)/;
const CANCELLED = /^##\[error\]The operation was canceled|^##\[error\]The job was canceled|^Error: The operation was canceled/;
const RUNNER_LOST = /^##\[error\]The runner has received a shutdown signal|lost communication with the server|The hosted runner encountered an error/;
const JOB_TIMEOUT = /^##\[error\]The job running on runner .* has exceeded the maximum execution time/;
const SCRIPT_END = /^(?:shell|env|with):/;
/** Travis CI and similar plain logs: `$ command` starts a step, this line ends a failed one. */
const PLAIN_STEP_START = /^\$ (\S.*)$/;
const PLAIN_STEP_FAILED = /^The command "(.*)" (?:exited|failed) with (\d+)/;
/** The same message when the command ended with a newline: `" exited with 1.` on a line of its own. */
const PLAIN_STEP_FAILED_CONTINUED = /^()" (?:exited|failed) with (\d+)/;

/** Outcome lines of build tools in plain logs (Maven, Gradle, Travis, Jenkins, GitLab…). */
const PLAIN_FAILED = /^\s*(?:\[INFO\] )?BUILD FAILURE\b|^\s*BUILD FAILED\b|^\s*FAILURE: Build failed|^Done\. Your build exited with [1-9]|^Finished: (?:FAILURE|UNSTABLE)|^ERROR: Job failed|^The command ".*" (?:exited|failed) with [1-9]|^make(?:\[\d+\])?: \*\*\* .*Error \d+|^error: Recipe `.*` failed|^npm ERR! code ELIFECYCLE|^Error: Process completed with exit code [1-9]|^##\[error\]/;
const PLAIN_PASSED = /^\s*(?:\[INFO\] )?BUILD SUCCESS\b|^\s*BUILD SUCCESSFUL\b|^Done\. Your build exited with 0|^Finished: SUCCESS|^Job succeeded/;
const PLAIN_CANCELLED = /^Finished: ABORTED|^ERROR: Job failed: canceled|build (?:was )?cancell?ed|^##\[error\]The operation was canceled/i;

export interface LineContext {
  /** Index into `steps` of the step this line belongs to, or -1 before any step. */
  stepIndex: number;
  /** True for lines the runner echoes from a step's definition (script, shell, env, with). */
  isScript: boolean;
}

export class JobStructure {
  readonly steps: StepInfo[] = [];
  /**
   * While inside a `##[group]Run …` block: its title (the script's first line, maybe cut) and
   * the script lines the runner echoes after it (until `shell:`/`env:`/`with:`).
   */
  private runHeader?: { title: string; script: string[]; scriptDone: boolean };
  private groupDepth = 0;
  private cancelledAt?: { line: number; text: string };
  private runnerLostAt?: { line: number; text: string };
  private timedOutAt?: { line: number; text: string };
  private plainFailedAt?: { line: number; text: string };
  private plainPassedAt?: { line: number; text: string };
  private plainCancelledAt?: { line: number; text: string };
  private errorMarkers = 0;
  private lastLine = 0;
  private sawPostJob = false;
  /** Line of the first `Post job cleanup.` (the end of the job's own steps), if seen. */
  postJobLine?: number;

  constructor(private readonly format: LogFormat) {}

  /** How many steps have been seen to fail so far. */
  failedStepCount = 0;

  /** True while the runner is echoing a step's definition: every line of it must be observed. */
  get inStepHeader(): boolean {
    return this.runHeader !== undefined;
  }

  /** Tells the tracker how many lines the file had (lines it was not shown still count). */
  setLastLine(lineNumber: number): void {
    this.lastLine = Math.max(this.lastLine, lineNumber);
  }

  /** `gh run view --log`: the step column changed to `name` at this line. */
  enterStep(name: string, lineNumber: number): void {
    this.enterNamedStep(name, lineNumber);
  }

  /** Feeds one line (prefix removed, ANSI removed); returns where it belongs. */
  observe(text: string, lineNumber: number): LineContext {
    this.lastLine = lineNumber;
    if (this.format === 'plain') {
      this.observePlainOutcome(text, lineNumber);
      return this.observePlainStep(text, lineNumber);
    }

    if (text.charCodeAt(0) === 35 /* # */ && text.startsWith('##[')) {
      return this.observeMarker(text, lineNumber);
    }
    if (this.runHeader) {
      if (SCRIPT_END.test(text)) this.runHeader.scriptDone = true;
      else if (!this.runHeader.scriptDone) this.runHeader.script.push(text);
      return { stepIndex: this.steps.length - 1, isScript: true };
    }
    if (text === 'Post job cleanup.' || text.startsWith('Cleaning up orphan processes')) {
      this.sawPostJob = true;
      if (text === 'Post job cleanup.') this.postJobLine ??= lineNumber;
    }
    return { stepIndex: this.steps.length - 1, isScript: false };
  }

  private observeMarker(text: string, lineNumber: number): LineContext {
    const current = this.steps.length - 1;
    if (text.startsWith('##[group]')) {
      this.groupDepth++;
      const title = text.slice(9);
      if (title.startsWith('Run ') && this.format === 'github-raw') {
        this.closeCurrentStep(lineNumber - 1);
        this.steps.push({ name: title.trim(), startLine: lineNumber, endLine: lineNumber, failed: false });
        this.runHeader = { title: title.slice(4), script: [], scriptDone: false };
        return { stepIndex: this.steps.length - 1, isScript: true };
      }
      if (this.format === 'github-cli' && title.startsWith('Run ')) {
        this.runHeader = { title: title.slice(4), script: [], scriptDone: false };
        return { stepIndex: current, isScript: true };
      }
      return { stepIndex: current, isScript: this.runHeader !== undefined };
    }
    if (text.startsWith('##[endgroup]')) {
      this.groupDepth = Math.max(0, this.groupDepth - 1);
      if (this.runHeader) this.finishRunHeader();
      return { stepIndex: current, isScript: false };
    }
    if (this.runHeader) this.finishRunHeader();
    if (text.startsWith('##[error]')) {
      this.errorMarkers++;
      const exit = EXIT_CODE.exec(text);
      if (exit) {
        const code = Number(exit[1]);
        const step = this.steps[current];
        if (step && code !== 0) {
          if (!step.failed) this.failedStepCount++;
          step.failed = true;
          step.exitCode = code;
        } else if (!step && code !== 0) {
          this.steps.push({ name: '(job)', startLine: 1, endLine: lineNumber, failed: true, exitCode: code });
          this.failedStepCount++;
        }
      } else if (CANCELLED.test(text)) this.cancelledAt ??= { line: lineNumber, text };
      else if (RUNNER_LOST.test(text)) this.runnerLostAt ??= { line: lineNumber, text };
      else if (JOB_TIMEOUT.test(text)) this.timedOutAt ??= { line: lineNumber, text };
    }
    return { stepIndex: current, isScript: false };
  }

  private finishRunHeader(): void {
    const header = this.runHeader;
    const command = header && (header.script.join('\n').trim() || header.title.trim());
    this.runHeader = undefined;
    const step = this.steps[this.steps.length - 1];
    if (step && command && !step.command) step.command = command;
  }

  private enterNamedStep(name: string, lineNumber: number): void {
    const last = this.steps[this.steps.length - 1];
    if (last && last.name === name) return;
    this.closeCurrentStep(lineNumber - 1);
    this.steps.push({ name, startLine: lineNumber, endLine: lineNumber, failed: false });
  }

  private closeCurrentStep(endLine: number): void {
    const last = this.steps[this.steps.length - 1];
    if (last) last.endLine = Math.max(last.startLine, endLine);
  }

  private observePlainStep(text: string, lineNumber: number): LineContext {
    if (text.charCodeAt(0) === 36 /* $ */) {
      const start = PLAIN_STEP_START.exec(text);
      if (start?.[1]) {
        this.closeCurrentStep(lineNumber - 1);
        this.steps.push({ name: text.slice(0, 120), startLine: lineNumber, endLine: lineNumber, command: start[1], failed: false });
        return { stepIndex: this.steps.length - 1, isScript: true };
      }
    } else if (text.charCodeAt(0) === 84 /* T */ || text.charCodeAt(0) === 34 /* " */) {
      const failed = PLAIN_STEP_FAILED.exec(text) ?? PLAIN_STEP_FAILED_CONTINUED.exec(text);
      const step = this.steps[this.steps.length - 1];
      if (failed && step && Number(failed[2]) !== 0) {
        if (!step.failed) this.failedStepCount++;
        step.failed = true;
        step.exitCode = Number(failed[2]);
      }
    }
    return { stepIndex: this.steps.length - 1, isScript: false };
  }

  private observePlainOutcome(text: string, lineNumber: number): void {
    if (PLAIN_FAILED.test(text)) this.plainFailedAt = { line: lineNumber, text };
    else if (PLAIN_PASSED.test(text)) this.plainPassedAt = { line: lineNumber, text };
    else if (PLAIN_CANCELLED.test(text)) this.plainCancelledAt = { line: lineNumber, text };
    if (text.startsWith('##[error]')) this.errorMarkers++;
  }

  /** Call once after the last line. */
  finish(): void {
    if (this.runHeader) this.finishRunHeader();
    this.closeCurrentStep(this.lastLine);
  }

  /** The steps that exited non-zero (usually one). */
  failedSteps(): StepInfo[] {
    return this.steps.filter((step) => step.failed);
  }

  /** The job's outcome and the line that shows it. */
  outcome(hasStrongErrors: boolean): { status: JobStatus; reason: string } {
    const at = (m: { line: number; text: string }) => `line ${m.line}: ${m.text.slice(0, 160)}`;
    if (this.format === 'plain') {
      const failed = this.plainFailedAt;
      const passed = this.plainPassedAt;
      if (this.plainCancelledAt && !failed) return { status: 'cancelled', reason: at(this.plainCancelledAt) };
      if (failed && (!passed || failed.line > passed.line)) return { status: 'failed', reason: at(failed) };
      if (passed) return { status: 'passed', reason: at(passed) };
      if (hasStrongErrors) return { status: 'failed', reason: 'error lines found; the log states no outcome' };
      return { status: 'unknown', reason: 'the log states no outcome and shows no error' };
    }
    if (this.cancelledAt) return { status: 'cancelled', reason: at(this.cancelledAt) };
    if (this.runnerLostAt) return { status: 'failed', reason: at(this.runnerLostAt) };
    if (this.timedOutAt) return { status: 'failed', reason: at(this.timedOutAt) };
    const failed = this.failedSteps()[0];
    if (failed) return { status: 'failed', reason: `step "${failed.name}" exited with code ${failed.exitCode ?? '?'}` };
    if (this.errorMarkers > 0) return { status: 'failed', reason: `${this.errorMarkers} ##[error] line(s)` };
    if (this.sawPostJob || this.steps.length > 0) return { status: 'passed', reason: 'no step failed and no ##[error] line' };
    return { status: 'unknown', reason: 'no runner markers found' };
  }

  /** True when the log has no `##[error]` line at all (no exit marker, no annotation). */
  get hasNoErrorMarkers(): boolean {
    return this.errorMarkers === 0;
  }

  /** A runner-level problem (cancellation, lost runner, job timeout) the job ended on. */
  runnerProblem(): { line: number; text: string; kind: 'cancelled' | 'runner-lost' | 'job-timeout' } | undefined {
    if (this.timedOutAt) return { ...this.timedOutAt, kind: 'job-timeout' };
    if (this.runnerLostAt) return { ...this.runnerLostAt, kind: 'runner-lost' };
    if (this.cancelledAt) return { ...this.cancelledAt, kind: 'cancelled' };
    return undefined;
  }
}
