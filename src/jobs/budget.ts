// A run's time budget: stop taking new work well inside Apps Script's 6-minute limit.

/** Apps Script stops an execution at 6 minutes; reading stops at 4, leaving time to write and label. */
export const DEFAULT_BUDGET_MS = 4 * 60 * 1000;

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
}
