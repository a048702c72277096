// The sandbox kernel: call counting, injected faults, quotas, the virtual clock and persisted state.

/** Google's own wording for the failures the sandbox can inject. */
export const GOOGLE_ERRORS = {
  timeout: "Exceeded maximum execution time",
  unavailable: "Service unavailable: Docs",
  quota: (service: string) => `Service invoked too many times for one day: ${service}.`,
  lock: "Lock timeout: another process was holding the lock for too long.",
} as const;

/** The host's clock, captured before any execution installs the sandbox's virtual `Date`. */
const realNow = Date.now.bind(Date);

/** Thrown for every Apps Script member the sandbox does not implement: loud, never a silent undefined. */
export class NotImplementedError extends Error {
  constructor(what: string) {
    super(`${what} is not implemented in the sandbox`);
    this.name = "NotImplementedError";
  }
}

export function notImplemented(what: string): never {
  throw new NotImplementedError(what);
}

export interface Fault {
  /** "SpreadsheetApp.Range.setValues"; omitted = any method. */
  method?: string;
  /** 1-based: the N-th matching call fails (counted from when the fault was injected). */
  nth: number;
  message: string;
  /** Stop the execution after this fault: every later call fails too (as a cut-off execution). */
  fatal?: boolean;
}

/** Modelled round-trip latency of one call, in ms; used by the virtual clock and the benchmarks. */
export type LatencyModel = (method: string) => number;

interface ArmedFault extends Fault {
  seen: number;
}

/**
 * One Kernel per sandboxed Google account. Every fake method starts with `kernel.call("Svc.Type.method")`,
 * which counts it, advances the virtual clock and throws any fault or quota error that is due.
 */
export class Kernel {
  readonly calls: Record<string, number> = {};
  totalCalls = 0;
  private faults: ArmedFault[] = [];
  private hooks: { nth: number; run: () => void }[] = [];
  private executionHooks: (() => void)[] = [];
  private dead: string | null = null;
  private quotas = new Map<string, { limit: number; used: number; service: string }>();
  latency: LatencyModel | null = null;
  /** Virtual time in ms since epoch; advances with modelled latency. */
  private clockMs: number;
  private realStart = realNow();
  /** Virtual time (ms) at which the running execution is cut off (a card callback's limit), or null. */
  private deadline: number | null = null;
  readonly clockFollowsRealTime: boolean;
  /** Service state, persisted by save()/load(): each fake keeps its data here as plain JSON values. */
  state: Record<string, unknown> = {};

  constructor(opts: { now?: Date; clockFollowsRealTime?: boolean } = {}) {
    this.clockMs = (opts.now ?? new Date()).getTime();
    this.clockFollowsRealTime = opts.clockFollowsRealTime ?? true;
  }

  call(method: string): void {
    if (this.dead) throw new Error(this.dead);
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    this.totalCalls++;
    if (this.latency) this.clockMs += this.latency(method);
    if (this.deadline !== null && this.now().getTime() > this.deadline) {
      // Google stops the execution: this call and every later one fail, as with any cut-off run.
      this.deadline = null;
      this.dead = GOOGLE_ERRORS.timeout;
      throw new Error(GOOGLE_ERRORS.timeout);
    }
    const due = this.hooks.filter((h) => h.nth === this.totalCalls);
    if (due.length) {
      this.hooks = this.hooks.filter((h) => !due.includes(h));
      for (const h of due) h.run();
    }
    for (const f of this.faults) {
      if (f.method && f.method !== method) continue;
      f.seen++;
      if (f.seen === f.nth) {
        this.faults = this.faults.filter((x) => x !== f);
        if (f.fatal) this.dead = f.message;
        throw new Error(f.message);
      }
    }
    for (const [key, q] of this.quotas) {
      if (key !== method && !method.startsWith(key + ".")) continue;
      if (q.used >= q.limit) throw new Error(GOOGLE_ERRORS.quota(q.service));
      q.used++;
    }
  }

  injectFault(fault: Fault): void {
    this.faults.push({ ...fault, seen: 0 });
  }

  /** Runs `run` during the N-th call from now (e.g. a second, overlapping execution). */
  at(nthCallFromNow: number, run: () => void): void {
    this.hooks.push({ nth: this.totalCalls + nthCallFromNow, run });
  }

  clearFaults(): void {
    this.faults = [];
    this.dead = null;
  }

  /** A new execution (trigger run): faults that cut off the last one no longer apply; services reset per-run state. */
  newExecution(): void {
    this.dead = null;
    for (const hook of this.executionHooks) hook();
  }

  /** Runs `hook` whenever an execution ends and the next begins (e.g. LockService releases the run's locks). */
  onNewExecution(hook: () => void): void {
    this.executionHooks.push(hook);
  }

  /** A daily limit on a method, or on every method under a prefix ("GmailApp" covers GmailApp.*). */
  setQuota(method: string, limit: number, service = method.split(".")[0]): void {
    this.quotas.set(method, { limit, used: 0, service });
  }

  quotaLeft(method: string): number {
    const q = this.quotas.get(method);
    return q ? q.limit - q.used : Infinity;
  }

  resetCounts(): void {
    for (const k of Object.keys(this.calls)) delete this.calls[k];
    this.totalCalls = 0;
  }

  countOf(prefix: string): number {
    let n = 0;
    for (const [k, v] of Object.entries(this.calls)) if (k === prefix || k.startsWith(prefix + ".")) n += v;
    return n;
  }

  now(): Date {
    const real = this.clockFollowsRealTime ? realNow() - this.realStart : 0;
    return new Date(this.clockMs + real);
  }

  setNow(d: Date): void {
    this.clockMs = d.getTime();
    this.realStart = realNow();
  }

  /** Cuts the running execution off once the virtual clock passes `atMs` (null: no limit but the usual). */
  setDeadline(atMs: number | null): void {
    this.deadline = atMs;
  }

  advance(ms: number): void {
    this.clockMs += ms;
  }

  /** The kernel's slice of state for one service, created on first use. */
  slice<T>(key: string, init: () => T): T {
    if (!(key in this.state)) this.state[key] = init();
    return this.state[key] as T;
  }
}

/** JSON with Dates and byte arrays kept: what save() writes and load() reads. */
export function encodeState(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (raw instanceof Uint8Array) return { $bytes: toBase64(raw) };
    return v;
  });
}

export function decodeState(text: string): unknown {
  return JSON.parse(text, (_k, v) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      if (typeof v.$date === "string" && Object.keys(v).length === 1) return new Date(v.$date);
      if (typeof v.$bytes === "string" && Object.keys(v).length === 1) return fromBase64(v.$bytes);
    }
    return v;
  });
}

function toBase64(bytes: Uint8Array): string {
  return globalThis.Buffer.from(bytes).toString("base64");
}

function fromBase64(b64: string): Uint8Array {
  return new Uint8Array(globalThis.Buffer.from(b64, "base64"));
}
