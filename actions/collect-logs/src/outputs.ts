import { totalRedactions, type CollectResult } from '@prodfix/collect';
import { Output } from './constants.js';
import type { UploadedArtifact } from './upload.js';

/** Every output of the action, as the strings the runner stores. */
export function outputsOf(result: CollectResult, artifact: UploadedArtifact | undefined): Record<Output, string> {
  const { totals } = result.manifest;
  return {
    [Output.Dir]: result.dir,
    [Output.Manifest]: result.manifestPath,
    [Output.ArtifactId]: artifact ? String(artifact.id) : '',
    [Output.ArtifactUrl]: artifact?.url ?? '',
    [Output.Runs]: String(totals.runs),
    [Output.Jobs]: String(totals.jobs),
    [Output.Bytes]: String(totals.bytes),
    [Output.Missing]: String(totals.missing),
    [Output.Redactions]: String(totalRedactions(result.manifest.redactions)),
  };
}
