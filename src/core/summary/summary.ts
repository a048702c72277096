// The whole Summary from one read of Leads: every number the tab, the email and `lead-ledger summary` show.
import type { AccountedRules } from "../ledger/accounted";
import type { LeadRecord } from "../ledger/record";
import { addDays, zoneDay } from "./day";
import { leadFacts, type LeadFacts } from "./facts";
import { lastWeekStarts, weekdayIndex } from "./weeks";
import { FLOW_KEYS, weeklyFlow, type FlowKey, type WeekFlow } from "./weekly";
import { bySource, type SourceRow } from "./by-source";
import { cohorts, type Cohort } from "./cohort";
import { speedToLead, type SpeedToLead } from "./speed";
import { notAccountedFor, type Unaccounted } from "./unaccounted";
import { lostAndNurtured, type LostAndNurtured } from "./lost";
import { weeklyByKind, type WeeklyKinds } from "./weekly-kinds";

export const WEEKS = 12;
export const RECENT_DAYS = 90;

export interface SummaryOptions {
  now: Date;
  timeZone: string;
  /** *Week starts on* (a weekday name; Monday when blank or unreadable). */
  weekStartsOn?: string;
  /** Dates typed as 4/3/2026 read day first (outside the US and Canada). */
  dayFirst?: boolean;
  rules?: AccountedRules;
}

export interface LastWeek {
  start: string;
  counts: WeekFlow;
  /** This week minus the week before, per count. */
  vsPrevious: Record<FlowKey, number>;
  /** The 12-week average per count (one decimal), and this week minus it. */
  average: Record<FlowKey, number>;
  vsAverage: Record<FlowKey, number>;
}

export interface FunnelStep {
  stage: string;
  count: number;
}

export interface Summary {
  computedAt: string;
  today: string;
  timeZone: string;
  weekStartsOn: string;
  /** The 12 whole weeks before this one, oldest first. */
  weeks: WeekFlow[];
  lastWeek: LastWeek;
  /** Leads in per week by source kind (the 12 weeks). */
  weeklyBySource: WeeklyKinds;
  /** Leads captured in the last 90 days, by source kind. */
  bySource: SourceRow[];
  bySourceLastWeek: SourceRow[];
  /** The last 90 days' leads and how far they got (any-stage funnel), widest first. */
  funnel90: FunnelStep[];
  cohorts: Cohort[];
  speedToLead: SpeedToLead;
  notAccountedFor: Unaccounted[];
  lostAndNurtured: LostAndNurtured;
  /** Leads in the ledger (rows with an id, a name or a capture date). */
  totalLeads: number;
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const round1 = (x: number) => Math.round(x * 10) / 10;

function per(fn: (k: FlowKey) => number): Record<FlowKey, number> {
  return Object.fromEntries(FLOW_KEYS.map((k) => [k, fn(k)])) as Record<FlowKey, number>;
}

function funnelOf(rows: readonly SourceRow[]): FunnelStep[] {
  const sum = (k: "leadsIn" | "reached" | "appointments" | "proposals" | "won") =>
    rows.reduce((n, r) => n + r[k], 0);
  return [
    { stage: "Leads in", count: sum("leadsIn") },
    { stage: "Contacted", count: sum("reached") },
    { stage: "Appointment", count: sum("appointments") },
    { stage: "Proposal", count: sum("proposals") },
    { stage: "Won", count: sum("won") },
  ];
}

/** `rows` are the Leads records with their sheet row numbers (1-based); blank rows are skipped. */
export function computeSummary(
  rows: readonly { rec: LeadRecord; row: number }[],
  opts: SummaryOptions,
): Summary {
  const tz = opts.timeZone;
  const today = zoneDay(opts.now, tz);
  const start = weekdayIndex(opts.weekStartsOn ?? "", 1);
  const starts = lastWeekStarts(today, start, WEEKS);
  const used = rows.filter(({ rec }) =>
    ["leadId", "name", "captured", "company", "email"].some((k) =>
      String(rec[k as keyof LeadRecord] ?? "").trim(),
    ),
  );
  const facts: LeadFacts[] = used.map(({ rec, row }) => leadFacts(rec, row, tz, opts.dayFirst));
  const weeks = weeklyFlow(facts, starts);
  const last = weeks[WEEKS - 1];
  const prev = weeks[WEEKS - 2];
  const average = per((k) => round1(weeks.reduce((n, w) => n + w[k], 0) / WEEKS));
  const from90 = addDays(today, -(RECENT_DAYS - 1));
  const tomorrow = addDays(today, 1);
  const recent = bySource(facts, from90, tomorrow);
  return {
    computedAt: opts.now.toISOString(),
    today,
    timeZone: tz,
    weekStartsOn: WEEKDAY_NAMES[start],
    weeks,
    lastWeek: {
      start: last.start,
      counts: last,
      vsPrevious: per((k) => last[k] - prev[k]),
      average,
      vsAverage: per((k) => round1(last[k] - average[k])),
    },
    weeklyBySource: weeklyByKind(facts, starts),
    bySource: recent,
    bySourceLastWeek: bySource(facts, last.start, addDays(last.start, 7)),
    funnel90: funnelOf(recent),
    cohorts: cohorts(facts, starts),
    speedToLead: speedToLead(facts, from90, tomorrow),
    notAccountedFor: notAccountedFor(used, today, tz, opts.rules),
    lostAndNurtured: lostAndNurtured(facts),
    totalLeads: facts.length,
  };
}
