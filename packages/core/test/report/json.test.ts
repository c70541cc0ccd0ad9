import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_ID, renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/model.js';
import { CATEGORIES } from '../../src/report/model.js';
import { fullReport, reportOf } from './sample-reports.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: string[];
  propertyNames?: SchemaNode;
}

const schema = JSON.parse(await readFile(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as SchemaNode & {
  $id: string;
  $defs: Record<string, SchemaNode>;
};
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

function roundTrip(report: Report): Json {
  return JSON.parse(renderJson(report)) as Json;
}

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? resolve(schema.$defs[node.$ref.replace('#/$defs/', '')] as SchemaNode) : node;
}

/** Every property the schema names is present in `value` (a report with every field set). */
function schemaPropertiesMissingFrom(node: SchemaNode, value: Json, at: string): string[] {
  const resolved = resolve(node);
  if (resolved.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(resolved.properties).flatMap(([key, child]) =>
      key in value ? schemaPropertiesMissingFrom(child, value[key] as Json, `${at}.${key}`) : [`${at}.${key}`],
    );
  }
  if (resolved.items && Array.isArray(value)) {
    return value.flatMap((item, index) => schemaPropertiesMissingFrom(resolved.items as SchemaNode, item, `${at}[${index}]`));
  }
  return [];
}

describe('report JSON and its schema', () => {
  it('validates a report with every field of the model set', () => {
    const valid = validate(roundTrip(fullReport()));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names no property the model lacks', () => {
    expect(schemaPropertiesMissingFrom(schema, roundTrip(fullReport()), '$')).toEqual([]);
  });

  it('validates a report with only the required fields', () => {
    expect(validate(roundTrip(reportOf([])))).toBe(true);
  });

  it('lists exactly the model categories', () => {
    expect(schema.$defs.category?.enum).toEqual([...CATEGORIES]);
    expect(schema.$id).toBe(REPORT_SCHEMA_ID);
  });

  it.each<[string, (report: Record<string, unknown> & { files: Record<string, unknown>[] }) => void]>([
    ['an unknown top-level field', (r) => { r.extra = 1; }],
    ['a missing verdict', (r) => { delete r.verdict; }],
    ['a wrong version', (r) => { r.version = 2; }],
    ['an unknown status', (r) => { r.files[0]!.status = 'broken'; }],
    ['an unknown category count', (r) => { r.categories = { 'made-up': 1 }; }],
    ['a 0-based line', (r) => { (r.files[0]!.failures as { startLine: number }[])[0]!.startLine = 0; }],
    ['a confidence above 1', (r) => { (r.files[0]!.failures as { confidence: number }[])[0]!.confidence = 1.5; }],
    ['a short histogram', (r) => { r.hourHistogram = [1, 2]; }],
  ])('rejects %s', (_, spoil) => {
    const report = roundTrip(fullReport()) as Record<string, unknown> & { files: Record<string, unknown>[] };
    spoil(report);
    expect(validate(report)).toBe(false);
  });

  it('writes indented JSON ending with a newline', () => {
    const text = renderJson(reportOf([]));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
  });
});
