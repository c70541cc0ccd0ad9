// Writing responses the way api.github.com does: JSON with its usual headers, error bodies,
// rate-limit answers, and the two broken answers (reset connection, no answer at all).
import { randomBytes } from 'node:crypto';
import { errorBody } from './templates.mjs';

/** Messages GitHub gives for the statuses the fake can answer. */
const MESSAGES = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  410: 'Gone',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
};

const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. '
  + 'If you reach out to GitHub Support for help, please include the request ID {id}.';

/**
 * Per-fake rate-limit counter, reported in the `x-ratelimit-*` headers of every API answer.
 */
export class RateLimitCounter {
  limit = 5000;
  used = 0;
  reset = Math.floor(Date.now() / 1000) + 3600;

  count() {
    this.used += 1;
  }

  /** @returns {Record<string, string>} */
  headers() {
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - this.used)),
      'x-ratelimit-reset': String(this.reset),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
    };
  }
}

/** A request id in GitHub's format (`ABCD:1234:…`). */
export function requestId() {
  const hex = randomBytes(10).toString('hex').toUpperCase();
  return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 14)}:${hex.slice(14, 20)}`;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
  });
  res.end(text);
}

/**
 * An error answer with GitHub's error body.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} [headers]
 * @param {string} [message]
 */
export function sendError(res, status, headers = {}, message = MESSAGES[/** @type {keyof MESSAGES} */ (status)] ?? 'Error') {
  sendJson(res, status, errorBody(status, message), headers);
}

/**
 * A primary rate-limit answer (403 or 429, `x-ratelimit-remaining: 0`).
 * @param {import('node:http').ServerResponse} res
 * @param {import('./faults.mjs').FaultRule} rule
 * @param {Record<string, string>} headers
 */
export function sendPrimaryRateLimit(res, rule, headers) {
  const reset = Math.ceil(Date.now() / 1000 + (rule.resetAfter ?? 1));
  sendJson(res, rule.status ?? 403, {
    message: 'API rate limit exceeded for installation ID 1.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    status: String(rule.status ?? 403),
  }, { ...headers, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) });
}

/**
 * A secondary rate-limit answer (403 with `retry-after` and GitHub's message).
 * @param {import('node:http').ServerResponse} res
 * @param {number} retryAfter seconds
 * @param {Record<string, string>} headers
 */
export function sendSecondaryRateLimit(res, retryAfter, headers) {
  sendJson(res, 403, {
    message: SECONDARY_RATE_LIMIT_MESSAGE.replace('{id}', headers['x-github-request-id'] ?? requestId()),
    documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    status: '403',
  }, { ...headers, 'retry-after': String(retryAfter) });
}

/**
 * Starts a 200 answer, sends part of a body, then destroys the socket.
 * @param {import('node:http').ServerResponse} res
 */
export function resetMidResponse(res) {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': '4096' });
  res.write('{"total_count":1,"workflow_runs":[{"id":');
  setTimeout(() => res.socket?.destroy(), 5);
}

/**
 * Writes a 200 head that promises more bytes than it sends, sends a few, and then nothing: a
 * connection that stalls mid-body (the client must give up; `close()` cuts it).
 * @param {import('node:http').ServerResponse} res
 */
export function stallMidResponse(res) {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '65536' });
  res.write('2024-05-01T10:00:00.0000000Z partial line then nothing\n');
}
