// Rebuilds the Summary tab: one read of Leads, the maths in core, one write of the tab and its three charts.
import { LEAD_COLUMNS, TAB_NAMES, type LeadKey } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { readRecord } from "../core/ledger/record";
import { computeSummary, type Summary } from "../core/summary/summary";
import { summarySheet } from "../core/summary/layout";
import type { LedgerSettings } from "../core/ledger/settings";
import { PropsStore } from "../workspace/props";
import { openLedger, readAll } from "../workspace/spreadsheet";
import { writeSummarySheet } from "../workspace/summary-sheet";
import { withLock } from "../workspace/lock";
import { loadSettings } from "./settings";

export const SUMMARY_KEYS = {
  /** "1" when the ledger changed since the last rebuild (capture and stage edits set it). */
  dirty: "summary.dirty",
  /** The start of the "last week" the tab shows: a new week means a rebuild. */
  builtWeek: "summary.builtWeek",
  /** The week the Monday email went out for ("<week>" sent, "<week>:sending" while sending). */
  sentWeek: "summary.sentWeek",
  /** Rows the tab's block had at the last rebuild (found again if a person deletes the keep-marker). */
  rows: "summary.rows",
  /** The week a used-up mail quota was logged for (logged once). */
  quotaLogged: "summary.quotaLogged",
} as const;

/** The ledger changed: the next timed pass rebuilds the Summary (the caller flushes props). */
export function markSummaryDirty(props: PropsStore): void {
  props.set(SUMMARY_KEYS.dirty, "1");
}

export interface RebuildResult {
  status: "rebuilt" | "not set up" | "busy";
  summary?: Summary;
  charts?: GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  settings?: LedgerSettings;
  ledgerUrl?: string;
  leadsSheetId?: number;
}

/** Dates typed with slashes read day first outside the US and Canada. */
const MONTH_FIRST = new Set(["US", "CA"]);

/** The Summary of the ledger's Leads as they are now (one read), as the tab, the email and the CLI show it. */
export function ledgerSummary(
  leads: GoogleAppsScript.Spreadsheet.Sheet,
  settings: LedgerSettings,
  at: Date,
): Summary {
  const values = readAll(leads);
  const map = mapHeaders<LeadKey>(values[0] ?? [], LEAD_COLUMNS);
  const rows = values.slice(1).map((r, i) => ({ rec: readRecord(r, map), row: i + 2 }));
  return computeSummary(rows, {
    now: at,
    timeZone: settings.timeZone,
    weekStartsOn: settings.weekStartsOn,
    dayFirst: !MONTH_FIRST.has(settings.region.toUpperCase()),
    // the same grace days as the follow-ups' highlight and the daily digest
    rules: {
      overdueAfterDays: Number(settings.overdueAfterDays),
      untouchedAfterDays: Number(settings.untouchedAfterDays),
    },
  });
}

export function rebuildSummary(opts: { now?: () => Date; props?: PropsStore } = {}): RebuildResult {
  const now = opts.now ?? (() => new Date());
  const props = opts.props ?? new PropsStore();
  const ss = openLedger(props);
  if (!ss) return { status: "not set up" };
  const settings = loadSettings(props, () => ss);
  const leads = ss.getSheetByName(TAB_NAMES.leads);
  if (!leads) return { status: "not set up" };
  const run = withLock(20000, () => {
    const at = now();
    const summary = ledgerSummary(leads, settings, at);
    const leadsSheetId = leads.getSheetId();
    const sheet = ss.getSheetByName(TAB_NAMES.summary) ?? ss.insertSheet(TAB_NAMES.summary);
    const layout = summarySheet(summary, { leadsSheetId, computedAt: at });
    const charts = writeSummarySheet(sheet, layout, Number(props.get(SUMMARY_KEYS.rows) ?? 0));
    props.set(SUMMARY_KEYS.rows, String(layout.values.length));
    props.set(SUMMARY_KEYS.dirty, "");
    props.set(SUMMARY_KEYS.builtWeek, summary.lastWeek.start);
    props.flush();
    return { summary, charts, leadsSheetId };
  });
  if (!run.locked) return { status: "busy" };
  return { status: "rebuilt", settings, ledgerUrl: ss.getUrl(), ...run.value };
}
