/** The file entries of an in-memory zip, in archive order. */
export declare function readZipEntries(zip: Buffer): Promise<Array<{ name: string; data: Buffer }>>;
