// The `Date` global an execution sees: `new Date()` and `Date.now()` read the sandbox's virtual clock, as Apps
// Script code reads Google's; every other use is the host's own Date, and its instances are ordinary Dates.

/** The host's Date, taken when this module loads (before any execution replaces the global). */
const Real = Date;

export function virtualDate(nowMs: () => number): DateConstructor {
  function VirtualDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new Real(nowMs()).toString();
    return args.length ? new (Real as unknown as new (...a: unknown[]) => Date)(...args) : new Real(nowMs());
  }
  Object.defineProperties(VirtualDate, {
    prototype: { value: Real.prototype },
    now: { value: () => nowMs() },
    parse: { value: Real.parse },
    UTC: { value: Real.UTC },
    // A Date made before the execution (or by the host) is still `instanceof Date`.
    [Symbol.hasInstance]: { value: (x: unknown) => x instanceof Real },
  });
  return VirtualDate as unknown as DateConstructor;
}
