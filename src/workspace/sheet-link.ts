// Links that open the ledger at a lead's row (the card after a save, and any job that points at a lead).

/** `spreadsheetUrl` opened on the tab `sheetId` (its gid) with row `row` selected. */
export function rowLink(spreadsheetUrl: string, sheetId: number, row: number): string {
  const base = spreadsheetUrl.replace(/#.*$/, "").replace(/\/(edit|view)?(\?[^#]*)?$/, "");
  return `${base}/edit#gid=${sheetId}&range=A${row}`;
}
