// A run's time budget: stop taking new work well inside Apps Script's 6-minute limit.

/** Apps Script stops an execution at 6 minutes; reading stops at 4, leaving time to write and label. */
export const DEFAULT_BUDGET_MS = 4 * 60 * 1000;

/**
 * A card callback (a button in the add-on) is stopped by Google after about 30 s. Work starts only while it
 * fits in 18 s, leaving room for the ledger write (lock, one read, one write: about 3 s) and the answer.
 */
export const CARD_BUDGET_MS = 18_000;
/** The longest a card waits for the ledger lock before answering "busy". */
export const CARD_LOCK_WAIT_MS = 2_000;
/** One photo through Drive's OCR (convert, open the Doc, delete it): about 5 s; a photo starts only with this left. */
export const OCR_ITEM_MS = 6_000;

export class Budget {
  private readonly start: number;

  constructor(
    private readonly now: () => Date,
    private readonly ms = DEFAULT_BUDGET_MS,
  ) {
    this.start = now().getTime();
  }

  get elapsedMs(): number {
    return this.now().getTime() - this.start;
  }

  /** True while there is time left for another unit of work. */
  get left(): boolean {
    return this.elapsedMs < this.ms;
  }

  /** True when a unit of work expected to take `ms` still ends inside the budget. */
  hasRoomFor(ms: number): boolean {
    return this.elapsedMs + ms <= this.ms;
  }
}
