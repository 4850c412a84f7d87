import type { StageDetail, StageName, StageResult } from './types.js';

/** Why a run stopped before its probes finished. */
export type StopCause = 'deadline' | 'interrupt';

/**
 * The abort reason of a run's signal. Every bounded scope passes its parent's reason down, so a stage whose wait
 * ended because the run stopped sees this object as its own signal's reason, and a stage timeout (a TimeoutError)
 * is never mistaken for it: no stage has to guess from timing which of the two ended its wait.
 */
export class RunStop extends Error {
  constructor(
    readonly stopCause: StopCause,
    readonly deadlineMs: number | null = null,
  ) {
    super(
      stopCause === 'deadline'
        ? `the run's --deadline${deadlineMs === null ? '' : ` of ${deadlineMs / 1000} s`} passed`
        : 'the run was interrupted (Ctrl-C)',
    );
    this.name = 'RunStop';
  }
}

/** The run stop that aborted `signal` (directly or through any bounded scope under the run's signal), or `null`. */
export function runStopOf(signal: AbortSignal): RunStop | null {
  return signal.aborted && signal.reason instanceof RunStop ? signal.reason : null;
}

/** The parent's reason as a run stop: a RunStop stays itself, any other abort of the run (Ctrl-C's controller) is an interrupt. */
export function asRunStop(reason: unknown): RunStop {
  return reason instanceof RunStop ? reason : new RunStop('interrupt');
}

/** What the stop cut short, in the words of the message: `--deadline of 30 s passed` / `interrupted (Ctrl-C)`. */
function stopWords(stop: RunStop): string {
  return stop.stopCause === 'deadline'
    ? `the run was stopped because its --deadline${stop.deadlineMs === null ? '' : ` of ${stop.deadlineMs / 1000} s`} passed`
    : 'the run was stopped by Ctrl-C (interrupted)';
}

/**
 * The stage a run stop cut short: `skip` with RUN_STOPPED, saying what was under way, never a network finding (no
 * firewall fix for a wait we ended ourselves).
 */
export function stoppedStage(stage: StageName, stop: RunStop, doing: string, ms: number, detail: StageDetail | null): StageResult {
  return {
    stage,
    status: 'skip',
    code: 'RUN_STOPPED',
    ms,
    detail,
    message: `Not measured: ${stopWords(stop)} while ${doing}; nothing is known about this step.`,
  };
}

/**
 * A stage as its wait ended: when the run had stopped by then and the stage failed, the stop ended it (the
 * run's abort fires every listener synchronously, and a result that came first would have resolved first), so it
 * becomes RUN_STOPPED keeping its evidence. For stages built outside this folder (proxy handshakes, PAC).
 */
export function unlessStopped(signal: AbortSignal, stage: StageResult, doing: string): StageResult {
  const stop = runStopOf(signal);
  if (stop === null || stage.status !== 'fail') return stage;
  return stoppedStage(stage.stage, stop, doing, stage.ms, stage.detail);
}

/** A probe that never started because the run had already stopped. */
export function notStartedMessage(stop: RunStop, what: string): string {
  return `Not probed: ${stopWords(stop)} before ${what} was started; nothing is known about this endpoint.`;
}
