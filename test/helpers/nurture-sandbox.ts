// A set-up ledger with lost leads written as a person would have them, and nurture passes as the timer runs them.
import { ledgerSandbox, records } from "./ledger-sandbox";
import { execution, runSetup } from "../../sandbox/cli/run-jobs";
import { mailState } from "../../sandbox/gmail/store";
import { LEAD_COLUMNS, TAB_NAMES } from "../../src/core/ledger/columns";
import { PropsStore } from "../../src/workspace/props";
import { refreshSettings } from "../../src/jobs/settings";
import { openLedger } from "../../src/workspace/spreadsheet";
import { runNurture, type NurtureReport } from "../../src/jobs/nurture";
import { PASS_MS } from "../../src/jobs/timed";
import { runNurtureReplies, type RepliesReport } from "../../src/jobs/nurture-replies";
import type { Sandbox } from "../../sandbox/index";

export const BUSINESS_ADDRESS = "12 Example Street, Springfield, ON A1A 1A1";

export interface LostLead {
  id: number;
  name?: string;
  email?: string;
  company?: string;
  lostOn: string;
  lostReason?: string;
  tags?: string;
  step?: number;
  lastNurture?: string;
  stage?: string;
}

/** Set up at `now`, with Business address (and any other setting) filled in the Settings tab. */
export function nurtureSandbox(now = "2026-12-01T15:00:00Z", settings: Record<string, string> = {}): Sandbox {
  const sb = ledgerSandbox();
  sb.kernel.setNow(new Date(now));
  runSetup(sb);
  setSettings(sb, { "Business address": BUSINESS_ADDRESS, "Your name": "Sam Rivera", ...settings });
  return sb;
}

export function setSettings(sb: Sandbox, values: Record<string, string>): void {
  execution(sb, () => {
    const props = new PropsStore();
    const ss = openLedger(props)!;
    const sheet = ss.getSheetByName(TAB_NAMES.settings)!;
    const rows = sheet.getDataRange().getValues();
    for (const [label, value] of Object.entries(values)) {
      const r = rows.findIndex((row) => String(row[0]) === label);
      if (r < 0) throw new Error(`no setting ${label}`);
      sheet.getRange(r + 1, 2).setValue(value);
    }
    refreshSettings(props, ss);
    props.flush();
  });
}

export function leadEmail(id: number): string {
  return `lead${id}@customer${id % 7}.example`;
}

/** Writes lost leads as rows of the Leads tab (by header), as the owner would have them. */
export function addLostLeads(sb: Sandbox, leads: readonly LostLead[]): void {
  execution(sb, () => {
    const sheet = openLedger(new PropsStore())!.getSheetByName(TAB_NAMES.leads)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const col = (key: string) => header.indexOf(LEAD_COLUMNS.find((c) => c.key === key)!.header);
    const start = sheet.getLastRow() + 1;
    const rows = leads.map((l) => {
      const row: unknown[] = new Array(header.length).fill("");
      const set = (k: string, v: unknown) => v !== undefined && (row[col(k)] = v);
      set("leadId", `L-${String(l.id).padStart(4, "0")}`);
      set("name", l.name ?? `Pat Customer${l.id}`);
      set("company", l.company ?? `Customer ${l.id} Ltd`);
      set("email", l.email ?? leadEmail(l.id));
      set("stage", l.stage ?? "Lost");
      set("lostOn", l.lostOn);
      set("lostReason", l.lostReason ?? "");
      set("tags", l.tags ?? "");
      set("nurtureStep", l.step ?? "");
      set("lastNurture", l.lastNurture ?? "");
      return row;
    });
    if (sheet.getMaxRows() < start + rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 10);
    sheet.getRange(start, 1, rows.length, header.length).setValues(rows as never);
  });
}

/** One timed pass's nurture run (a new execution, 5 minutes of room). */
export function nurturePass(sb: Sandbox): NurtureReport {
  return execution(sb, () => {
    const started = sb.kernel.now().getTime();
    return runNurture({
      now: () => sb.kernel.now(),
      msLeft: () => PASS_MS - (sb.kernel.now().getTime() - started),
    });
  });
}

/** Passes every `everyMs` (the bound script's 10 minutes by default) until `untilIso`. */
export function passesUntil(sb: Sandbox, untilIso: string, everyMs = 10 * 60 * 1000): NurtureReport[] {
  const out: NurtureReport[] = [];
  const until = new Date(untilIso).getTime();
  while (sb.kernel.now().getTime() < until) {
    const start = sb.kernel.now().getTime();
    out.push(nurturePass(sb));
    sb.kernel.setNow(new Date(Math.max(sb.kernel.now().getTime(), start + everyMs)));
  }
  return out;
}

/** Every nurture email in Sent: raw text and who it went to. */
export function sentNurture(
  sb: Sandbox,
): { to: string; raw: string; subject: string; threadId: string; id: string }[] {
  const s = mailState(sb.kernel);
  return Object.values(s.messages)
    .filter((m) => m.labelIds.includes("SENT") && /lead-ledger\.nurture\./.test(m.messageId))
    .map((m) => ({ to: m.to, raw: m.raw, subject: m.subject, threadId: m.threadId, id: m.id }));
}

export function leadRows(sb: Sandbox): Record<string, Record<string, unknown>> {
  return Object.fromEntries(records(sb, "Leads").map((r) => [String(r["Lead ID"]), r]));
}

/** The answers job of one timed pass (replies, bounces, unsubscribes). */
export function answersPass(sb: Sandbox): RepliesReport {
  return execution(sb, () => runNurtureReplies({ now: () => sb.kernel.now(), msLeft: () => PASS_MS }));
}

/** A reply from the lead on the nurture email `sent` (threaded by In-Reply-To/References, as mail clients do). */
export function replyTo(
  sent: { raw: string; subject: string },
  opts: { from: string; body: string; subject?: string; headers?: string[]; date?: Date },
): string {
  const messageId = /^Message-ID: (<[^>]+>)/im.exec(sent.raw)![1];
  return [
    `From: ${opts.from}`,
    "To: Sam Rivera <owner@ledger-owner.example>",
    `Subject: ${opts.subject ?? `Re: ${sent.subject}`}`,
    `Date: ${(opts.date ?? new Date("2026-12-02T15:00:00Z")).toUTCString()}`,
    `Message-ID: <reply.${Math.random().toString(36).slice(2)}@customer.example>`,
    `In-Reply-To: ${messageId}`,
    `References: ${messageId}`,
    ...(opts.headers ?? []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    opts.body,
    "",
  ].join("\r\n");
}
