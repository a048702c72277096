// A sandbox for ledger tests: a fixed clock, helpers to deliver lead mail and read the tabs back.
import { Sandbox } from "../../sandbox/index";
import { deliverLeadMail, execution } from "../../sandbox/cli/run-jobs";
import { forwardedInquiry, person } from "../../sandbox/testing/lead-mail";

export function ledgerSandbox(): Sandbox {
  const sb = new Sandbox({ now: new Date("2026-11-30T15:00:00Z"), clockFollowsRealTime: false });
  return sb;
}

/** Delivers inquiries from people `ids` (message numbers continue from `from`). */
export function deliverInquiries(sb: Sandbox, ids: number[], from = 0): void {
  ids.forEach((id, k) => deliverLeadMail(sb, forwardedInquiry(person(id), sb.user, from + k)));
}

/** A tab's values as read by a script (outside the counts that matter: counts are reset after). */
export function tab(sb: Sandbox, name: string, what: "values" | "formulas" = "values"): unknown[][] {
  const before = { ...sb.kernel.calls };
  const total = sb.kernel.totalCalls;
  const out = execution(sb, () => {
    const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName(name);
    if (!sheet) return [];
    const range = sheet.getDataRange();
    return what === "values" ? range.getValues() : range.getFormulas();
  });
  for (const k of Object.keys(sb.kernel.calls)) delete sb.kernel.calls[k];
  Object.assign(sb.kernel.calls, before);
  sb.kernel.totalCalls = total;
  return out;
}

/** Rows of a tab as objects keyed by header text. */
export function records(sb: Sandbox, name: string): Record<string, unknown>[] {
  const [header, ...rows] = tab(sb, name);
  return (rows ?? []).map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i]])));
}

/** Each data row's cell under `header` as [text, link] (a rich-text hyperlink), read outside the counts. */
export function links(sb: Sandbox, name: string, header: string): [string, string | null][] {
  const calls = { ...sb.kernel.calls };
  const total = sb.kernel.totalCalls;
  const out = execution(sb, () => {
    const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName(name)!;
    const range = sheet.getDataRange();
    const col = (range.getValues()[0] ?? []).indexOf(header);
    if (col < 0 || range.getNumRows() < 2) return [];
    return sheet
      .getRange(2, col + 1, range.getNumRows() - 1, 1)
      .getRichTextValues()
      .map(([r]) => [r?.getText() ?? "", r?.getLinkUrl() ?? null] as [string, string | null]);
  });
  for (const k of Object.keys(sb.kernel.calls)) delete sb.kernel.calls[k];
  Object.assign(sb.kernel.calls, calls);
  sb.kernel.totalCalls = total;
  return out;
}
