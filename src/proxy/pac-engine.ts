import { createPacResolver } from 'pac-resolver';
import { JSException, type JSValueHandle, type QuickJS, type Snapshot } from 'quickjs-wasi';
import { boundText, TEXT_LIMIT } from '../model/bounded-text.js';
import { boundedScope } from '../probes/bounded-signal.js';
import { hostFunctions, SCRIPT_PRELUDE, waitingFunctions, type Lookup } from './pac-sandbox.js';
import { PAC_MEMORY_BYTES, createQuickJs, restoreQuickJs } from './quickjs-runtime.js';

/** What one FindProxyForURL call gave: its answer (at most TEXT_LIMIT characters of it), or why there is none. */
export type PacAnswer =
  | { readonly ok: true; readonly text: string; readonly length: number }
  | { readonly ok: false; readonly kind: PacFailure; readonly message: string };
export type PacFailure = 'error' | 'timeout' | 'memory' | 'stopped' | 'not-a-string';

/** Waits (dnsResolve, isInNet, …) one call may make: a script that resolves for ever ends here, not at the deadline. */
export const MAX_WAITS = 64;
const FIND = 'scp-preflight find';
// Runs FindProxyForURL and reduces its answer inside QuickJS to plain data of bounded size, so nothing the script
// returns or throws (a 16 MiB string, an object with getters) is copied out or run outside the interrupt handler.
const GLUE = `globalThis[${JSON.stringify(FIND)}] = async function (url, host) {
  var text;
  try {
    var r = await FindProxyForURL(url, host);
    if (typeof r !== 'string') return { type: r === null ? 'null' : typeof r, length: 0, text: '' };
    return { type: 'string', length: r.length, text: r.length > ${TEXT_LIMIT} ? r.slice(0, ${TEXT_LIMIT}) : r };
  } catch (e) {
    try { text = String(e instanceof Error ? e.name + ': ' + e.message : e); } catch (f) { text = 'an error that cannot be printed'; }
    return { type: 'error', length: text.length, text: text.length > ${TEXT_LIMIT} ? text.slice(0, ${TEXT_LIMIT}) : text };
  }
};`;

/** One evaluation's bounds and state; QuickJS code runs for the evaluation in `current` (see `enter`). */
interface Evaluation extends Bounds {
  readonly timeoutMs: number;
  waits: number;
  /** Why the interrupt handler stopped it, for the message. */
  stop: PacFailure | null;
  settle(answer: PacAnswer, zombie?: boolean): void;
  done: boolean;
}

/** A run's budget for one call: the stage timeout, and what stops the run (its signal and its deadline). */
export interface PacBudget {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** `Date.now()` time of the run's deadline: checked by the interrupt handler, where the signal's timer cannot fire. */
  readonly deadlineAt?: number;
}

/**
 * One synchronous stretch of script may block the event loop for at most this long (an eighth of the stage
 * timeout, 50 ms to 1 s): the busiest honest PAC measured here (3000 rules) takes 25 ms a call, and every other
 * probe's timers wait while a script runs.
 */
const sliceMs = (timeoutMs: number): number => Math.min(1000, Math.max(50, timeoutMs / 8));
const now = (): number => performance.now();

/**
 * A compiled PAC script and the QuickJS runtime its calls share. Every entry into QuickJS goes through `enter`,
 * which names the evaluation it runs for, so the interrupt handler stops exactly the call that overran its
 * deadline or slice, or whose run was stopped, and host functions know whose lookup they serve. The runtime is a
 * restored snapshot of the compiled script; after a call fails in a way that may leave it unusable (interrupted while
 * awaiting, memory still held after a collection, a WebAssembly trap) it is retired: calls in flight finish on it,
 * later calls get a fresh restore. Memory is capped per runtime (PAC_MEMORY_BYTES) by the WebAssembly binary itself.
 */
export class PacEngine {
  private current: Evaluation | null = null;
  private active: Promise<Runtime> | null = null;
  #restores = 0;

  private constructor(
    private readonly snapshot: Snapshot,
    private readonly lookup: Lookup,
  ) {}

