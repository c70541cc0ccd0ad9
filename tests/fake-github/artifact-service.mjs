// A loopback fake of the Actions results service that @actions/artifact (v2+) talks to:
// Twirp JSON calls under /twirp/github.actions.results.api.v1.ArtifactService/, and the blob
// storage its signed upload URLs point to. It keeps what is uploaded for assertions.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { BlobStore } from './blob-store.mjs';
import { FaultPlan } from './faults.mjs';
import { readRuntimeToken } from './runtime-token.mjs';
import { recordStatus } from './record-status.mjs';

export { makeRuntimeToken } from './runtime-token.mjs';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** The message the real service gives when CreateArtifact names an existing artifact. */
export const DUPLICATE_NAME_MESSAGE = 'an artifact with this name already exists on the workflow run';

/**
 * @typedef {object} StoredArtifact
 * @property {number} id
 * @property {string} name
 * @property {string} runBackendId
 * @property {string} jobBackendId
 * @property {string | undefined} mimeType
 * @property {string | undefined} expiresAt
 * @property {boolean} finalized
 * @property {number | undefined} size as FinalizeArtifact reported it
 * @property {string | undefined} hash as FinalizeArtifact reported it (`sha256:…`)
 * @property {string} createdAt
 * @property {string} signedUploadUrl
 * @property {Buffer | undefined} zip the committed blob (the zip unless uploaded raw)
 *
 * @typedef {object} ArtifactServiceOptions
 * @property {import('./faults.mjs').FaultRule[]} [faults] routes: CreateArtifact, FinalizeArtifact,
 *   ListArtifacts, GetSignedArtifactURL, DeleteArtifact, blob; kinds: status, delay, reset, timeout
 * @property {number} [port]
 */

/**
 * Starts the fake results service on 127.0.0.1.
 * @param {ArtifactServiceOptions} [options]
 */
export async function startFakeArtifactService(options = {}) {
  const service = new FakeArtifactService(options);
  await service.listen(options.port ?? 0);
  return service;
}

/** The running fake results service; `url` is the ACTIONS_RESULTS_URL to give the client. */
export class FakeArtifactService {
  url = '';
  /** @type {Array<{ method: string, path: string, route: string, status: number | undefined }>} */
  requests = [];
  faults;
  blobs = new BlobStore();
  /** @type {Array<Omit<StoredArtifact, 'zip'>>} */
  #artifacts = [];
  #nextId = 1;
  #server = createServer((req, res) => void this.#handle(req, res));

  /** @param {ArtifactServiceOptions} options */
  constructor(options) {
    this.faults = new FaultPlan(options.faults);
  }

