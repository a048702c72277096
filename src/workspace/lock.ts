// One lock for every job that writes the ledger: the document lock of a bound sheet, else the user's own lock.
//
// `LockService.getScriptLock()` is shared by every user of a published add-on, so one customer's 4-minute
// capture would make every other customer's card "busy". A bound script has a document (its ledger): its
// lock serialises every run on that sheet, whoever runs it. An add-on (or a standalone script) has none in a
// timed trigger, so it takes the user lock: each user's ledger is theirs alone.

export type LockResult<T> = { locked: true; value: T } | { locked: false };

/** The lock jobs share: the bound document's when there is one, the user's otherwise. */
export function ledgerLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getUserLock();
}

/** Runs `fn` holding the ledger lock; when the lock is not had within `waitMs`, `fn` does not run at all. */
export function withLock<T>(waitMs: number, fn: () => T): LockResult<T> {
  const lock = ledgerLock();
  if (!lock.tryLock(waitMs)) return { locked: false };
  try {
    return { locked: true, value: fn() };
  } finally {
    lock.releaseLock();
  }
}
