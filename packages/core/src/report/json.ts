import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Report } from './model.js';

/** The `$id` of the JSON Schema the report follows (`packages/core/schema/report.schema.json`). */
export const REPORT_SCHEMA_ID = 'urn:prodfix:schema:report:v1';

/** The report as JSON text: two-space indented, with a final newline, keys in model order. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Writes the JSON report to `path`, creating its folder. */
export async function writeJsonReport(report: Report, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, renderJson(report), 'utf8');
}
