// Who gets a nurture email this month, and for everyone else the reason the preview shows. Pure.
import { TAGS } from "../ledger/columns";
import { addDaysToYmd as addDays, cellYmd } from "../ledger/dates";
import { splitTags } from "../ledger/tags";
import { domainOf, isFreeMailDomain } from "../contact/email";
import { segmentOf, type Segment } from "./segments";

/** The lead's cells nurture reads. */
export interface NurtureLead {
  leadId: string;
  name: string;
  company: string;
  email: string;
  stage: string;
  lostOn: unknown;
  lostReason: string;
  tags: string;
  nurtureStep: unknown;
  lastNurture: unknown;
  lastActivity: unknown;
}

export interface EligibilityContext {
  /** Today in the ledger's time zone, YYYY-MM-DD. */
  today: string;
  timeZone: string;
  startMonths: number;
  intervalDays: number;
  length: number;
  /** The owner's addresses (aliases included), lower case. */
  ownerEmails: readonly string[];
  /** Addresses that unsubscribed, lower case (kept outside the sheet, so an edited row cannot undo it). */
  suppressed: ReadonlySet<string>;
  /** Lead IDs already emailed this calendar month (sent or being sent). */
  sentThisMonth: ReadonlySet<string>;
  /** Lead IDs whose unsubscribe (by the web link) is recorded but not yet in the sheet. */
  unsubscribing?: ReadonlySet<string>;
}

export type Decision = { send: true; step: number; segment: Segment } | { send: false; reason: string };

/** Days a monthly send may come early: months are 28–31 days and a continuation can send a day or two late. */
const INTERVAL_SLACK_DAYS = 4;
const VALID_EMAIL = /^[^\s@<>(),;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
/** Role mailboxes that asked, by their very name, not to be written to (any language the owner meets). */
const NO_MAIL_LOCAL =
  /^(no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|keine-?antwort|mailer-daemon|postmaster|bounces?|unsubscribe|abuse|notifications?)([+._-].*)?$/i;

export function nurtureDecision(lead: NurtureLead, ctx: EligibilityContext): Decision | undefined {
  if (String(lead.stage).trim().toLowerCase() !== "lost") return undefined;
  const skip = (reason: string): Decision => ({ send: false, reason });
  const email = String(lead.email ?? "")
    .trim()
    .toLowerCase();
  const tags = splitTags(lead.tags).map((t) => t.toLowerCase());
  for (const tag of [TAGS.doNotEmail, TAGS.bounced, TAGS.reengaged])
    if (tags.includes(tag.toLowerCase())) return skip(`tagged ${tag}`);
  if (!email) return skip("no email address");
  if (!VALID_EMAIL.test(email)) return skip(`"${email}" is not a valid email address`);
  if (ctx.suppressed.has(email)) return skip("unsubscribed earlier (kept even if the row was edited)");
  if (ctx.unsubscribing?.has(lead.leadId)) return skip("unsubscribed by the link (being recorded)");
  if (ctx.ownerEmails.includes(email)) return skip("your own address");
  const domain = domainOf(email);
  const ownDomains = new Set(ctx.ownerEmails.map(domainOf).filter((d) => !isFreeMailDomain(d)));
  if (ownDomains.has(domain)) return skip(`a colleague (${domain} is your own domain)`);
  if (NO_MAIL_LOCAL.test(email.slice(0, email.indexOf("@"))))
    return skip("a role address that takes no mail");

  const lostOn = cellYmd(lead.lostOn, ctx.timeZone);
  if (!lostOn) return skip("no Lost on date");
  const startOn = addMonths(lostOn, ctx.startMonths);
  if (startOn > ctx.today) return skip(`lost on ${lostOn}: nurture starts on ${startOn}`);
  const done = Math.max(0, Math.floor(Number(lead.nurtureStep) || 0));
  if (done >= ctx.length) return skip(`sequence finished (${done} of ${ctx.length} emails sent)`);
  if (ctx.sentThisMonth.has(lead.leadId)) return skip("already emailed this month");
  const last = cellYmd(lead.lastNurture, ctx.timeZone);
  if (last) {
    if (last.slice(0, 7) === ctx.today.slice(0, 7)) return skip(`already emailed this month (${last})`);
    const dueOn = addDays(last, Math.max(0, ctx.intervalDays - INTERVAL_SLACK_DAYS));
    if (dueOn > ctx.today) return skip(`last email on ${last}: the next is due from ${dueOn}`);
    const touched = cellYmd(lead.lastActivity, ctx.timeZone);
    if (touched && touched > last) return skip(`in touch since the last email (Last activity ${touched})`);
  }
  return { send: true, step: done + 1, segment: segmentOf(lead.lostReason) };
}

/** YYYY-MM-DD plus whole months; the 31st becomes the month's last day. */
export function addMonths(ymd: string, months: number): string {
  const [y, m, d] = ymd.split("-").map(Number);
  const total = y * 12 + (m - 1) + Math.floor(months);
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}


/** Whole calendar months from `from` to `to` (YYYY-MM-DD), for {{Months since}}. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

/** `ymd` plus `days` calendar days (one implementation, in ledger/dates). */
export { addDays };
