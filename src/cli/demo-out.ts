import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/input-error.js';
import { FILE_EXTENSIONS, type FileFormatName } from '../report/file-format-names.js';
import { isSimulationView } from '../report/simulation-marks.js';

/** Where `demo` writes by default: its own folder, so a simulation never sits next to (or over) a real run. */
export const DEMO_OUT_DIR = join('reports', 'demo');

/**
 * Stops `demo` before it starts when `--out` holds a real run's `latest.<ext>` for a format it would write: the demo
 * replaces `latest.*`, and a simulated report must never take the place of a real one. Each file is judged by the
 * simulation mark its own view carries (simulation-marks.ts), which no network string can forge.
 */
export function refuseRealLatest(outDir: string, formats: readonly FileFormatName[]): void {
  for (const name of formats) {
    const extension = FILE_EXTENSIONS[name];
    const file = join(outDir, `latest.${extension}`);
    if (!existsSync(file)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = '';
    }
    if (!isSimulationView(extension, text)) {
      throw new InputError(
        `--out ${outDir}: ${file} is a real run's report, and demo would replace it with a simulated one; use the default --out ` +
          `${DEMO_OUT_DIR} or another folder`,
      );
    }
  }
}
