// A loopback stand-in for Azure Blob Storage as @azure/storage-blob's BlockBlobClient uses it:
// Put Block (`PUT ?comp=block&blockid=…`), Put Block List (`PUT ?comp=blocklist`, XML of
// block ids), Put Blob (a single `PUT`), and `GET` of a committed blob.
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * @typedef {{ committed: Buffer | undefined, blocks: Map<string, Buffer>, contentType: string | undefined }} Blob
 */

/** Blobs by path, written through URLs signed with this store's signature. */
export class BlobStore {
  signature = randomBytes(16).toString('hex');
  /** @type {Map<string, Blob>} */
  blobs = new Map();
  /** Number of Put Block requests received. */
  blockPuts = 0;

  /**
   * A signed URL for a new blob under `baseUrl`.
   * @param {string} baseUrl
   * @param {string} fileName
   */
  signedUrl(baseUrl, fileName) {
    const path = `/devstoreaccount1/actions-results/${randomUUID()}/${encodeURIComponent(fileName)}`;
    this.blobs.set(path, { committed: undefined, blocks: new Map(), contentType: undefined });
    const expires = new Date(Date.now() + 3_600_000).toISOString();
    return `${baseUrl}${path}?sv=2023-11-03&se=${encodeURIComponent(expires)}&sr=b&sp=rcw&sig=${this.signature}`;
  }

  /**
   * The committed bytes at a signed URL, if any.
   * @param {string} signedUrl
   */
  contentAt(signedUrl) {
    return this.blobs.get(new URL(signedUrl).pathname)?.committed;
  }

  /**
   * Serves a blob request.
   * @param {import('node:http').IncomingMessage} req
   * @param {URL} url
   * @param {Buffer} body
   * @param {import('node:http').ServerResponse} res
   */
  serve(req, url, body, res) {
    const blob = this.blobs.get(url.pathname);
    if (url.searchParams.get('sig') !== this.signature) return storageError(res, 403, 'AuthenticationFailed');
    if (!blob) return storageError(res, 404, 'BlobNotFound');
    const comp = url.searchParams.get('comp');
    if (req.method === 'GET' && blob.committed) {
      res.writeHead(200, { 'content-type': blob.contentType ?? 'application/octet-stream', 'content-length': blob.committed.length });
      return res.end(blob.committed);
    }
    if (req.method !== 'PUT') return storageError(res, 404, 'BlobNotFound');
    if (comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) return storageError(res, 400, 'InvalidQueryParameterValue');
      blob.blocks.set(id, body);
      this.blockPuts += 1;
      return created(res);
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] ?? '');
      const parts = ids.map((id) => blob.blocks.get(id));
      if (parts.some((part) => part === undefined)) return storageError(res, 400, 'InvalidBlockList');
      blob.committed = Buffer.concat(/** @type {Buffer[]} */ (parts));
      blob.contentType = header(req, 'x-ms-blob-content-type');
      return created(res);
    }
    if (comp === null) {
      blob.committed = body;
      blob.contentType = header(req, 'x-ms-blob-content-type') ?? header(req, 'content-type');
      return created(res);
    }
    return storageError(res, 400, 'InvalidQueryParameterValue');
  }
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} name
 */
function header(req, name) {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** @param {import('node:http').ServerResponse} res */
function created(res) {
  res.writeHead(201, {
    'content-length': '0',
    etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2023-11-03',
    'x-ms-request-server-encrypted': 'true',
  });
  res.end();
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} code
 */
function storageError(res, status, code) {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code, 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
}
