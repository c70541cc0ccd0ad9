// Fault injection: rules that pick requests (by route, server and request number) and say
// what goes wrong with them.

/**
 * @typedef {'status' | 'delay' | 'reset' | 'timeout' | 'stall' | 'primary-rate-limit' | 'secondary-rate-limit'} FaultKind
 *
 * @typedef {object} FaultRule
 * @property {FaultKind} kind
 * @property {string | string[]} [route] route name(s) as listed in README.md (e.g. 'listRuns', 'jobLogContent'); any route when absent
 * @property {'api' | 'logs'} [server] only requests to this server
 * @property {number[]} [nth] only the nth requests (1-based) among those this rule's route/server select
 * @property {number} [times] stop after hitting this many requests (default: no limit)
 * @property {number} [status] 'status': the status to answer (default 500); 'primary-rate-limit': 403 or 429 (default 403)
 * @property {number} [delayMs] 'delay': added latency before answering
 * @property {number} [retryAfter] 'secondary-rate-limit': the retry-after header in seconds (default 1)
 * @property {number} [resetAfter] 'primary-rate-limit': seconds from now to x-ratelimit-reset (default 1)
 */

/**
 * @typedef {{ rule: FaultRule, seen: number, hits: number }} ActiveRule
 * @typedef {{ delayMs: number, fault: FaultRule | undefined }} FaultDecision
 */

/**
 * Keeps fault rules and decides, request by request, which apply.
 */
export class FaultPlan {
  /** @type {ActiveRule[]} */
  #rules = [];

  /** @param {FaultRule[]} [rules] */
  constructor(rules = []) {
    for (const rule of rules) this.add(rule);
  }

  /** @param {FaultRule} rule */
  add(rule) {
    this.#rules.push({ rule, seen: 0, hits: 0 });
  }

  clear() {
    this.#rules = [];
  }

  /**
   * Decides what happens to one request: the delays of all matching 'delay' rules add up, and
   * the first other matching rule is the fault that answers it.
   * @param {string} route
   * @param {'api' | 'logs'} server
   * @returns {FaultDecision}
   */
  decide(route, server) {
    /** @type {FaultDecision} */
    const decision = { delayMs: 0, fault: undefined };
    for (const active of this.#rules) {
      const { rule } = active;
      if (rule.server && rule.server !== server) continue;
      if (rule.route && ![rule.route].flat().includes(route)) continue;
      active.seen += 1;
      if (rule.nth && !rule.nth.includes(active.seen)) continue;
      if (rule.times !== undefined && active.hits >= rule.times) continue;
      if (rule.kind !== 'delay' && decision.fault) continue;
      active.hits += 1;
      if (rule.kind === 'delay') decision.delayMs += rule.delayMs ?? 0;
      else decision.fault = rule;
    }
    return decision;
  }
}
