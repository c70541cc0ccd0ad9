// Types of artifact-service.mjs for TypeScript tests.
import type { FaultRule } from './server.mjs';

/** The message the real service gives when CreateArtifact names an existing artifact. */
export declare const DUPLICATE_NAME_MESSAGE: string;

/** A JWT for ACTIONS_RUNTIME_TOKEN whose `scp` holds `Actions.Results:<run>:<job>`. */
export declare function makeRuntimeToken(runBackendId: string | number, jobBackendId: string | number): string;

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  mimeType: string | undefined;
  expiresAt: string | undefined;
  finalized: boolean;
  /** as FinalizeArtifact reported it */
  size: number | undefined;
  /** as FinalizeArtifact reported it: `sha256:<hex>` */
  hash: string | undefined;
  createdAt: string;
  signedUploadUrl: string;
  /** the bytes the blob upload committed (the zip), undefined before the block list is committed */
  zip: Buffer | undefined;
}

/** A fault rule for the results service: kinds status (a Twirp error with that status), delay, reset, timeout. */
export type ArtifactFaultRule = Omit<FaultRule, 'route' | 'kind'> & {
  kind: 'status' | 'delay' | 'reset' | 'timeout';
  route?: ArtifactRoute | ArtifactRoute[];
};
export type ArtifactRoute = 'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'GetSignedArtifactURL' | 'DeleteArtifact' | 'blob';

export interface ArtifactServiceOptions {
  faults?: ArtifactFaultRule[];
  port?: number;
}

export declare class FakeArtifactService {
  /** ACTIONS_RESULTS_URL, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly requests: Array<{ method: string; path: string; route: ArtifactRoute | string; status: number | undefined }>;
  readonly faults: { add(rule: ArtifactFaultRule): void; clear(): void };
  /** Put Block requests received, in `blobs.blockPuts` */
  readonly blobs: { readonly blockPuts: number };
  /** every artifact created, by name */
  readonly artifacts: Record<string, StoredArtifact>;
  close(): Promise<void>;
}

export declare function startFakeArtifactService(options?: ArtifactServiceOptions): Promise<FakeArtifactService>;
