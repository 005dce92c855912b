/**
 * @module validate-report
 * Validates any report JSON against schema/story-report.schema.json; every test that prints JSON uses it.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/story-report.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);

/** Throws with every schema error when `report` (one StoryReport or an array) does not validate. */
export function assertValidReport(report: unknown): void {
  const reports = Array.isArray(report) ? (report as unknown[]) : [report];
  for (const item of reports) {
    if (!validate(item)) {
      throw new Error(`report does not match the schema:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
    }
  }
}
