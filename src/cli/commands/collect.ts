import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../model/input-error.js';
import { declareCommand } from '../command-declaration.js';
import { collectDeclaration, type CollectArgs } from '../declarations/collect.js';

/**
 * Runs the collect script with Windows PowerShell (present on every supported Windows Server), or PowerShell 7
 * when only that exists. The script goes to a temporary .ps1 so -ExecutionPolicy Bypass applies to it alone.
 */
async function runOnWindows(script: string, outDir: string, timeoutMs: number): Promise<number> {
  const { boundedScope } = await import('../../probes/bounded-signal.js');
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-collect-'));
  const file = join(dir, 'collect.ps1');
  writeFileSync(file, script, 'ascii');
  // boundedScope, not AbortSignal.timeout: the timer must hold even if nothing else keeps the signal (bounded-signal.ts).
  const bound = boundedScope(new AbortController().signal, timeoutMs);
  const signal = bound.signal;
  const attempt = (exe: string) =>
    new Promise<number>((done, fail) => {
      const child = spawn(exe, ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', file, '-OutDir', outDir], {
        stdio: 'inherit',
        signal,
      });
      child.once('error', fail);
      child.once('exit', (code) => done(code ?? 1));
    });
  try {
    try {
      return await attempt('powershell.exe');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return await attempt('pwsh.exe');
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw new InputError(`collect: PowerShell did not finish within ${timeoutMs / 1000} s`);
    throw error;
  } finally {
    bound.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `scp-preflight collect`: gathers the SCP-host evidence the rules read (local Administrators, WinHTTP, .NET TLS). */
export const collectCommand: CommandModule<object, CollectArgs> = {
  command: collectDeclaration.command,
  describe: collectDeclaration.describe,
  builder: (yargs: Argv<object>) => declareCommand<CollectArgs>(yargs, collectDeclaration),
  handler: async (argv) => {
    const outDir = argv.out;
    if ([argv.script, argv['run-script'], outDir !== undefined].filter(Boolean).length !== 1) {
      throw new InputError(
        'collect: give either --script (print the evidence script), --run-script (print the Run Scripts script) or --out DIR ' +
          '(run the evidence script here, on Windows)',
      );
    }
    if (argv['run-script']) {
      // The scripts load when asked for, not for --help (issue 10: start-up).
      const { runScript, runScriptDefaults } = await import('../../fleet/run-script.js');
      const given = {
        ...(argv.executable === undefined ? {} : { executable: argv.executable }),
        ...(argv['output-share'] === undefined ? {} : { outputShare: argv['output-share'] }),
        ...(argv.edition === undefined ? {} : { edition: argv.edition }),
        ...(argv.proxy === undefined ? {} : { proxy: argv.proxy }),
        ...(argv.sha256 === undefined ? {} : { sha256: argv.sha256 }),
        ...(argv.deadline === undefined ? {} : { deadlineSeconds: argv.deadline }),
      };
      process.stdout.write(runScript(runScriptDefaults(given)));
      return;
    }
    const { collectScript } = await import('../../rules/collect/script.js');
    // Exactly one of the three was given: without --out it is --script.
    if (outDir === undefined) {
      process.stdout.write(collectScript());
      return;
    }
    if (process.platform !== 'win32') {
      throw new InputError(
        `collect --out runs the collection on the SCP host itself and needs Windows (this is ${process.platform}); elsewhere ` +
          'use: scp-preflight collect --script > collect.ps1, and run it on the SCP host',
      );
    }
    if (!Number.isFinite(argv['timeout-s']) || argv['timeout-s'] <= 0)
      throw new InputError('--timeout-s must be a positive number of seconds');
    const code = await runOnWindows(collectScript(), resolve(outDir), argv['timeout-s'] * 1000);
    if (code !== 0) throw new InputError(`collect: the PowerShell collection failed (exit code ${code}); its message is above`);
  },
};
