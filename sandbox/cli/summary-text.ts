// The Summary as plain text for a terminal: last week with its changes, then every section of the tab.
import type { Summary } from "../../src/core/summary/summary";
import type { SourceRow } from "../../src/core/summary/by-source";
import { FLOW_KEYS } from "../../src/core/summary/weekly";
import { REASON_TEXT } from "../../src/core/summary/unaccounted";

const LABEL = ["Leads in", "Contacted", "Appointments", "Proposals", "Won", "Lost"];
const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

function table(header: string[], rows: (string | number)[][]): string[] {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_h, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all.map(
    (r) => "  " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "),
  );
}

function sources(rows: readonly SourceRow[]): string[] {
  if (!rows.length) return ["  No leads came in."];
  return table(
    ["Source", "In", "Reached", "Appts", "Proposals", "Won", "Lead → won"],
    rows.flatMap((r) => [
      [r.kind, r.leadsIn, r.reached, r.appointments, r.proposals, r.won, pct(r.conversion)],
      ...r.details.map((d) => [
        `  ${d.name}`,
        d.leadsIn,
        d.reached,
        d.appointments,
        d.proposals,
        d.won,
        pct(d.conversion),
      ]),
    ]),
  );
}

export function formatSummary(s: Summary): string {
  const lw = s.lastWeek;
  const out: string[] = [
    `Lead Ledger summary — ${s.totalLeads} leads; computed ${s.computedAt} (${s.timeZone}, weeks start on ${s.weekStartsOn})`,
    "",
    `Last week (from ${lw.start})`,
    ...table(
      ["", "Last week", "Change", "12-wk avg", "vs avg"],
      FLOW_KEYS.map((k, i) => [
        LABEL[i],
        lw.counts[k],
        signed(lw.vsPrevious[k]),
        lw.average[k],
        signed(lw.vsAverage[k]),
      ]),
    ),
    "",
    "Weekly flow, last 12 weeks",
    ...table(
      ["Week of", ...LABEL],
      s.weeks.map((w) => [w.start, ...FLOW_KEYS.map((k) => w[k])]),
    ),
    "",
    "By source, last 90 days",
    ...sources(s.bySource),
    "",
    "By source, last week",
    ...sources(s.bySourceLastWeek),
    "",
    "Funnel, last 90 days: " + s.funnel90.map((f) => `${f.stage} ${f.count}`).join(" → "),
    "",
    "Cohorts (of each week's new leads, how far they got; rates from 10 leads)",
    ...table(
      ["Week of", "In", "Contacted", "Appts", "Proposals", "Won", "Lost", "Won rate"],
      s.cohorts.map((c) => [
        c.start,
        c.leadsIn,
        c.contacted,
        c.appointments,
        c.proposals,
        c.won,
        c.lost,
        c.wonRate !== null ? pct(c.wonRate) : c.leadsIn ? `${c.won} of ${c.leadsIn}` : "—",
      ]),
    ),
    "",
    `Speed to lead (last 90 days): median ${s.speedToLead.medianHours ?? "—"} h, 90th percentile ${s.speedToLead.p90Hours ?? "—"} h over ${s.speedToLead.n} leads; ${s.speedToLead.waiting} not contacted yet`,
    ...s.speedToLead.byKind.map(
      (k) => `  ${k.kind}: median ${k.medianHours ?? "—"} h, p90 ${k.p90Hours ?? "—"} h (${k.n})`,
    ),
    "",
    `Not accounted for: ${s.notAccountedFor.length}`,
    ...s.notAccountedFor
      .slice(0, 50)
      .map((u) => `  ${u.leadId} ${u.name} — ${REASON_TEXT[u.reason]} (Leads row ${u.row})`),
    ...(s.notAccountedFor.length > 50 ? [`  … and ${s.notAccountedFor.length - 50} more`] : []),
    "",
    `Lost and nurtured: ${s.lostAndNurtured.lost} lost` +
      (s.lostAndNurtured.byReason.length
        ? ` (${s.lostAndNurtured.byReason.map((r) => `${r.reason} ${r.count}`).join(", ")})`
        : ""),
    ...s.lostAndNurtured.inNurture.map((n) => `  in nurture, step ${n.step}: ${n.count}`),
    `  re-engaged: ${s.lostAndNurtured.reengaged}; median months from Lost on to the reply: ${s.lostAndNurtured.medianMonthsToReply ?? "—"}`,
  ];
  return out.join("\n");
}
