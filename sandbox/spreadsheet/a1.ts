// A1 notation: column letters, cell and range references ('Sheet name'!A1:B9, A:A, 2:5), both directions.

export interface GridRef {
  sheet?: string;
  /** 1-based, inclusive. A whole column (A:A) has row 1 and endRow = null (to the sheet's last row). */
  row: number;
  col: number;
  endRow: number | null;
  endCol: number | null;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Parses "A1", "A1:C9", "A:A", "B2:B", "3:5", "'My tab'!A1:B2"; returns null when it is not A1 notation. */
export function parseA1(text: string): GridRef | null {
  let sheet: string | undefined;
  let ref = text.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b] = ref.split(":");
  const p = CELL.exec(a ?? "");
  if (!p || (!p[1] && !p[2])) return null;
  const row = p[2] ? Number(p[2]) : 1;
  const col = p[1] ? columnNumber(p[1]) : 1;
  if (b === undefined) {
    if (!p[1] || !p[2]) return null;
    return { sheet, row, col, endRow: row, endCol: col };
  }
  const q = CELL.exec(b);
  if (!q || (!q[1] && !q[2])) return null;
  const endRow = q[2] ? Number(q[2]) : null;
  const endCol = q[1] ? columnNumber(q[1]) : null;
  if (row < 1 || col < 1) return null;
  return { sheet, row: p[2] ? row : 1, col: p[1] ? col : 1, endRow, endCol };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}
