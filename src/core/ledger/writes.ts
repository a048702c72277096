// Turns a capture plan into as few rectangular writes as possible, none of them touching a user column.
import type { HeaderMap } from "./headers";
import type { LeadKey } from "./columns";
import { cellFor, type CellValue } from "./literal";
import type { LeadRecord } from "./record";

export interface BlockWrite {
  /** 1-based sheet row and column of the top-left cell. */
  row: number;
  column: number;
  values: CellValue[][];
  /**
   * Cells inside the block that capture does not change, as [rowOffset, columnOffset]: the writer puts back
   * exactly what is there (the formula if the cell has one), so nothing the user typed changes.
   */
  keep: [number, number][];
}

/** Runs of adjacent columns that are all ours (user columns split them). */
function segments(map: HeaderMap<LeadKey>): [number, number][] {
  const ours = Object.values(map.index as Record<string, number>).sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of ours) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/**
 * The blocks to write: per run of our columns, one block from the first changed row to the last new row,
 * spanning the changed columns. `values` are the rows as read (row 0 = header); new rows go below them.
 */
export function planWrites(
  map: HeaderMap<LeadKey>,
  values: readonly (readonly unknown[])[],
  changes: ReadonlyMap<number, LeadRecord>,
  newRecords: readonly LeadRecord[],
  /** Columns whose cells are formatted as plain text (setup records them). */
  plainText: ReadonlySet<string> = new Set(),
): BlockWrite[] {
  const keyAt = new Map<number, LeadKey>();
  for (const [k, i] of Object.entries(map.index) as [LeadKey, number][]) keyAt.set(i, k);
  const cell = (r: number, c: number): { changed: boolean; value: CellValue } => {
    const key = keyAt.get(c)!;
    if (r >= values.length) {
      const v = newRecords[r - values.length][key];
      return { changed: true, value: v === undefined ? "" : v };
    }
    const ch = changes.get(r);
    if (ch && key in ch) return { changed: true, value: ch[key] as CellValue };
    const v = values[r][c];
    return { changed: false, value: v === null || v === undefined ? "" : (v as CellValue) };
  };
  const rowsChanged = [...changes.keys()].filter((r) => r >= 1 && Object.keys(changes.get(r)!).length > 0);
  for (let i = 0; i < newRecords.length; i++) rowsChanged.push(values.length + i);
  if (!rowsChanged.length) return [];
  const top = Math.min(...rowsChanged);
  const bottom = Math.max(...rowsChanged);
  const blocks: BlockWrite[] = [];
  for (const [from, to] of segments(map)) {
    let left = Infinity;
    let right = -Infinity;
    for (const r of rowsChanged)
      for (let c = from; c <= to; c++)
        if (cell(r, c).changed) {
          left = Math.min(left, c);
          right = Math.max(right, c);
        }
    if (left > right) continue;
    const block: BlockWrite = { row: top + 1, column: left + 1, values: [], keep: [] };
    for (let r = top; r <= bottom; r++) {
      const line: CellValue[] = [];
      for (let c = left; c <= right; c++) {
        const { changed, value } = cell(r, c);
        if (!changed) block.keep.push([r - top, c - left]);
        line.push(cellFor(value, plainText.has(keyAt.get(c)!)));
      }
      block.values.push(line);
    }
    blocks.push(block);
  }
  return blocks;
}

/** Puts the formulas back into the kept cells of a block (formulas as getFormulas returned them). */
export function withKeptFormulas(block: BlockWrite, formulas: readonly (readonly string[])[]): CellValue[][] {
  const out = block.values.map((r) => r.slice());
  for (const [r, c] of block.keep) {
    const f = formulas[r]?.[c];
    if (f) out[r][c] = f;
  }
  return out;
}