  /**
   * Compiles the script once and keeps the snapshot. Its top-level code gets the whole stage timeout (it includes
   * degenerator's rewrite, 0.6 s for a 400 KB script here). Throws with the reason on failure.
   */
  static async compile(text: string, label: string, lookup: Lookup, budget: PacBudget): Promise<PacEngine> {
    const start = now();
    const compiling: Bounds = {
      deadline: start + budget.timeoutMs,
      sliceStart: start,
      sliceMs: budget.timeoutMs,
      signal: budget.signal,
      deadlineAt: budget.deadlineAt,
    };
    // Set from the interrupt handler: a property, so TypeScript does not take it for `null` after the try.
    const halt: { stop: PacFailure | null } = { stop: null };
    const vm = await createQuickJs(() => expired(compiling, (why) => (halt.stop ??= why)));
    try {
      // While compiling, waiting functions only need the right shape (degenerator awaits async ones); a top-level
      // call gets a promise that never settles, as it would have no answer before the script is compiled either.
      const sandbox = {
        ...Object.fromEntries(Object.keys(waitingFunctions(lookup)).map((name) => [name, async () => new Promise(() => {})])),
        alert: () => {},
      };
      createPacResolver(vm, `${SCRIPT_PRELUDE}${text}`, { filename: label, sandbox });
      vm.evalCode(GLUE).dispose();
      return new PacEngine(vm.snapshot(), lookup);
    } catch (error) {
      if (halt.stop === 'stopped') throw new Error('the run was stopped while the PAC script was being compiled');
      if (halt.stop !== null) throw new Error(`its top-level code did not finish within ${budget.timeoutMs} ms`);
      const message = thrownText(error);
      throw new Error(
        /out of memory/i.test(message) ? `it ran out of its ${PAC_MEMORY_BYTES / 1024 / 1024} MiB memory budget` : boundText(message),
      );
    } finally {
      vm.dispose();
    }
  }

  /** How many runtimes were restored so far: one, plus one per retirement (evidence for tests and debugging). */
  get restores(): number {
    return this.#restores;
  }

  /** One FindProxyForURL(url, host) call, bounded by `budget`. Never throws. */
  async evaluate(url: string, host: string, budget: PacBudget): Promise<PacAnswer> {
    if (budget.signal.aborted || (budget.deadlineAt !== undefined && Date.now() > budget.deadlineAt)) return stoppedAnswer();
    // Each call starts in a turn of its own, so what arrived while another call ran (a DNS answer) is read first.
    await new Promise((resolve) => setImmediate(resolve));
    let runtime: Runtime;
    try {
      runtime = await this.runtime();
    } catch (error) {
      return { ok: false, kind: 'error', message: `the PAC runtime could not be started (${boundText(thrownText(error))})` };
    }
    const start = now();
    const scope = boundedScope(budget.signal, budget.timeoutMs);
    runtime.inflight += 1;
    return new Promise<PacAnswer>((resolve) => {
      const evaluation: Evaluation = {
        timeoutMs: budget.timeoutMs,
        deadline: start + budget.timeoutMs,
        sliceMs: sliceMs(budget.timeoutMs),
        signal: budget.signal,
        sliceStart: start,
        deadlineAt: budget.deadlineAt,
        waits: 0,
        stop: null,
        done: false,
        settle: (answer, zombie = false) => {
          if (evaluation.done) return;
          evaluation.done = true;
          scope.dispose();
          runtime.inflight -= 1;
          if (!answer.ok && answer.kind !== 'error' && answer.kind !== 'not-a-string') this.checkHealth(runtime, zombie);
          this.release(runtime);
          resolve(answer);
        },
      };
      // The timer covers waits (a lookup that never returns); the interrupt handler covers busy script.
      scope.signal.addEventListener(
        'abort',
        () => evaluation.settle(budget.signal.aborted ? stoppedAnswer() : timedOut(budget.timeoutMs), true),
        { once: true },
      );
      this.enter(runtime, evaluation, () => {
        const { vm } = runtime;
        const args = [vm.newString(url), vm.newString(host)];
        const promise = vm.callFunction(runtime.find, vm.undefined, ...args);
        args.forEach((a) => a.dispose());
        vm.resolvePromise(promise).then(
          (settled) => {
            if (evaluation.done || runtime.disposed) return;
            // Reading the answer may run script (a thrown object's getters): it happens as part of this call too.
            const previous = this.current;
            this.current = evaluation;
            evaluation.sliceStart = now();
            let answer: PacAnswer;
            try {
              promise.dispose();
              answer =
                'value' in settled ? answerOf(vm, settled.value) : { ok: false, kind: 'error', message: errorText(vm, settled.error) };
            } catch {
              answer = { ok: false, kind: 'error', message: 'its answer could not be read' };
            } finally {
              this.current = previous;
            }
            // Stopped while reading (quickjs-wasi's dump may swallow the interruption): the stop is the answer.
            if (evaluation.stop !== null) answer = evaluation.stop === 'stopped' ? stoppedAnswer() : busy(evaluation);
            evaluation.settle(answer);
          },
          () => evaluation.settle({ ok: false, kind: 'error', message: 'the PAC runtime failed' }, true),
        );
      });
    });
  }