  /** @param {number} port */
  async listen(port) {
    this.#server.listen(port, '127.0.0.1');
    await once(this.#server, 'listening');
    this.url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (this.#server.address()).port}/`;
  }

  /**
   * Every artifact created so far, by name, with the bytes its upload committed.
   * @returns {Record<string, StoredArtifact>}
   */
  get artifacts() {
    return Object.fromEntries(this.#artifacts.map((a) => [a.name, { ...a, zip: this.blobs.contentAt(a.signedUploadUrl) }]));
  }

  async close() {
    this.#server.closeAllConnections();
    this.#server.close();
    await once(this.#server, 'close');
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async #handle(req, res) {
    const url = new URL(req.url ?? '/', this.url);
    const route = url.pathname.startsWith(TWIRP_PREFIX) ? url.pathname.slice(TWIRP_PREFIX.length) : 'blob';
    const record = { method: req.method ?? 'GET', path: url.pathname, route, status: /** @type {number | undefined} */ (undefined) };
    this.requests.push(record);
    recordStatus(res, record);
    /** @type {Buffer[]} */
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);

    const decision = this.faults.decide(route, 'api');
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    const fault = decision.fault;
    if (fault?.kind === 'timeout') return;
    if (fault?.kind === 'reset') return res.socket?.destroy();
    if (fault?.kind === 'status') return twirpError(res, fault.status ?? 500, 'internal', 'injected failure');
    if (route === 'blob') return this.blobs.serve(req, url, body, res);
    return this.#twirp(req, route, body, res);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {string} method
   * @param {Buffer} body
   * @param {import('node:http').ServerResponse} res
   */
  #twirp(req, method, body, res) {
    if (req.method !== 'POST') return twirpError(res, 404, 'bad_route', `no handler for ${req.method} ${method}`);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const ids = token ? readRuntimeToken(token) : undefined;
    if (!ids) return twirpError(res, 401, 'unauthenticated', 'invalid or missing runtime token');
    /** @type {Record<string, any>} */
    let request;
    try {
      request = JSON.parse(body.toString('utf8'));
    } catch {
      return twirpError(res, 400, 'malformed', 'the request body is not JSON');
    }
    if (request.workflow_run_backend_id !== ids.runBackendId || request.workflow_job_run_backend_id !== ids.jobBackendId) {
      return twirpError(res, 403, 'permission_denied', 'backend ids do not match the runtime token');
    }
    const ofRun = this.#artifacts.filter((a) => a.runBackendId === ids.runBackendId);
    switch (method) {
      case 'CreateArtifact': {
        if (ofRun.some((a) => a.name === request.name)) return twirpError(res, 409, 'already_exists', DUPLICATE_NAME_MESSAGE);
        const artifact = {
          id: this.#nextId++,
          name: String(request.name),
          runBackendId: ids.runBackendId,
          jobBackendId: ids.jobBackendId,
          mimeType: request.mime_type,
          expiresAt: request.expires_at,
          finalized: false,
          size: undefined,
          hash: undefined,
          createdAt: new Date().toISOString(),
          signedUploadUrl: this.blobs.signedUrl(this.url.replace(/\/$/, ''), `${request.name}.zip`),
        };
        this.#artifacts.push(artifact);
        return sendJson(res, { ok: true, signed_upload_url: artifact.signedUploadUrl });
      }
      case 'FinalizeArtifact': {
        const artifact = ofRun.find((a) => a.name === request.name && !a.finalized);
        if (!artifact) return twirpError(res, 404, 'not_found', 'artifact not found');
        const committed = this.blobs.contentAt(artifact.signedUploadUrl);
        if (!committed) return twirpError(res, 400, 'failed_precondition', 'no content was uploaded');
        Object.assign(artifact, { finalized: true, size: Number(request.size), hash: request.hash });
        return sendJson(res, { ok: true, artifact_id: String(artifact.id) });
      }
      case 'ListArtifacts': {
        const listed = ofRun
          .filter((a) => a.finalized)
          .filter((a) => request.name_filter === undefined || a.name === request.name_filter)
          .filter((a) => request.id_filter === undefined || String(a.id) === String(request.id_filter));
        return sendJson(res, {
          artifacts: listed.map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            created_at: a.createdAt,
            ...(a.hash ? { digest: a.hash } : {}),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const artifact = ofRun.find((a) => a.name === request.name && a.finalized);
        if (!artifact) return twirpError(res, 404, 'not_found', 'artifact not found');
        return sendJson(res, { signed_url: artifact.signedUploadUrl });
      }
      case 'DeleteArtifact': {
        const artifact = ofRun.find((a) => a.name === request.name);
        if (!artifact) return twirpError(res, 404, 'not_found', 'artifact not found');
        this.#artifacts = this.#artifacts.filter((a) => a !== artifact);
        return sendJson(res, { ok: true, artifact_id: String(artifact.id) });
      }
      default:
        return twirpError(res, 404, 'bad_route', `no handler for ${method}`);
    }
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {unknown} body
 */
function sendJson(res, body) {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * A Twirp error: `{ code, msg }` with the status Twirp maps the code to.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} code
 * @param {string} msg
 */
function twirpError(res, status, code, msg) {
  const text = JSON.stringify({ code, msg });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
