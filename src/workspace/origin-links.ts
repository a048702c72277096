// Origin cells as links: the label ("email" / "photo") as plain rich text with the link on it, in one call for
// the rows a capture added. Rich text is never read as a formula, whatever it holds.
import { originLabel } from "../core/ledger/origin";

export function linkOrigins(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number | undefined,
  firstRow: number,
  urls: readonly string[],
): void {
  if (column === undefined || !urls.some((u) => originLabel(u))) return;
  const cells = urls.map((url) => {
    const label = originLabel(url);
    const rich = SpreadsheetApp.newRichTextValue().setText(label ?? url);
    return [(label ? rich.setLinkUrl(url) : rich).build()];
  });
  sheet.getRange(firstRow, column, urls.length, 1).setRichTextValues(cells);
}