  /** The runtime calls share, restored again once the last one was retired. */
  private async runtime(): Promise<Runtime> {
    for (;;) {
      const pending = (this.active ??= this.restore());
      let runtime: Runtime;
      try {
        runtime = await pending;
      } catch (error) {
        if (this.active === pending) this.active = null;
        throw error;
      }
      if (!runtime.retired) return runtime;
      if (this.active === pending) this.active = null;
    }
  }

  /** Runs `fn` (and every job it queues) in QuickJS for `evaluation`; a throw there ends that evaluation only. */
  private enter(runtime: Runtime, evaluation: Evaluation, fn: () => void): void {
    if (runtime.disposed) {
      evaluation.settle({ ok: false, kind: 'error', message: 'the PAC runtime was closed' });
      return;
    }
    const previous = this.current;
    this.current = evaluation;
    evaluation.sliceStart = now();
    let inJob = false;
    try {
      fn();
      inJob = true;
      runtime.vm.executePendingJobs();
    } catch (error) {
      const message = thrownText(error);
      const answer: PacAnswer =
        evaluation.stop === 'stopped'
          ? stoppedAnswer()
          : evaluation.stop === 'timeout'
            ? busy(evaluation)
            : /out of memory/i.test(message)
              ? outOfMemory()
              : { ok: false, kind: 'error', message: boundText(message) };
      // What the interrupted job had queued belongs to it: run it out now, stopped at once, so it never runs as
      // part of another evaluation's next entry.
      if (inJob) this.purge(runtime);
      // Thrown in a job, the script's frames were not unwound; a throw that is not QuickJS's own (a WebAssembly
      // trap) leaves the instance in an unknown state. Either way the runtime is not reused.
      evaluation.settle(answer, inJob || !(error instanceof JSException));
    } finally {
      this.current = previous;
    }
  }

  /** Drains jobs left by a failed evaluation under an evaluation that is already over (interrupted at once). */
  private purge(runtime: Runtime): void {
    const dead: Evaluation = {
      timeoutMs: 0,
      deadline: 0,
      sliceMs: 0,
      signal: new AbortController().signal,
      deadlineAt: 0,
      sliceStart: 0,
      waits: 0,
      stop: null,
      done: true,
      settle: () => {},
    };
    const previous = this.current;
    this.current = dead;
    try {
      for (let i = 0; i < 100; i += 1) {
        try {
          runtime.vm.executePendingJobs();
          break;
        } catch {
          // Each throw removes the job that threw; the next round runs the rest.
        }
      }
    } finally {
      this.current = previous;
    }
    runtime.retired = true;
  }

  /** A fresh runtime from the snapshot, its host functions bound to whichever evaluation is running. */
  private async restore(): Promise<Runtime> {
    this.#restores += 1;
    const runtime = { disposed: false, retired: false, inflight: 0 } as Runtime;
    runtime.vm = await restoreQuickJs(this.snapshot, () => {
      const e = this.current;
      return e !== null && (e.done || expired(e, (stop) => (e.stop ??= stop)));
    });
    const { vm } = runtime;
    for (const [name, fn] of Object.entries(hostFunctions)) {
      vm.registerHostCallback(name, (...args) => toHandle(vm, fn(...args.map((a) => vm.dump(a)))));
    }
    for (const [name, fn] of Object.entries(waitingFunctions(this.lookup))) {
      vm.registerHostCallback(name, (...args) =>
        this.wait(
          runtime,
          fn,
          args.map((a) => vm.dump(a)),
        ),
      );
    }
    runtime.find = vm.evalCode(`globalThis[${JSON.stringify(FIND)}]`);
    return runtime;
  }

  /** A waiting host function: a QuickJS promise, settled in QuickJS for the evaluation that asked, when it still runs. */
  private wait(runtime: Runtime, fn: (...args: unknown[]) => Promise<unknown>, values: unknown[]): JSValueHandle {
    const evaluation = this.current;
    const deferred = runtime.vm.newPromise();
    if (evaluation === null || evaluation.done) return deferred.handle;
    evaluation.waits += 1;
    if (evaluation.waits > MAX_WAITS) {
      evaluation.stop = 'timeout';
      queueMicrotask(() =>
        evaluation.settle(
          { ok: false, kind: 'timeout', message: `the PAC script made more than ${MAX_WAITS} name lookups or waits for one URL` },
          true,
        ),
      );
      return deferred.handle;
    }
    fn(...values).then(
      (value) => {
        if (evaluation.done || runtime.disposed) return;
        this.enter(runtime, evaluation, () => {
          const handle = toHandle(runtime.vm, value);
          deferred.resolve(handle);
          if (typeof value === 'string') handle.dispose();
        });
      },
      () => {
        if (evaluation.done || runtime.disposed) return;
        this.enter(runtime, evaluation, () => deferred.resolve(runtime.vm.null));
      },
    );
    return deferred.handle;
  }

