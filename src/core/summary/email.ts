// The Monday email: last week's numbers with the changes, top sources, the not-accounted-for list, three charts.
import { FLOW_KEYS } from "./weekly";
import { REASON_TEXT } from "./unaccounted";
import type { Summary } from "./summary";
import { addDays } from "./day";

export interface SummaryEmail {
  subject: string;
  html: string;
  text: string;
}

const LABELS = ["Leads in", "Contacted", "Appointments", "Proposals", "Won", "Lost"];
const MAX_LISTED = 25;

function esc(text: string): string {
  const named: Record<string, string> = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
  };
  return text.replace(/[&<>"']/g, (c) => named[c]);
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "±0");
const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

function dayText(ymd: string): string {
  const [y, m, d] = ymd.split("-").map(Number);
  return `${d} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]} ${y}`;
}

export interface EmailInput {
  /** The ledger's URL (links to rows); "" when unknown. */
  ledgerUrl: string;
  leadsSheetId?: number;
  /** Content ids of the inline chart images, in the order shown, with their titles. */
  charts: { cid: string; title: string }[];
}

export function summaryEmail(s: Summary, input: EmailInput): SummaryEmail {
  const lw = s.lastWeek;
  const range = `${dayText(lw.start)} – ${dayText(addDays(lw.start, 6))}`;
  const subject = `Lead Ledger: week of ${dayText(lw.start)} — ${lw.counts.leadsIn} in, ${lw.counts.won} won`;
  const rowLink = (row: number) =>
    input.ledgerUrl && input.leadsSheetId !== undefined
      ? `${input.ledgerUrl}#gid=${input.leadsSheetId}&range=A${row}`
      : "";
  const top = [...s.bySource].sort((a, b) => b.leadsIn - a.leadsIn || b.won - a.won).slice(0, 3);
  const listed = s.notAccountedFor.slice(0, MAX_LISTED);
  const more = s.notAccountedFor.length - listed.length;

  const text: string[] = [`Last week (${range})`, ""];
  FLOW_KEYS.forEach((k, i) =>
    text.push(
      `${LABELS[i].padEnd(13)} ${String(lw.counts[k]).padStart(4)}   ${signed(lw.vsPrevious[k])} vs the week before, ` +
        `${signed(Math.round(lw.vsAverage[k] * 10) / 10)} vs the 12-week average (${lw.average[k]})`,
    ),
  );
  text.push("", "Top sources, last 90 days");
  for (const r of top) text.push(`  ${r.kind}: ${r.leadsIn} in, ${r.won} won (${pct(r.conversion)})`);
  if (!top.length) text.push("  No leads came in.");
  text.push("", `Not accounted for: ${s.notAccountedFor.length}`);
  for (const u of listed)
    text.push(
      `  ${u.leadId} ${u.name} — ${REASON_TEXT[u.reason]}${rowLink(u.row) ? ` — ${rowLink(u.row)}` : ""}`,
    );
  if (more > 0) text.push(`  … and ${more} more in the Summary tab`);
  text.push(
    "",
    `Speed to lead: median ${s.speedToLead.medianHours ?? "—"} h, 90th percentile ${s.speedToLead.p90Hours ?? "—"} h`,
  );
  text.push("", "Charts: see the HTML version of this email or the Summary tab.");

  const cell = 'style="padding:2px 10px;text-align:right"';
  const html: string[] = [
    `<div style="font-family:Arial,sans-serif;font-size:14px">`,
    `<h2 style="margin:0 0 8px">Last week (${esc(range)})</h2>`,
    `<table style="border-collapse:collapse"><tr><th></th><th ${cell}>Last week</th><th ${cell}>vs week before</th><th ${cell}>vs 12-week avg</th></tr>`,
    ...FLOW_KEYS.map(
      (k, i) =>
        `<tr><td>${LABELS[i]}</td><td ${cell}><b>${lw.counts[k]}</b></td><td ${cell}>${signed(lw.vsPrevious[k])}</td>` +
        `<td ${cell}>${signed(Math.round(lw.vsAverage[k] * 10) / 10)} (avg ${lw.average[k]})</td></tr>`,
    ),
    `</table>`,
    `<h3>Top sources, last 90 days</h3><ul>`,
    ...top.map((r) => `<li>${esc(r.kind)}: ${r.leadsIn} in, ${r.won} won (${pct(r.conversion)})</li>`),
    top.length ? "" : "<li>No leads came in.</li>",
    `</ul><h3>Not accounted for: ${s.notAccountedFor.length}</h3><ul>`,
    ...listed.map((u) => {
      const who = esc(`${u.leadId} ${u.name}`.trim());
      const link = rowLink(u.row);
      return `<li>${link ? `<a href="${esc(link)}">${who}</a>` : who} — ${REASON_TEXT[u.reason]}</li>`;
    }),
    more > 0 ? `<li>… and ${more} more in the Summary tab</li>` : "",
    `</ul>`,
    `<p>Speed to lead: median ${s.speedToLead.medianHours ?? "—"} h, 90th percentile ${s.speedToLead.p90Hours ?? "—"} h.</p>`,
    ...input.charts.map(
      (c) => `<p><img src="cid:${esc(c.cid)}" alt="${esc(c.title)}" style="max-width:600px"></p>`,
    ),
    `</div>`,
  ];
  return { subject, html: html.filter(Boolean).join("\n"), text: text.join("\n") };
}
