// Notes a response's status in a request record the moment it is written, so that a test
// reading the record right after its client got the answer always sees it.

/**
 * @param {import('node:http').ServerResponse} res
 * @param {{ status: number | undefined }} record
 */
export function recordStatus(res, record) {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = /** @type {typeof res.writeHead} */ ((/** @type {any[]} */ ...args) => {
    record.status = args[0];
    return writeHead(.../** @type {[number, any]} */ (args));
  });
}