  /**
   * After a call was stopped: a runtime is kept only when it can still allocate a quarter of its memory, as a clean
   * one can (an interrupted script may leave data reachable from its globals; QuickJS's own memory statistics do not
   * see large strings, measured, so the runtime is asked to allocate instead), and when no frames were left behind.
   */
  private checkHealth(runtime: Runtime, zombie: boolean): void {
    if (runtime.retired || runtime.disposed) return;
    if (zombie) {
      runtime.retired = true;
      return;
    }
    const start = now();
    const probe: Evaluation = {
      timeoutMs: 200,
      deadline: start + 200,
      sliceMs: 200,
      signal: new AbortController().signal,
      deadlineAt: undefined,
      sliceStart: start,
      waits: 0,
      stop: null,
      done: false,
      settle: () => {},
    };
    const previous = this.current;
    this.current = probe;
    try {
      runtime.vm.runGC();
      runtime.vm.evalCode(`new ArrayBuffer(${PAC_MEMORY_BYTES / 4}).byteLength`).dispose();
      runtime.vm.runGC();
    } catch {
      runtime.retired = true;
    } finally {
      this.current = previous;
    }
  }

  /** Frees a retired runtime once its last call is done (later calls get a fresh one, see `runtime`). */
  private release(runtime: Runtime): void {
    if (!runtime.retired || runtime.inflight > 0 || runtime.disposed) return;
    runtime.disposed = true;
    runtime.vm.dispose();
  }
}

interface Runtime {
  vm: QuickJS;
  find: JSValueHandle;
  inflight: number;
  retired: boolean;
  disposed: boolean;
}

/** What the interrupt handler checks: the call's deadline and slice, and the run's signal and deadline. */
interface Bounds {
  readonly deadline: number;
  readonly sliceMs: number;
  readonly signal: AbortSignal;
  readonly deadlineAt: number | undefined;
  sliceStart: number;
}

/** Whether an evaluation must stop now, and why: checked by QuickJS's interrupt handler, so it works mid-loop. */
function expired(e: Bounds, why: (stop: PacFailure) => void = () => {}): boolean {
  const t = now();
  if (e.signal.aborted || (e.deadlineAt !== undefined && Date.now() > e.deadlineAt)) return (why('stopped'), true);
  if (t > e.deadline || t - e.sliceStart > e.sliceMs) return (why('timeout'), true);
  return false;
}

function answerOf(vm: QuickJS, handle: JSValueHandle): PacAnswer {
  const value = vm.dump(handle) as { type?: unknown; length?: unknown; text?: unknown } | null;
  handle.dispose();
  const text = typeof value?.text === 'string' ? boundText(value.text) : '';
  const length = typeof value?.length === 'number' ? value.length : text.length;
  if (value?.type === 'string') return { ok: true, text, length };
  if (value?.type === 'error')
    return /^InternalError: out of memory/.test(text) ? outOfMemory() : { ok: false, kind: 'error', message: text };
  return { ok: false, kind: 'not-a-string', message: `FindProxyForURL returned ${boundText(String(value?.type), 20)}, not a proxy list` };
}

/** The rejection's text; reading it may run script, so the caller runs this as part of the call (and catches). */
function errorText(vm: QuickJS, handle: JSValueHandle): string {
  try {
    const dumped = vm.dump(handle);
    return boundText(dumped instanceof Error ? `${dumped.name}: ${dumped.message}` : String(dumped));
  } finally {
    handle.dispose();
  }
}

function toHandle(vm: QuickJS, value: unknown): JSValueHandle {
  if (typeof value === 'string') return vm.newString(value);
  if (typeof value === 'boolean') return value ? vm.true : vm.false;
  if (typeof value === 'number') return vm.newNumber(value);
  return value === null ? vm.null : vm.undefined;
}

const stoppedAnswer = (): PacAnswer => ({ ok: false, kind: 'stopped', message: 'the run was stopped while the PAC script ran' });
const timedOut = (ms: number): PacAnswer => ({ ok: false, kind: 'timeout', message: `FindProxyForURL did not return within ${ms} ms` });
const outOfMemory = (): PacAnswer => ({
  ok: false,
  kind: 'memory',
  message: `FindProxyForURL ran out of its ${PAC_MEMORY_BYTES / 1024 / 1024} MiB memory budget`,
});
const busy = (e: Evaluation): PacAnswer => ({
  ok: false,
  kind: 'timeout',
  message:
    now() > e.deadline
      ? `FindProxyForURL did not return within ${e.timeoutMs} ms`
      : `FindProxyForURL ran without pause for more than ${Math.round(e.sliceMs)} ms (an endless loop?)`,
});

/** What was thrown, as text: an Error's message, else the value itself (a host callback may throw anything). */
function thrownText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
