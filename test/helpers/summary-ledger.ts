// Leads rows for Summary tests and benchmarks: records written under the Leads header in one call.
import type { Sandbox } from "../../sandbox/index";
import { execution } from "../../sandbox/cli/run-jobs";
import { LEAD_COLUMNS, type LeadKey } from "../../src/core/ledger/columns";
import { mapHeaders } from "../../src/core/ledger/headers";
import { recordToRow, type LeadRecord } from "../../src/core/ledger/record";
import { cellFor } from "../../src/core/ledger/literal";

/** Appends `records` below the Leads rows (values from outside written literally, as capture would). */
export function putLeads(sb: Sandbox, records: readonly LeadRecord[]): void {
  execution(sb, () => {
    const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Leads")!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const map = mapHeaders<LeadKey>(header, LEAD_COLUMNS);
    const start = sheet.getLastRow() + 1;
    const plain = sheet
      .getRange(2, 1, 1, header.length)
      .getNumberFormats()[0]
      .map((f) => f === "@");
    const rows = records.map((r) => recordToRow(r, map).map((v, i) => cellFor(v, plain[i])));
    if (sheet.getMaxRows() < start + rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 10);
    sheet.getRange(start, 1, rows.length, header.length).setValues(rows);
  });
}

const KINDS = [
  "Referral: Jane Doe",
  "Business card",
  "Trade show: Expo Nord",
  "Website",
  "Inbound email",
  "Quick add",
  "",
];

/** `n` fictional leads over the 16 weeks before `now`, stages spread so that every chart has something in it. */
export function generatedLeads(n: number, now: Date): LeadRecord[] {
  const day = 86400000;
  const out: LeadRecord[] = [];
  for (let i = 0; i < n; i++) {
    const captured = new Date(now.getTime() - ((i * 7919) % (112 * 24)) * 3600000 - day);
    const progress = (i * 31) % 10; // 0–9: how far it got
    const at = (d: number) => new Date(Math.min(now.getTime() - day / 2, captured.getTime() + d * day));
    out.push({
      leadId: `L-${String(i + 1).padStart(5, "0")}`,
      name: `Test Person ${i + 1}`,
      captured,
      source: KINDS[i % KINDS.length],
      stage: [
        "New",
        "Contacted",
        "Contacted",
        "Appointment",
        "Appointment",
        "Proposal",
        "Proposal",
        "Won",
        "Lost",
        "Lost",
      ][progress],
      contactedOn: progress >= 1 ? at(1 + (i % 3)) : "",
      appointmentOn: progress >= 3 && progress < 8 ? at(5) : progress === 7 ? at(5) : "",
      proposalOn: progress >= 5 && progress <= 7 ? at(9) : "",
      wonOn: progress === 7 ? at(14) : "",
      lostOn: progress >= 8 ? at(10) : "",
      lostReason: progress >= 8 ? ["budget", "timing", "chose a competitor"][i % 3] : "",
      nextFollowUp: progress < 7 && i % 4 ? at(20) : "",
    });
  }
  return out;
}
