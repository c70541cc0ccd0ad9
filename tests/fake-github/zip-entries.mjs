// Reads a zip held in memory into its entries, for assertions on uploaded artifacts and log zips.
import yauzl from 'yauzl';

/**
 * @param {Buffer} zip
 * @returns {Promise<Array<{ name: string, data: Buffer }>>} file entries in archive order
 */
export function readZipEntries(zip) {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (openError, archive) => {
      if (openError || !archive) return reject(openError ?? new Error('cannot open zip'));
      /** @type {Array<{ name: string, data: Buffer }>} */
      const entries = [];
      archive.on('error', reject);
      archive.on('end', () => resolve(entries));
      archive.on('entry', (entry) => {
        if (entry.fileName.endsWith('/')) return archive.readEntry();
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('cannot read zip entry'));
          /** @type {Buffer[]} */
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            archive.readEntry();
          });
        });
      });
      archive.readEntry();
    });
  });
}
