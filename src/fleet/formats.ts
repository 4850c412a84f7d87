import { InputError } from '../model/input-error.js';
import { renderFleetHtml } from './render-html.js';
import { renderFleetCsv, renderFleetMarkdown } from './render-text.js';
import type { FleetReport } from './types.js';

/** The fleet report as JSON: the record every other fleet view is rendered from. */
export function renderFleetJson(f: FleetReport): string {
  return `${JSON.stringify(f, null, 2)}\n`;
}

/** Every `merge --format`; adding one is a line here. */
export const fleetFormats = {
  html: { extension: 'html', render: renderFleetHtml },
  csv: { extension: 'csv', render: renderFleetCsv },
  json: { extension: 'json', render: renderFleetJson },
  md: { extension: 'md', render: renderFleetMarkdown },
} as const satisfies Record<string, { extension: string; render: (f: FleetReport) => string }>;

export type FleetFormatName = keyof typeof fleetFormats;

/** Parses `--format html,csv` (repeatable); an unknown name is exit 2 listing the valid ones. */
export function parseFleetFormats(values: readonly string[]): FleetFormatName[] {
  const names = Object.keys(fleetFormats);
  const out: FleetFormatName[] = [];
  for (const name of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)) {
    if (!names.includes(name)) throw new InputError(`--format: unknown format "${name}"; choose from ${names.join(', ')}`);
    if (!out.includes(name as FleetFormatName)) out.push(name as FleetFormatName);
  }
  if (out.length === 0) throw new InputError(`--format: give at least one of ${names.join(', ')}`);
  return out;
}
