import { resolve } from 'node:path';
import { debuglog } from 'node:util';
import { runCheck, type CheckInput } from '../check/run-check.js';
import { closePacDownloads } from '../proxy/pac.js';
import { renderConsole, renderVerdictLine } from '../report/console.js';
import { parseFormats } from '../report/file-format-names.js';
import { renderJson } from '../report/file-formats.js';
import type { Report } from '../model/report.js';
import { exitCodeOf } from '../model/verdict.js';
import { InputError } from '../model/input-error.js';
import { renderSummary } from '../report/summary.js';
import { prepareOutDir, writeReportFiles } from '../report/write-report-files.js';
import { applyWaivers, loadWaivers } from '../waivers/index.js';
import type { CheckArgs } from './check-options.js';
import { finishProcess } from './finish-process.js';
import { progressLine } from './progress-line.js';
import { threadCpuSeconds } from './thread-cpu.js';
import { probeProgressLine } from './probe-progress.js';

// Node's types say a standard stream's isTTY is a boolean; on a pipe or a file it is undefined.
const isTerminal = (stream: { readonly isTTY?: boolean }): boolean => stream.isTTY === true;

/**
 * How long the run's phases took, on stderr with `NODE_DEBUG=scp-preflight:timing` (or `scp-preflight*`): what
 * `npm run bench` reads to give the report files' time inside a run (issue 10), where the heap is the run's.
 */
const timing = debuglog('scp-preflight:timing');
const secondsSince = (start: number): string => ((performance.now() - start) / 1000).toFixed(2);
// CPU beside wall time: on a busy machine the wall time of a phase swings by half, its CPU time much less.
const cpuSecondsSince = (start: NodeJS.CpuUsage): string => {
  const used = process.cpuUsage(start);
  return ((used.user + used.system) / 1e6).toFixed(2);
};
/** A phase's start: wall clock, the process's CPU and the main thread's own CPU (null where the system does not say). */
const phaseStart = (): { wall: number; cpu: NodeJS.CpuUsage; thread: number | null } => ({
  wall: performance.now(),
  cpu: process.cpuUsage(),
  thread: timing.enabled ? threadCpuSeconds() : null,
});
/** `1.23 s (CPU 2.34 s, main thread 1.80 s)`: the rest of the CPU is V8's helper threads (see thread-cpu.ts). */
const phaseTime = (start: ReturnType<typeof phaseStart>): string => {
  const now = start.thread === null ? null : threadCpuSeconds();
  const thread = start.thread === null || now === null ? '' : `, main thread ${(now - start.thread).toFixed(2)} s`;
  return `${secondsSince(start.wall)} s (CPU ${cpuSecondsSince(start.cpu)} s${thread})`;
};

const localDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Runs a check and publishes it: report files first (atomically), then the console view or `--json` on stdout.
 * Everything that can be bad input is validated before the first probe. Returns the exit code, and arms the
 * process's last-resort exit with it (finishProcess).
 */
export async function executeCheck(args: CheckArgs, input: CheckInput): Promise<number> {
  if (args.summary && args.json)
    throw new InputError('--summary and --json both print on stdout; choose one (the full JSON report is written to --out either way)');
  const formats = parseFormats(args.format);
  const waivers = args.waivers ? loadWaivers(args.waivers) : null;
  await prepareOutDir(args.out);
  const interactive = isTerminal(process.stderr) && !args.json && !args.quiet && !args.summary;
  const progress = interactive ? probeProgressLine(progressLine(process.stderr)) : null;
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  let report: Report;
  const probing = phaseStart();
  try {
    report = await runCheck({
      ...input,
      signal: controller.signal,
      ...(progress ? progress.hooks : {}),
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
    progress?.stop();
  }
  timing('probes and rules: %s, %d endpoint results', phaseTime(probing), report.endpoints.length);
  if (waivers) report = applyWaivers(report, waivers, localDate(new Date()), args.waivers ?? null);
  const writing = phaseStart();
  const written = await writeReportFiles(report, { outDir: args.out, formats });
  timing('report files: %s, %d files (%s)', phaseTime(writing), written.length, formats.join(','));
  if (args.summary) {
    // Run Scripts keeps stdout: one JSON object, naming the full report it can point an admin to.
    const stamped = written.filter((f) => !/[/\\]latest\./.test(f));
    const file = stamped.find((f) => f.endsWith('.json')) ?? stamped[0];
    process.stdout.write(`${renderSummary(report, file === undefined ? null : resolve(file))}\n`);
  } else if (args.json) {
    process.stdout.write(renderJson(report));
  } else {
    const color = args.color && isTerminal(process.stdout) && !process.env.NO_COLOR;
    // --quiet is the verdict line alone: the tables are never built for it.
    process.stdout.write(
      args.quiet
        ? `${renderVerdictLine(report, { color })}\n`
        : renderConsole(report, { color, ...(process.stdout.columns ? { width: process.stdout.columns } : {}) }),
    );
  }
  if (!args.quiet && !args.summary)
    process.stderr.write(
      written
        .filter((f) => !/[/\\]latest\./.test(f))
        .map((f) => `report: ${f}\n`)
        .join(''),
    );
  const code = exitCodeOf(report.verdict);
  // Everything is written: what we keep open is closed, and nothing else (a proxy holding a connection, a bug) may
  // keep the process past here.
  closePacDownloads();
  finishProcess(code);
  return code;
}
