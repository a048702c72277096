// A set-up ledger with fictional leads typed straight into Leads (no capture run): the start of the
// follow-up tests and of the follow-ups benchmark.
import { Sandbox } from "../index";
import { execution, runSetup } from "../cli/run-jobs";
import { person } from "./lead-mail";
import { LEAD_COLUMNS, TAB_NAMES } from "../../src/core/ledger/columns";

export const START = new Date("2026-12-07T14:00:00Z"); // Monday 09:00 in Toronto

export interface SeedLead {
  followUp?: string;
  stage?: string;
  lostOn?: string;
  notes?: string;
}

/** Set up, then `leads` rows written in one go (L-0001 …), follow-ups from Dec 8 on unless given. */
export function followUpSandbox(
  leads: number | SeedLead[],
  opts: { deployment?: "addon" | "bound" } = {},
): Sandbox {
  const sb = new Sandbox({ now: START, clockFollowsRealTime: false, deployment: opts.deployment });
  sb.script.setTimeZone("America/Toronto");
  runSetup(sb);
  const list: SeedLead[] = typeof leads === "number" ? Array.from({ length: leads }, () => ({})) : leads;
  if (list.length) seedLeads(sb, list);
  sb.kernel.resetCounts();
  return sb;
}

function seedLeads(sb: Sandbox, list: SeedLead[]): void {
  execution(sb, () => {
    const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName(TAB_NAMES.leads)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const col = (key: string) => header.indexOf(LEAD_COLUMNS.find((c) => c.key === key)!.header);
    const rows = list.map((l, i) => {
      const p = person(i);
      const row: unknown[] = header.map(() => "");
      row[col("leadId")] = `L-${String(i + 1).padStart(4, "0")}`;
      row[col("captured")] = new Date("2026-12-01T15:00:00Z");
      row[col("name")] = `${p.first} ${p.last}`;
      row[col("company")] = p.company;
      row[col("email")] = p.email;
      row[col("phone")] = p.phone;
      row[col("stage")] = l.stage ?? "New";
      row[col("lostOn")] = l.lostOn ?? "";
      row[col("nextFollowUp")] = l.followUp ?? `2026-12-${String(8 + (i % 20)).padStart(2, "0")}`;
      row[col("notes")] = l.notes ?? "2026-12-01: captured from email";
      row[col("origin")] = `https://mail.google.com/mail/u/0/#all/${(0x1000 + i).toString(16)}`;
      return row;
    });
    if (sheet.getMaxRows() < rows.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length);
    sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
  });
}
