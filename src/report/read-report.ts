import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { InputError } from '../model/input-error.js';
import { readInputText } from '../model/read-input-file.js';
import { judgeReport } from '../model/verdict.js';
import REPORT_SCHEMA from './report-schema.cjs';
import { SCHEMA_VERSION, type Report } from '../model/report.js';

/** schema/report.schema.json, the contract every saved report is checked against. */
export { REPORT_SCHEMA };

let compiled: ValidateFunction | undefined;

/** The compiled schema validator (compiled once, on first use). */
function validator(): ValidateFunction {
  if (compiled === undefined) {
    compiled = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true }).compile(REPORT_SCHEMA);
  }
  return compiled;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the report' : error.instancePath;
  if (error.keyword === 'additionalProperties') return `${where}: unexpected property "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'enum') return `${where}: ${error.message ?? 'invalid'} (${(error.params.allowedValues as unknown[]).join(', ')})`;
  return `${where}: ${error.message ?? error.keyword}`;
}

/** Checks data against the report schema; returns readable problems (JSON-pointer path + what is wrong), or none. */
export function reportSchemaErrors(data: unknown): string[] {
  const validate = validator();
  if (validate(data)) return [];
  // oneOf failures repeat every branch's complaint; keep the distinct, most specific lines first.
  const lines = (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf').map(describe);
  return [...new Set(lines)];
}

/**
 * Reads a saved JSON report and checks that it is a scp-preflight report of this schema version and valid against
 * the schema. Anything else is an InputError (exit 2) naming the file and the first problems.
 */
export function readReportFile(file: string): Report {
  const text = readInputText(file, { what: 'the report', hint: 'check the path' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not JSON (${(error as Error).message}); give the .json report written by scp-preflight check`, {
      file,
      cause: error,
    });
  }
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const tool = record?.tool as { name?: unknown } | undefined;
  if (record === null || tool?.name !== 'scp-preflight' || !('schemaVersion' in record)) {
    throw new InputError(
      'not a scp-preflight report (no tool.name "scp-preflight" / schemaVersion); give the .json report written by scp-preflight check',
      { file },
    );
  }
  if (record.schemaVersion !== SCHEMA_VERSION) {
    throw new InputError(
      `report schemaVersion ${JSON.stringify(record.schemaVersion)} is not supported (this version reads ${SCHEMA_VERSION}); ` +
        `use the scp-preflight version that wrote it`,
      { file },
    );
  }
  const errors = reportSchemaErrors(data);
  if (errors.length > 0) {
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    throw new InputError(`does not match schema/report.schema.json: ${errors.slice(0, 3).join('; ')}${more}`, { file });
  }
  return withVerdictFields(data as Report);
}

/**
 * Reports written before `settings.networkChecked` and `headline` existed (same schema version: both are optional
 * additions) get them here, so every view judges them like new ones: a report without endpoint results did not
 * check the network (a rules-only run); the headline is the verdict's, from the report's own results.
 */
function withVerdictFields(report: Report): Report {
  const loose = report as Omit<Report, 'headline' | 'settings'> & {
    headline?: string;
    settings: Omit<Report['settings'], 'networkChecked'> & { networkChecked?: boolean };
  };
  const settings = { ...loose.settings, networkChecked: loose.settings.networkChecked ?? loose.endpoints.length > 0 };
  const headline = loose.headline ?? judgeReport({ ...loose, settings }).headline;
  return { ...loose, headline, settings };
}
