// The daily digest: what the owner should look at this morning — due today, overdue, no next step, untouched,
// new since the last digest — as plain text and HTML, each line with name, company, phone and a row link.
// Nothing to say gives null (no email).
import { followUpStatus, type AccountedRules } from "../ledger/accounted";
import { cellYmd } from "../ledger/dates";
import type { LeadRecord } from "../ledger/record";

export interface DigestLead {
  row: number;
  rec: LeadRecord;
}

export interface DigestInput {
  leads: readonly DigestLead[];
  /** YYYY-MM-DD in the ledger's zone. */
  today: string;
  timeZone: string;
  rules: AccountedRules;
  /** Leads captured after this instant are "new". */
  newSince: Date;
  link: (row: number) => string;
  ledgerUrl: string;
}

export interface Digest {
  subject: string;
  text: string;
  html: string;
  counts: Record<SectionKey, number>;
}

type SectionKey = "dueToday" | "overdue" | "noNextStep" | "untouched" | "new";

const SECTIONS: { key: SectionKey; title: string }[] = [
  { key: "dueToday", title: "Due today" },
  { key: "overdue", title: "Overdue" },
  { key: "noNextStep", title: "Open leads with no next step" },
  { key: "untouched", title: "Untouched for a while" },
  { key: "new", title: "New since the last digest" },
];

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const str = (v: unknown) => (v instanceof Date ? "" : String(v ?? "").trim());
const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "Monday 7 December" for 2026-12-07. */
export function longDate(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

function who(rec: LeadRecord): string {
  const name = str(rec.name);
  const company = str(rec.company);
  return (name && company ? `${name}, ${company}` : name || company) || str(rec.leadId);
}

function extra(key: SectionKey, rec: LeadRecord, tz: string): string {
  const next = cellYmd(rec.nextFollowUp, tz);
  if (key === "overdue") return ` (follow-up was ${next})`;
  if (key === "untouched")
    return ` (last activity ${cellYmd(rec.lastActivity, tz) || cellYmd(rec.captured, tz)})`;
  return "";
}

export function buildDigest(input: DigestInput): Digest | null {
  const groups: Record<SectionKey, DigestLead[]> = {
    dueToday: [],
    overdue: [],
    noNextStep: [],
    untouched: [],
    new: [],
  };
  for (const lead of input.leads) {
    if (!str(lead.rec.leadId)) continue;
    const status = followUpStatus(lead.rec, input.today, input.timeZone, input.rules);
    if (status === "dueToday" || status === "overdue" || status === "noNextStep" || status === "untouched")
      groups[status].push(lead);
    const captured = lead.rec.captured;
    if (captured instanceof Date && captured.getTime() > input.newSince.getTime()) groups.new.push(lead);
  }
  const counts = Object.fromEntries(SECTIONS.map((s) => [s.key, groups[s.key].length])) as Record<
    SectionKey,
    number
  >;
  if (!SECTIONS.some((s) => counts[s.key])) return null;
  const text: string[] = [`Lead Ledger — ${longDate(input.today)}`, ""];
  const html: string[] = [
    `<h2 style="font-family:sans-serif">Lead Ledger — ${esc(longDate(input.today))}</h2>`,
  ];
  for (const s of SECTIONS) {
    const list = groups[s.key];
    if (!list.length) continue;
    text.push(`${s.title} (${list.length})`);
    html.push(`<h3 style="font-family:sans-serif">${esc(s.title)} (${list.length})</h3><ul>`);
    for (const { row, rec } of list) {
      const phone = str(rec.phone);
      const line = `${who(rec)}${phone ? `, ${phone}` : ""}${extra(s.key, rec, input.timeZone)}`;
      text.push(`- ${line}: ${input.link(row)}`);
      const tel = phone ? ` <a href="tel:${esc(phone.replace(/[^+\d]/g, ""))}">${esc(phone)}</a>` : "";
      html.push(
        `<li><a href="${esc(input.link(row))}">${esc(who(rec))}</a>${tel}${esc(extra(s.key, rec, input.timeZone))}</li>`,
      );
    }
    text.push("");
    html.push("</ul>");
  }
  text.push(`Open the ledger: ${input.ledgerUrl}`);
  html.push(`<p><a href="${esc(input.ledgerUrl)}">Open the ledger</a></p>`);
  const parts = [
    counts.dueToday && `${counts.dueToday} due today`,
    counts.overdue && `${counts.overdue} overdue`,
    counts.noNextStep && `${counts.noNextStep} with no next step`,
    counts.untouched && `${counts.untouched} untouched`,
    counts.new && `${counts.new} new`,
  ].filter(Boolean);
  return {
    subject: `Follow-ups for ${longDate(input.today)}: ${parts.join(", ")}`,
    text: text.join("\n"),
    html: html.join("\n"),
    counts,
  };
}
