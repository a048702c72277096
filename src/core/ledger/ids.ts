// Lead IDs: L-0001, L-0002, …; never reused, even after the last rows were deleted.

const ID_RE = /^L-(\d+)$/i;

export function leadIdNumber(id: unknown): number {
  const m = ID_RE.exec(String(id ?? "").trim());
  return m ? Number(m[1]) : 0;
}

export function formatLeadId(n: number): string {
  return `L-${String(n).padStart(4, "0")}`;
}

/**
 * Hands out ids above both the highest id in the sheet and the highest ever issued (kept by the caller in
 * script properties), so an id freed by deleting a row is never given to another person.
 */
export class LeadIdAllocator {
  private last: number;

  constructor(existingIds: Iterable<unknown>, highestIssued: number) {
    let max = Number.isFinite(highestIssued) ? highestIssued : 0;
    for (const id of existingIds) max = Math.max(max, leadIdNumber(id));
    this.last = max;
  }

  next(): string {
    this.last++;
    return formatLeadId(this.last);
  }

  /** The highest id handed out so far: what the caller stores before writing the rows. */
  get highest(): number {
    return this.last;
  }
}
