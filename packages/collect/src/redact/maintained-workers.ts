import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { Logger } from '@prodfix/core';
import { maintainedRuleSpans, type MaintainedRuleFinder } from './maintained-rules.js';
import type { RedactionSpan } from './redactor.js';

interface SpanRequest {
  id: number;
  text: string;
}

interface SpanReply {
  id: number;
  spans?: RedactionSpan[];
  error?: string;
}

/**
 * The worker's side: answers span requests until the worker is terminated. A worker script is
 * this call alone (this module imports secretlint and nothing heavier, to keep workers small).
 */
export function serveMaintainedRules(): void {
  // One request at a time: they would only take turns on this thread anyway, and several
  // secretlint passes under way at once hold several texts' worth of memory.
  let queue = Promise.resolve();
  parentPort?.on('message', (request: SpanRequest) => {
    queue = queue.then(() =>
      maintainedRuleSpans(request.text).then(
        (spans) => parentPort?.postMessage({ id: request.id, spans } satisfies SpanReply),
        (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies SpanReply),
      ),
    );
  });
}

/**
 * Runs the maintained rule set (the largest part of redaction's CPU time) in worker threads,
 * so it runs beside the main thread's inflating, anchored rules, hashing and writing. One worker
 * per spare core, at most `maxWorkers`. If a worker fails, every later request runs in this
 * thread instead: redaction never depends on the workers.
 */
/** A request a worker has not answered within this long stops that worker (it may be stuck on hostile text). */
const ANSWER_DEADLINE_MS = 60_000;

export class MaintainedRuleWorkers {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (spans: RedactionSpan[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failed = false;

  constructor(
    script: string | URL,
    private readonly logger: Logger,
    maxWorkers = 2,
    private readonly deadlineMs = ANSWER_DEADLINE_MS,
  ) {
    const count = Math.max(1, Math.min(maxWorkers, availableParallelism() - 1));
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
      worker.unref();
      worker.on('message', (reply: SpanReply) => this.settle(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`exited with code ${code}`)));
      this.workers.push(worker);
    }
  }

  /** Spans of the maintained rules in `text`, from a worker (or this thread once one failed). */
  readonly find: MaintainedRuleFinder = async (text) => {
    if (this.failed) return maintainedRuleSpans(text);
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length] as Worker;
    let deadline: NodeJS.Timeout | undefined;
    try {
      return await new Promise<RedactionSpan[]>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        deadline = setTimeout(() => this.fail(new Error(`no answer within ${this.deadlineMs} ms`)), this.deadlineMs);
        worker.postMessage({ id, text } satisfies SpanRequest);
      });
    } catch {
      return maintainedRuleSpans(text);
    } finally {
      clearTimeout(deadline);
    }
  };

  /** Stops the workers. */
  async close(): Promise<void> {
    this.failed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(reply: SpanReply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.spans) waiting?.resolve(reply.spans);
    else waiting?.reject(new Error(reply.error ?? 'no answer'));
  }

  /** Gives up on the workers: every pending and later request runs in this thread. */
  private fail(error: Error): void {
    if (!this.failed) this.logger.info(`Redaction worker stopped (${error.message}); redacting in the main thread instead`);
    this.failed = true;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    for (const worker of this.workers) void worker.terminate();
  }
}
