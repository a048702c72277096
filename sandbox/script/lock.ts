// LockService: script, user and document locks shared by overlapping executions; waiting spends sandbox time.
import { GOOGLE_ERRORS, type Kernel } from "../kernel";
import { strict } from "../strict";

type GLock = GoogleAppsScript.Lock.Lock;

/** Who holds each lock: an execution id, with the virtual time at which another run lets go (if it will). */
interface Holder {
  execution: number;
  releaseAt: number | null;
}

export interface LockRuntime {
  /** The execution whose code is running now. */
  execution: number;
  nextExecution: number;
  held: Map<string, Holder>;
}

const runtimes = new WeakMap<Kernel, LockRuntime>();

export function lockRuntime(kernel: Kernel): LockRuntime {
  let rt = runtimes.get(kernel);
  if (!rt) {
    const fresh: LockRuntime = { execution: 1, nextExecution: 2, held: new Map() };
    runtimes.set(kernel, (rt = fresh));
    // Apps Script releases an execution's locks when it ends.
    kernel.onNewExecution(() => {
      releaseExecutionLocks(kernel, fresh.execution);
      fresh.execution = fresh.nextExecution++;
    });
  }
  return rt;
}

/** Releases every lock an execution holds (Apps Script does when the execution ends). */
export function releaseExecutionLocks(kernel: Kernel, execution = lockRuntime(kernel).execution): void {
  const rt = lockRuntime(kernel);
  for (const [name, h] of rt.held) if (h.execution === execution) rt.held.delete(name);
}

function makeLock(kernel: Kernel, name: string): GLock {
  const rt = lockRuntime(kernel);
  const mine = rt.execution;
  const call = (m: string): void => kernel.call(`LockService.Lock.${m}`);
  /** Takes the lock if it is free or freed within `ms` (advancing the clock by the time waited). */
  const acquire = (ms: number): boolean => {
    const holder = rt.held.get(name);
    const now = kernel.now().getTime();
    if (holder && holder.execution !== mine) {
      if (holder.releaseAt === null || holder.releaseAt > now + ms) {
        kernel.advance(ms);
        return false;
      }
      kernel.advance(Math.max(0, holder.releaseAt - now));
    }
    rt.held.set(name, { execution: mine, releaseAt: null });
    return true;
  };
  return strict(
    {
      tryLock: (timeoutInMillis: number) => (call("tryLock"), acquire(timeoutInMillis)),
      waitLock: (timeoutInMillis: number) => {
        call("waitLock");
        if (!acquire(timeoutInMillis)) throw new Error(GOOGLE_ERRORS.lock);
      },
      hasLock: () => (call("hasLock"), rt.held.get(name)?.execution === mine),
      releaseLock: () => {
        call("releaseLock");
        if (rt.held.get(name)?.execution === mine) rt.held.delete(name);
      },
    },
    "lock",
    "Lock",
    "LockService.Lock",
  ) as unknown as GLock;
}

export function createLockService(
  kernel: Kernel,
  user: string,
  /** The bound document's id, or null where the script has none (an add-on, a standalone script). */
  document: () => string | null,
): GoogleAppsScript.Lock.LockService {
  const call = (m: string): void => kernel.call(`LockService.${m}`);
  return strict(
    {
      getScriptLock: () => (call("getScriptLock"), makeLock(kernel, "script")),
      getUserLock: () => (call("getUserLock"), makeLock(kernel, `user:${user}`)),
      // Google returns null when the script is not bound to a document.
      getDocumentLock: () => {
        call("getDocumentLock");
        const id = document();
        return id === null ? null : makeLock(kernel, `document:${id}`);
      },
    },
    "lock",
    "LockService",
    "LockService",
  ) as unknown as GoogleAppsScript.Lock.LockService;
}
