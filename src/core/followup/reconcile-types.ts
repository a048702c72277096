// The shapes reconciling follow-up events works on: events as Calendar lists them, rows as the ledger holds them,
// and the plan of Calendar operations, row changes and Activity lines that comes out.
import type { DesiredEvent } from "./event-plan";

/** One of our events as listed (times already in the ledger's zone). */
export interface ExistingEvent {
  id: string;
  leadId: string;
  ymd: string;
  time: string;
  summary: string;
  description: string;
  popupMinutes: number[];
  emailMinutes: number[];
  /** The sheet's date and time when Lead Ledger last wrote the event (private properties). */
  ledgerDate: string;
  ledgerTime: string;
  /** ISO times from Calendar. */
  updated: string;
  created: string;
}

export interface LeadRow {
  row: number;
  leadId: string;
  /** What the hidden Calendar event ID column holds. */
  eventId: string;
  desired: DesiredEvent | null;
  /** Why there is no event (won, lost, no follow-up date). */
  why?: string;
}

export type CalendarOp =
  | { kind: "create"; leadId: string; row: number; event: DesiredEvent; recreated: boolean }
  | {
      kind: "update";
      leadId: string;
      row: number;
      eventId: string;
      event: DesiredEvent;
      /** Start to set (date and time), when the event moves. */
      moveTo?: { ymd: string; time: string };
      changed: string[];
    }
  | { kind: "delete"; leadId: string; row?: number; eventId: string; why: string };

export interface RowChange {
  row: number;
  leadId: string;
  eventId?: string;
  nextFollowUp?: string;
}

export interface LogLine {
  leadId: string;
  event: string;
  details: string;
}

export interface ReconcilePlan {
  ops: CalendarOp[];
  rows: RowChange[];
  log: LogLine[];
  /** Creates left for later (the daily limit of events created was reached). */
  waiting: number;
  /** Events whose only change is the row number of their ledger link, rewritten in this pass. */
  linkFixes: number;
}

export interface ReconcileOptions {
  /** Every lead and every event of the window were given: an event whose lead is gone is deleted. */
  full: boolean;
  /** Follow-ups before this date are outside the window read: left as they are. */
  windowStart: string;
  /** When the sheet side last changed (ISO): a Calendar move newer than this wins a conflict. */
  sheetChangedAt: string;
  /** No event may be created now (the daily limit was reached). */
  noCreate?: boolean;
  /** Events rewritten per pass only because their row moved (default LINK_FIXES_PER_PASS). */
  linkFixesPerPass?: number;
}
