/**
 * What the chart tests check of a Vega-Lite spec, in one place: its problems against the
 * Vega-Lite JSON schema and the warnings of compiling it. Test support only (not a test file:
 * vitest collects `*.test.ts`), imported by charts.test.ts and content.test.ts.
 */
import Ajv from 'ajv';
import { createRequire } from 'node:module';
import { compile, type TopLevelSpec } from 'vega-lite';

const require = createRequire(import.meta.url);
const schema = require('vega-lite/vega-lite-schema.json') as object;
const validate = new Ajv({ allowUnionTypes: true, strict: false, validateFormats: false }).compile(schema);

/** Whether the spec is valid, and the errors that locate a problem (anyOf/required only echo the union branches). */
export function schemaProblems(spec: TopLevelSpec): { valid: boolean; located: string[] } {
  const valid = validate(spec);
  const located = (validate.errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'required').map((e) => `${e.instancePath} ${e.message}`);
  return { valid, located };
}

/** The warnings and errors Vega-Lite logs while compiling the spec. */
export function compileWarnings(spec: TopLevelSpec): string[] {
  const warnings: string[] = [];
  const logger = { level: () => logger, error: (m: unknown) => warnings.push(`error ${String(m)}`), warn: (m: unknown) => warnings.push(String(m)), info: () => logger, debug: () => logger };
  compile(spec, { logger: logger as never });
  return warnings;
}
