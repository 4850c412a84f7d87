import type { StageEvent } from '../probes/opener.js';
import type { ProbeOutcome } from '../probes/types.js';

interface Waiting {
  readonly host: string;
  readonly port: number;
  readonly stage: StageEvent['stage'];
  /** When this stage started (ms since epoch). */
  readonly since: number;
}

/**
 * What the progress line says, from the run's events: how many probes are done out of how many, and the probe that
 * has waited longest, on which host, port and stage ("probes 12/21 done · waiting on bspmts.mp.microsoft.com:443
 * (connect, 6 s)"). The wildcard round's probes are added to the total when it starts, so the count ends at N/N.
 */
export class ProbeProgress {
  private readonly waiting = new Map<string, Waiting>();
  private earlierRounds = 0;
  private roundTotal = 0;
  private roundDone = 0;

  /** A probe started waiting on a stage. */
  stage(event: StageEvent, now: number): void {
    if (event.probeId === undefined) return;
    this.waiting.set(event.probeId, { host: event.host, port: event.port, stage: event.stage, since: now });
  }

  /** A probe finished (runProbes' onProgress: done and total count within its round). */
  finished(done: number, total: number, outcome: ProbeOutcome): void {
    // A new round (the wildcard samples found by the first) restarts its count at 1.
    if (done <= this.roundDone && done === 1) this.earlierRounds += this.roundTotal;
    this.roundDone = done;
    this.roundTotal = total;
    this.waiting.delete(outcome.targetId);
  }

  /** The line at time `now`. */
  text(now: number): string {
    const counts = `probes ${this.earlierRounds + this.roundDone}/${this.earlierRounds + this.roundTotal || '…'} done`;
    const oldest = [...this.waiting.values()].sort((a, b) => a.since - b.since)[0];
    if (oldest === undefined) return `${counts}…`;
    const seconds = Math.floor((now - oldest.since) / 1000);
    const others = this.waiting.size - 1;
    return `${counts} · waiting on ${oldest.host}:${oldest.port} (${oldest.stage}, ${seconds} s)${others > 0 ? ` and ${others} more` : ''}`;
  }
}

/** The run's progress hooks (for runCheck) drawing ProbeProgress on a status line, redrawn every second; `stop` clears it. */
export function probeProgressLine(line: { update(text: string): void; clear(): void }): {
  readonly hooks: { onProgress: (done: number, total: number, outcome: ProbeOutcome) => void; onStage: (event: StageEvent) => void };
  stop(): void;
} {
  const progress = new ProbeProgress();
  const draw = (): void => line.update(progress.text(Date.now()));
  // The seconds of the longest wait keep counting while nothing finishes; unref: the ticker never holds the process.
  const ticker = setInterval(draw, 1000);
  ticker.unref();
  return {
    hooks: {
      onProgress: (done, total, outcome) => {
        progress.finished(done, total, outcome);
        draw();
      },
      onStage: (event) => progress.stage(event, Date.now()),
    },
    stop() {
      clearInterval(ticker);
      line.clear();
    },
  };
}
