// The Summary tab as cells: last week first, then each section; values, number formats, bold, and chart specs.
import { midnightInZone } from "../ledger/dates";
import { FLOW_KEYS } from "./weekly";
import { REASON_TEXT } from "./unaccounted";
import type { Summary } from "./summary";
import { KEEP_MARKER, SUMMARY_TITLE, type SummarySheet } from "./sheet";
import { F, Grid, OwnFormula } from "./grid";
import { sourceRows } from "./source-rows";
import { summaryCharts } from "./charts";

/** Rows listed in "Not accounted for" before "… and N more". */
export const MAX_LISTED = 100;

const LABELS: Record<(typeof FLOW_KEYS)[number], string> = {
  leadsIn: "Leads in",
  contacted: "Contacted",
  appointments: "Appointments",
  proposals: "Proposals",
  won: "Won",
  lost: "Lost",
};

const hours = (x: number | null) => (x === null ? "—" : x);

/** `leadsSheetId` makes each not-accounted-for lead a link to its row. */
export function summarySheet(s: Summary, opts: { leadsSheetId?: number; computedAt: Date }): SummarySheet {
  const g = new Grid();
  const tz = s.timeZone;
  const week = (ymd: string) => midnightInZone(ymd, tz);
  g.row([SUMMARY_TITLE], [], true);
  g.row(
    [
      "Computed at",
      opts.computedAt,
      `${s.timeZone} · weeks start on ${s.weekStartsOn} · ${s.totalLeads} leads in the ledger`,
    ],
    [F.text, "yyyy-mm-dd hh:mm"],
  );

  const lw = s.lastWeek;
  g.heading("Last week");
  g.row(
    ["Week of", week(lw.start), "", "Last week", "Week before", "Change", "12-week average", "vs average"],
    [F.text, F.week],
    true,
  );
  const prevWeek = s.weeks[s.weeks.length - 2];
  for (const k of FLOW_KEYS)
    g.row(
      [LABELS[k], "", "", lw.counts[k], prevWeek[k], lw.vsPrevious[k], lw.average[k], lw.vsAverage[k]],
      [F.text, F.any, F.any, F.int, F.int, F.change, F.avg, "+0.0;-0.0;0.0"],
    );

  g.heading("Weekly flow, last 12 weeks (each stage counted in the week its date falls in)");
  const flowHeader = g.row(["Week of", ...FLOW_KEYS.map((k) => LABELS[k])], [], true);
  for (const w of s.weeks) g.row([week(w.start), ...FLOW_KEYS.map((k) => w[k])], [F.week]);

  g.heading("By source, last 90 days (leads captured, and how far they got so far)");
  sourceRows(g, s.bySource);
  g.heading("By source, last week");
  sourceRows(g, s.bySourceLastWeek);

  g.heading("Funnel, last 90 days");
  const funnelHeader = g.row(["Stage", "Leads"], [], true);
  const funnel = [...s.funnel90].sort((a, b) => b.count - a.count);
  for (const f of funnel) g.row([f.stage, f.count], [F.text, F.int]);

  g.heading("Leads in by source, per week");
  const kinds = s.weeklyBySource.kinds.length ? s.weeklyBySource.kinds : ["Leads in"];
  const kindsHeader = g.row(["Week of", ...kinds], [], true);
  for (const w of s.weeklyBySource.weeks)
    g.row([week(w.start), ...(w.counts.length ? w.counts : [0])], [F.week]);

  g.heading("Cohorts: of each week's new leads, how many reached each stage so far (rates from 10 leads)");
  g.row(
    ["Week of", "Leads in", "Contacted", "Appointments", "Proposals", "Won", "Lost", "Won rate"],
    [],
    true,
  );
  for (const c of s.cohorts)
    g.row(
      [
        week(c.start),
        c.leadsIn,
        c.contacted,
        c.appointments,
        c.proposals,
        c.won,
        c.lost,
        c.wonRate ?? (c.leadsIn ? `${c.won} of ${c.leadsIn}` : "—"),
      ],
      [F.week, F.int, F.int, F.int, F.int, F.int, F.int, c.wonRate === null ? F.any : F.pct],
    );

  g.heading("Speed to lead: hours from Captured to Contacted on (leads of the last 90 days)");
  g.row(["Source", "Contacted", "Median hours", "90th percentile hours"], [], true);
  const sp = s.speedToLead;
  g.row(
    ["All sources", sp.n, hours(sp.medianHours), hours(sp.p90Hours)],
    [F.text, F.int, F.hours, F.hours],
    true,
  );
  for (const k of sp.byKind)
    g.row([k.kind, k.n, hours(k.medianHours), hours(k.p90Hours)], [F.text, F.int, F.hours, F.hours]);
  g.row(["Not contacted yet", sp.waiting], [F.text, F.int]);

  g.heading(
    `Not accounted for: ${s.notAccountedFor.length} open lead${s.notAccountedFor.length === 1 ? "" : "s"} overdue, with no next step, or untouched`,
  );
  g.row(["Lead ID", "Name", "Why", "Row in Leads"], [], true);
  if (!s.notAccountedFor.length) g.row(["Every open lead has a next step."]);
  for (const u of s.notAccountedFor.slice(0, MAX_LISTED)) {
    const link =
      opts.leadsSheetId === undefined
        ? u.row
        : new OwnFormula(
            `=HYPERLINK("#gid=${Math.trunc(opts.leadsSheetId)}&range=A${Math.trunc(u.row)}","Row ${Math.trunc(u.row)}")`,
          );
    g.row([u.leadId, u.name, REASON_TEXT[u.reason] ?? u.reason, link], [F.text, F.text, F.text]);
  }
  if (s.notAccountedFor.length > MAX_LISTED)
    g.row([`… and ${s.notAccountedFor.length - MAX_LISTED} more (filter Leads to see them all)`]);

  const ln = s.lostAndNurtured;
  g.heading("Lost and nurtured");
  g.row(["Lost leads", ln.lost]);
  for (const r of ln.byReason) g.row([`   ${r.reason}`, r.count], [F.text, F.int]);
  for (const n of ln.inNurture) g.row([`In nurture, step ${n.step}`, n.count]);
  g.row(["Re-engaged", ln.reengaged]);
  g.row(["Median months from Lost on to the reply", ln.medianMonthsToReply ?? "—"], [F.text, F.avg]);

  g.row([]);
  g.row([KEEP_MARKER], [], true);

  const charts = summaryCharts({
    funnelHeader,
    funnelRows: funnel.length,
    kindsHeader,
    kindColumns: kinds.length,
    flowHeader,
    weeks: s.weeks.length,
  });
  return { values: g.values, formats: g.formats, weights: g.weights, charts };
}
