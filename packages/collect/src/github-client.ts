import { Octokit, type OctokitOptions } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { describeError, type Logger } from '@prodfix/core';

/** How to reach GitHub and how patiently. */
export interface GitHubClientOptions {
  token: string;
  /** REST API root; the action passes `GITHUB_API_URL`. Default `https://api.github.com`. */
  baseUrl?: string;
  logger: Logger;
  /** Ms to wait for a response to start. Default 30 s. */
  timeoutMs?: number;
  /** Retries of 5xx answers, timeouts and connection resets. Default 4. */
  retries?: number;
  /** Unit of the retry backoff in ms (retry n waits n² units). Default 1000. */
  retryBaseMs?: number;
  /** Upper bound of the random jitter added to each retry's wait, in ms. Default 1000. */
  jitterMs?: number;
  /** Rate-limit retries before giving up. Default 3. */
  rateLimitRetries?: number;
  /** Unit of `retry-after`/`x-ratelimit-reset` waits in ms (tests shrink it). Default 1000. */
  rateLimitUnitMs?: number;
  /** Replaces the global fetch (tests, proxies). */
  fetch?: typeof fetch;
}

const ClientClass = Octokit.plugin(jitter, retry, throttling, paginateRest);

/** The Octokit the collector uses: retry with backoff and jitter, throttling, pagination, timeouts. */
export type GitHubClient = InstanceType<typeof ClientClass>;

/** Builds the client. The token goes only to `baseUrl`; log downloads follow redirects themselves. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options;
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number): boolean => {
    const retrying = retryCount < rateLimitRetries;
    logger.warning(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}`,
    );
    return retrying;
  };
  return new ClientClass({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'prodfix-collect',
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.error(message),
    },
    request: { fetch: withTimeout(options.fetch ?? globalThis.fetch, options.timeoutMs ?? 30_000) },
    retry: { retries: options.retries ?? 4, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    jitterMs: options.jitterMs ?? 1000,
    retries: options.retries ?? 4,
    throttle: {
      retryAfterBaseValue: options.rateLimitUnitMs ?? 1000,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
}

/** Statuses (and network failures, which Octokit reports as 500) worth another try. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * Before a retryable failure reaches plugin-retry: says that the request failed and will be
 * tried again (so a slow retry loop is not silent), and adds a random wait (0 to `jitterMs`) so
 * the n² backoff is spread and clients that failed together do not retry together. Registered
 * before plugin-retry, so it runs inside each attempt.
 */
function jitter(octokit: Octokit, options: OctokitOptions): void {
  const jitterMs = typeof options['jitterMs'] === 'number' ? options['jitterMs'] : 0;
  const retries = typeof options['retries'] === 'number' ? options['retries'] : 0;
  octokit.hook.error('request', async (error: Error & { status?: number }, request) => {
    if (!isRetryableStatus(error.status)) throw error;
    const retry = ((request.request as { retryCount?: number } | undefined)?.retryCount ?? 0) + 1;
    if (retry <= retries) octokit.log.warn(`${request.method} ${request.url} failed (${describeError(error)}); retry ${retry} of ${retries}`);
    if (jitterMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * jitterMs));
    throw error;
  });
}

/**
 * A fetch that gives up when no response has started within `timeoutMs` (the body is then
 * left to undici's own body timeout). The timeout is reported as a network failure (a
 * TypeError with a cause, as fetch does for resets), which Octokit turns into a retryable 500.
 */
export function withTimeout(inner: typeof fetch, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    try {
      return await inner(input, { ...init, signal });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new TypeError('fetch failed', { cause: new Error(`no response within ${timeoutMs} ms`) });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
