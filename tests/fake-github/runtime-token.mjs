// ACTIONS_RUNTIME_TOKEN for the fake results service: a JWT whose `scp` claim holds
// `Actions.Results:<workflow run backend id>:<job run backend id>`, as on a real runner.
import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNING_KEY = 'prodfix-fake-results-service';

/** @param {object} value */
const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** @param {string} data */
const sign = (data) => createHmac('sha256', SIGNING_KEY).update(data).digest('base64url');

/**
 * A runtime token for one job of one run (ids as the runner would have them, e.g. UUIDs).
 * @param {string | number} runBackendId
 * @param {string | number} jobBackendId
 * @returns {string}
 */
export function makeRuntimeToken(runBackendId, jobBackendId) {
  const now = Math.floor(Date.now() / 1000);
  const body = `${base64url({ typ: 'JWT', alg: 'HS256' })}.${base64url({
    scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
    iat: now,
    exp: now + 6 * 3600,
  })}`;
  return `${body}.${sign(body)}`;
}

/**
 * The backend ids a runtime token made by makeRuntimeToken grants, or undefined when the
 * token is malformed, not signed by this fake, expired or lacks the Actions.Results scope.
 * @param {string} token
 * @returns {{ runBackendId: string, jobBackendId: string } | undefined}
 */
export function readRuntimeToken(token) {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = Buffer.from(sign(`${header}.${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  /** @type {{ scp?: string, exp?: number }} */
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims.exp === 'number' && claims.exp < Date.now() / 1000) return undefined;
  for (const scope of (claims.scp ?? '').split(' ')) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] && parts[2]) {
      return { runBackendId: parts[1], jobBackendId: parts[2] };
    }
  }
  return undefined;
}
