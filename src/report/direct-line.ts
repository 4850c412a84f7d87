import type { EndpointResult } from '../model/report.js';
import { DIRECT_KIND_LABEL, directFinding } from './direct-finding.js';

/** One line for the console: the direct probe's outcome and what it says about where the rule belongs. */
export function directComparisonLine(endpoint: EndpointResult): string | null {
  const direct = endpoint.direct;
  const finding = directFinding([endpoint]);
  if (direct === undefined || finding === null) return null;
  const code = direct.code ? ` ${direct.code}` : '';
  return `Direct: ${direct.status.toUpperCase()}${code} — ${DIRECT_KIND_LABEL[finding.kind].toLowerCase()}.`;
}
