// Validates the fake's answers against GitHub's OpenAPI description (@octokit/openapi).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const SPEC_ID = 'https://api.github.com/openapi.json';

interface OpenApiOperation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}
interface OpenApiSpec {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>> & { responses: Record<string, OpenApiOperation['responses'][string]> };
}

/** The outcome of checking one response: `errors` lists Ajv's messages when `valid` is false. */
export interface ValidationResult {
  valid: boolean;
  errors: string[];
  /** false when the description documents no body for this status and basic-error was used */
  documented: boolean;
}

const require = createRequire(import.meta.url);
const spec = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
) as OpenApiSpec;

// ajv-formats is CommonJS; under NodeNext-style interop its function sits on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: SPEC_ID, components: spec.components });

const cache = new Map<string, ValidateFunction>();

/** Copy of a schema with its local `#/components/…` references pointed at the added spec. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SPEC_ID}${value}` : rebase(value),
    ]));
  }
  return schema;
}

/** The JSON schema the description gives for a response, or undefined. */
function responseSchema(method: string, pathTemplate: string, status: number): unknown {
  const operation = spec.paths[pathTemplate]?.[method.toLowerCase()];
  if (!operation) throw new Error(`OpenAPI description has no ${method} ${pathTemplate}`);
  let response = operation.responses[String(status)];
  if (response?.$ref) response = spec.components.responses[response.$ref.split('/').at(-1) ?? ''];
  return response?.content?.['application/json']?.schema;
}

/**
 * Checks a JSON body against the schema GitHub's OpenAPI description gives for
 * `method pathTemplate` (e.g. `GET /repos/{owner}/{repo}/actions/runs`) and `status`.
 * Error statuses the description leaves out are checked against its `basic-error` schema,
 * the shape of every GitHub error body; an undocumented success status is an error.
 */
export function validateResponse(method: string, pathTemplate: string, status: number, body: unknown): ValidationResult {
  const key = `${method} ${pathTemplate} ${status}`;
  let schema = responseSchema(method, pathTemplate, status);
  const documented = schema !== undefined;
  if (!documented) {
    if (status < 400) throw new Error(`OpenAPI description documents no JSON body for ${key}`);
    schema = { $ref: '#/components/schemas/basic-error' };
  }
  let validate = cache.get(key);
  if (!validate) {
    validate = ajv.compile(rebase(schema) as object);
    cache.set(key, validate);
  }
  const valid = validate(body);
  const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  return { valid, errors, documented };
}
