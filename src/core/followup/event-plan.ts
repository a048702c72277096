// The follow-up event a lead should have: on its Next follow-up date at the Reminder time, unless it is Won, or
// Lost on or after that date. Title, description (tel:, mailto:, last note, Lead ID, row link, origin), reminders.
import { asStage } from "../ledger/stage";
import { cellYmd } from "../ledger/dates";
import type { LeadRecord } from "../ledger/record";

export interface EventContext {
  timeZone: string;
  /** HH:MM in the ledger's zone. */
  reminderTime: string;
  reminderMinutes: number;
  /** The spreadsheet's URL (…/edit) and the Leads tab's gid, for the link to the row. */
  ledgerUrl: string;
  leadsSheetId: number;
}

/** Event length: a quarter of an hour. */
export const EVENT_MINUTES = 15;
/** Google's bounds for reminder minutes: 0 to four weeks; an email reminder at least 5 minutes before. */
export const MAX_REMINDER_MINUTES = 40320;
export const MIN_EMAIL_MINUTES = 5;

export interface DesiredEvent {
  leadId: string;
  /** 1-based sheet row. */
  row: number;
  ymd: string;
  time: string;
  summary: string;
  description: string;
  popupMinutes: number;
  emailMinutes: number;
}

/** The follow-up date a lead's event belongs on, or "" when it should have none (and why). */
export function followUpDateFor(rec: LeadRecord, timeZone: string): { ymd: string; why?: string } {
  const ymd = cellYmd(rec.nextFollowUp, timeZone);
  if (!ymd) return { ymd: "", why: "no follow-up date" };
  const stage = asStage(rec.stage) ?? (String(rec.stage ?? "").trim() ? undefined : "New");
  if (stage === "Won") return { ymd: "", why: "won" };
  if (stage === "Lost") {
    const lost = cellYmd(rec.lostOn, timeZone);
    // "Call back after budget season": a follow-up after the loss is kept; one before it is done with.
    if (!lost || ymd <= lost) return { ymd: "", why: "lost" };
  }
  return { ymd };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const text = (v: unknown): string => (v instanceof Date ? "" : String(v ?? "").trim());

/** `Follow up: Name (Company)`, with whichever of the two exists. */
export function eventTitle(rec: LeadRecord): string {
  const name = text(rec.name);
  const company = text(rec.company);
  const who = name && company ? `${name} (${company})` : name || company || text(rec.leadId);
  return `Follow up: ${who}`;
}

/** The last line of the notes that says something. */
export function lastNoteLine(notes: unknown): string {
  const lines = text(notes)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const last = lines[lines.length - 1] ?? "";
  return last.length > 300 ? `${last.slice(0, 297)}…` : last;
}

/** The link that opens the ledger on the lead's row. */
export function rowLink(ctx: EventContext, row: number): string {
  return `${ctx.ledgerUrl.replace(/#.*$/, "")}#gid=${ctx.leadsSheetId}&range=A${row}`;
}

export function eventDescription(rec: LeadRecord, row: number, ctx: EventContext): string {
  const lines: string[] = [];
  const phone = text(rec.phone);
  if (phone) lines.push(`Phone: <a href="tel:${phone.replace(/[^+\d]/g, "")}">${escapeHtml(phone)}</a>`);
  const email = text(rec.email);
  if (email) lines.push(`Email: <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>`);
  const note = lastNoteLine(rec.notes);
  if (note) lines.push(`Note: ${escapeHtml(note)}`);
  const id = text(rec.leadId);
  lines.push(`Lead ID: ${escapeHtml(id)}`);
  lines.push(`<a href="${escapeHtml(rowLink(ctx, row))}">Open ${escapeHtml(id)} in the ledger</a>`);
  const origin = text(rec.origin);
  if (/^https?:\/\//i.test(origin)) {
    const what = /mail\.google\.com/i.test(origin) ? "the original email" : "the original photo";
    lines.push(`<a href="${escapeHtml(origin)}">Open ${what}</a>`);
  }
  return lines.join("<br>");
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));

/** The event `rec` should have, or null. `row` is the sheet row (1-based). */
export function desiredEvent(rec: LeadRecord, row: number, ctx: EventContext): DesiredEvent | null {
  const leadId = text(rec.leadId);
  if (!leadId) return null;
  const { ymd } = followUpDateFor(rec, ctx.timeZone);
  if (!ymd) return null;
  const minutes = Number.isFinite(ctx.reminderMinutes) ? ctx.reminderMinutes : 30;
  return {
    leadId,
    row,
    ymd,
    time: ctx.reminderTime,
    summary: eventTitle(rec),
    description: eventDescription(rec, row, ctx),
    popupMinutes: clamp(minutes, 0, MAX_REMINDER_MINUTES),
    emailMinutes: clamp(minutes, MIN_EMAIL_MINUTES, MAX_REMINDER_MINUTES),
  };
}
