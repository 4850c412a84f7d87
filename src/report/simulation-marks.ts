/**
 * How each view of a `demo` report says "simulation", in a form no string taken from the network can forge (every
 * view escapes those): the views write these marks, and `demo` reads them before it publishes `latest.*` into a
 * folder, so a simulated run never replaces a real run's latest report.
 */

/** The JUnit `endpoints` suite property of a simulation. */
export const SIMULATION_PROPERTY = { name: 'simulation', value: 'true' } as const;

/** The CSV column appended (after every other column) for a simulation, and its value on every row. */
export const SIMULATION_CSV_COLUMN = 'simulation';
export const SIMULATION_CSV_VALUE = "SIMULATION: scp-preflight demo on loopback, not this site's network";

/** The HTML banner's opening tag and the Markdown banner's start (header.ts, markdown.ts). */
export const SIMULATION_HTML_MARK = '<p class="simulation">';
export const SIMULATION_MD_MARK = '> **SIMULATION**';

/** Whether the text of a report file with this extension (`json`, `html`, `csv`, `junit.xml`, `md`) shows a simulation. */
export function isSimulationView(extension: string, text: string): boolean {
  switch (extension) {
    case 'json': {
      try {
        return (JSON.parse(text) as { settings?: { simulation?: unknown } }).settings?.simulation === true;
      } catch {
        return false;
      }
    }
    case 'html':
      return text.includes(SIMULATION_HTML_MARK);
    case 'md':
      return text.split('\n').some((line) => line.startsWith(SIMULATION_MD_MARK));
    case 'junit.xml':
      return text.includes(`<property name="${SIMULATION_PROPERTY.name}" value="${SIMULATION_PROPERTY.value}"/>`);
    case 'csv':
      return (text.split(/\r?\n/, 1)[0] ?? '').split(',').at(-1) === SIMULATION_CSV_COLUMN;
    default:
      return false;
  }
}
