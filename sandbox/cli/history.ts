// `lead-ledger run --history FILE`: fictional past leads (examples/history/leads.json) added once, by Lead ID,
// dated relative to the run's clock, so a new workspace's Summary has weeks of numbers and charts.
import fs from "node:fs";
import type { Sandbox } from "../index";
import { execution } from "./run-jobs";
import { LEAD_COLUMNS, TAB_NAMES, type LeadKey } from "../../src/core/ledger/columns";
import { mapHeaders } from "../../src/core/ledger/headers";
import { recordToRow, type LeadRecord } from "../../src/core/ledger/record";
import { cellFor } from "../../src/core/ledger/literal";
import { midnightInZone, ymdInZone } from "../../src/core/ledger/dates";
import { addDays } from "../../src/core/summary/day";

interface HistoryLead {
  id: string;
  name: string;
  company?: string;
  email?: string;
  phone?: string;
  source?: string;
  stage: string;
  capturedDaysAgo: number;
  hour?: number;
  contactedAfter?: number;
  appointmentAfter?: number;
  proposalAfter?: number;
  wonAfter?: number;
  lostAfter?: number;
  repliedAfter?: number;
  lostReason?: string;
  nextFollowUpIn?: number;
  nurtureStep?: number;
  tags?: string;
}

/** The record of one history lead, its dates counted from `today` (YYYY-MM-DD) in `tz`. */
function toRecord(h: HistoryLead, today: string, tz: string): LeadRecord {
  const capturedDay = addDays(today, -h.capturedDaysAgo);
  const day = (after: number | undefined) => {
    if (after === undefined) return "";
    const d = addDays(capturedDay, after);
    return midnightInZone(d > today ? today : d, tz);
  };
  const stageDates = [
    h.contactedAfter,
    h.appointmentAfter,
    h.proposalAfter,
    h.wonAfter,
    h.lostAfter,
    h.repliedAfter,
  ];
  const last = Math.max(0, ...stageDates.filter((x): x is number => x !== undefined));
  return {
    leadId: h.id,
    captured: new Date(midnightInZone(capturedDay, tz).getTime() + (h.hour ?? 10) * 3600000),
    name: h.name,
    company: h.company ?? "",
    email: h.email ?? "",
    phone: h.phone ?? "",
    source: h.source ?? "",
    stage: h.stage,
    contactedOn: day(h.contactedAfter),
    appointmentOn: day(h.appointmentAfter),
    proposalOn: day(h.proposalAfter),
    wonOn: day(h.wonAfter),
    lostOn: day(h.lostAfter),
    lostReason: h.lostReason ?? "",
    tags: h.tags ?? "",
    nextFollowUp: h.nextFollowUpIn === undefined ? "" : midnightInZone(addDays(today, h.nextFollowUpIn), tz),
    lastActivity: day(last),
    nurtureStep: h.nurtureStep ?? "",
    notes: "Example history (fictional)",
  };
}

/** Appends the leads of `file` that the ledger does not have yet; returns how many were added. */
export function importHistory(sandbox: Sandbox, file: string): number {
  const doc = JSON.parse(fs.readFileSync(file, "utf8")) as { leads: HistoryLead[] };
  return execution(sandbox, () => {
    const ss = SpreadsheetApp.openById(sandbox.sheets.activeId());
    const sheet = ss.getSheetByName(TAB_NAMES.leads);
    if (!sheet) throw new Error("--history needs a set-up ledger");
    const values = sheet.getDataRange().getValues();
    const map = mapHeaders<LeadKey>(values[0], LEAD_COLUMNS);
    const have = new Set(values.slice(1).map((r) => String(r[map.index.leadId ?? 0])));
    const tz = ss.getSpreadsheetTimeZone();
    const today = ymdInZone(sandbox.kernel.now(), tz);
    const plain = sheet
      .getRange(2, 1, 1, values[0].length)
      .getNumberFormats()[0]
      .map((f) => f === "@");
    const rows = doc.leads
      .filter((h) => !have.has(h.id))
      .map((h) => recordToRow(toRecord(h, today, tz), map).map((v, i) => cellFor(v, plain[i])));
    if (!rows.length) return 0;
    const start = sheet.getLastRow() + 1;
    if (sheet.getMaxRows() < start + rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length);
    sheet.getRange(start, 1, rows.length, values[0].length).setValues(rows);
    return rows.length;
  });
}
