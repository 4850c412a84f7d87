import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { prepareOutDir, publishNew, stampName, writeTemp } from '../report/write-report-files.js';
import { type FleetFormatName, fleetFormats } from './formats.js';
import type { FleetReport } from './types.js';

/**
 * Writes the fleet report in each format as `scp-preflight-fleet-YYYYMMDD-HHMMSS.<ext>` (then `-1`, `-2`, …): every
 * view is rendered before the first file is created, each file is a complete temp file published under a name no
 * file has (the run reports' atomic create-if-absent), and no earlier file is ever replaced. Returns the paths.
 */
export async function writeFleetFiles(
  fleet: FleetReport,
  options: { outDir: string; formats: readonly FleetFormatName[]; stamp: Date },
): Promise<string[]> {
  const rendered = options.formats.map((name) => ({ extension: fleetFormats[name].extension, content: fleetFormats[name].render(fleet) }));
  await prepareOutDir(options.outDir);
  const base = stampName(options.stamp).replace(/^scp-preflight-/, 'scp-preflight-fleet-');
  const written: string[] = [];
  for (const { extension, content } of rendered) {
    const temp = await writeTemp(options.outDir, extension, content);
    try {
      for (let n = 0; ; n += 1) {
        const final = join(options.outDir, `${base}${n === 0 ? '' : `-${n}`}.${extension}`);
        if (await publishNew(temp, final)) {
          written.push(final);
          break;
        }
        if (n > 10_000) throw new Error(`no free fleet report file name for ${base} in ${options.outDir}`);
      }
    } finally {
      await rm(temp, { force: true });
    }
  }
  return written;
}
