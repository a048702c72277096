// The monthly nurture: on Nurture day at Send hour every eligible lost lead gets its next step; budget or time
// left over continues on the following passes and days. Never twice a month, never twice for one send.
import { ymdInZone } from "../core/ledger/dates";
import type { ActivityEntry } from "../core/ledger/activity";
import { planNurture } from "../core/nurture/plan";
import { composeNurture } from "../core/nurture/compose";
import { hourInZone, nurtureDue, sendBudget } from "../core/nurture/schedule";
import { PropsStore } from "../workspace/props";
import { withLock } from "../workspace/lock";
import { findSent, leadToken, pause, remainingQuota, sendRaw, tokenSecret } from "../workspace/nurture-mail";
import type { TimedContext } from "./timed";
import {
  ACTIVE_KEY,
  STATE_KEY,
  dropEntry,
  journalEntries,
  putEntry,
  type JournalEntry,
  type NurtureState,
} from "./nurture-journal";
import { eligibilityContext, readNurtureLedger, senderOf, type NurtureLedger } from "./nurture-ledger";
import { applySent } from "./nurture-apply";
import { loadSettings } from "./settings";
import { openLedger } from "../workspace/spreadsheet";

/** Gmail is paced: one send every 3 s (20 a minute) keeps a mailbox clear of bulk-sending limits. */
export const PACE_MS = 3000;
/** Time kept at the end of a run to write the sheet and Activity. */
const WRITE_MS = 30000;

export interface NurtureReport {
  status: "not due" | "done this month" | "budget used today" | "busy" | "not set up" | "ran";
  sent: number;
  recovered: number;
  left: number;
  detail?: string;
}

const QUOTA_ERROR = /sending quota exceeded|too many times for one day: email/i;

export function runNurture(ctx: TimedContext): NurtureReport {
  const props = new PropsStore();
  const state = props.getJson<NurtureState>(STATE_KEY, { month: "", done: false });
  const now = ctx.now();
  const hasPending = journalEntries(props).some((e) => !e.applied);
  // Cheap when not due: the settings snapshot and the state are in the properties just read.
  const settings = loadSettings(props, () => openLedger(props));
  const today = ymdInZone(now, settings.timeZone);
  const month = today.slice(0, 7);
  const due = nurtureDue(today, hourInZone(now, settings.timeZone), settings.nurtureDay, settings.sendHour);
  const none = { sent: 0, recovered: 0, left: 0 };
  // A settings snapshot read again after a Settings edit is kept, so the next passes stay cheap.
  props.flush();
  if (!hasPending) {
    if (!due) return { status: "not due", ...none };
    if (state.month === month && state.done) return { status: "done this month", ...none };
    if (state.waitDay === today) return { status: "budget used today", ...none };
  }
  const run = withLock(10000, () => sendLocked(ctx, props, due, today));
  return run.locked ? run.value : { status: "busy", ...none };
}

function sendLocked(ctx: TimedContext, props: PropsStore, due: boolean, today: string): NurtureReport {
  props.reload();
  const l = readNurtureLedger(props);
  if (typeof l === "string") return { status: "not set up", sent: 0, recovered: 0, left: 0, detail: l };
  const month = today.slice(0, 7);
  let state = props.getJson<NurtureState>(STATE_KEY, { month: "", done: false });
  if (state.month !== month) state = { month, done: false };
  if (state.day !== today) state = { ...state, day: today, dayQuota: undefined, waitDay: undefined };

  // An intent without a result: one search of Sent for its Message-ID decides whether it went out.
  let recovered = 0;
  for (const e of journalEntries(props).filter((x) => !x.sent)) {
    const found = findSent(e.messageId, e.email, Math.floor(new Date(e.at).getTime() / 1000) - 60);
    if (found) {
      putEntry(props, { ...e, sent: { ...found, at: e.at } });
      recovered++;
    } else dropEntry(props, e.leadId);
  }
  // Sent but not yet in the sheet: the plan must see those steps as done.
  const entries = journalEntries(props);
  for (const e of entries.filter((x) => x.sent && !x.applied)) overlay(l, e);

  let sent = 0;
  let left = 0;
  const extra: ActivityEntry[] = [];
  if (due && !state.done) {
    const eligibility = eligibilityContext(l, props, ctx.now());
    const plan = planNurture(l.values, l.map, l.templates, eligibility);
    // A refused template is logged once a month: the owner sees why its leads got nothing.
    const logged = new Set(state.refused ?? []);
    for (const r of plan.refused.filter((x) => !logged.has(x.template))) {
      extra.push({
        time: ctx.now(),
        leadId: "",
        event: "nurture template refused",
        details: `Template ${r.template}: ${r.reason}. Its leads get nothing until it is fixed.`,
        by: "automation",
        ref: `template:${month}:${r.template}`,
      });
      logged.add(r.template);
    }
    state.refused = [...logged];
    const remaining = remainingQuota();
    // The day's quota is the most seen remaining today (nurture's own Gmail sends may not count against it).
    state.dayQuota = Math.max(state.dayQuota ?? 0, remaining);
    const tz = l.settings.timeZone;
    const sentToday = entries.filter((e) => ymdInZone(new Date(e.at), tz) === today).length;
    let budget = sendBudget({
      remaining,
      dayQuota: state.dayQuota,
      keep: l.settings.keepForOwnMail,
      sentToday,
    });
    const secret = tokenSecret(props);
    const sender = senderOf(l);
    let stopped = false;
    for (const p of plan.sends) {
      if (budget <= 0 || ctx.msLeft() < WRITE_MS + PACE_MS) {
        stopped = true;
        if (budget <= 0) state.waitDay = today;
        left = plan.sends.length - sent;
        break;
      }
      const token = leadToken(p.lead.leadId, secret);
      const mail = composeNurture(p.lead, p.template, sender, token, month, ctx.now(), today);
      if (!mail.ok) continue; // a value with braces: the preview shows it; nothing is sent
      const intent = {
        leadId: p.lead.leadId,
        month,
        step: p.step,
        segment: p.segment,
        messageId: mail.messageId,
        email: p.lead.email,
        at: ctx.now().toISOString(),
      };
      putEntry(props, intent);
      props.setJson(STATE_KEY, state);
      props.flush(); // the intent is stored before the send
      try {
        const r = sendRaw(mail.raw);
        putEntry(props, { ...intent, sent: { id: r.id, threadId: r.threadId, at: intent.at } });
        sent++;
        budget--;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        stopped = true;
        left = plan.sends.length - sent;
        if (QUOTA_ERROR.test(message)) {
          dropEntry(props, intent.leadId); // refused: not sent
          state.waitDay = today;
        } // else: unknown whether it went out; the next run searches Sent for it
        break;
      }
      pause(PACE_MS);
    }
    if (!stopped) state.done = true;
    props.setJson(STATE_KEY, state);
    // Answers are looked for once an email went out: until then a pass's answers check is one property read.
    if (sent) props.set(ACTIVE_KEY, "1");
  } else props.setJson(STATE_KEY, state);
  props.flush();
  applySent(l, props, journalEntries(props), ctx.now(), extra);
  return { status: "ran", sent, recovered, left };
}

/** The in-memory row of a sent entry gets its new step, so the plan never repeats it. */
function overlay(l: NurtureLedger, e: JournalEntry): void {
  const idCol = l.map.index.leadId;
  if (idCol === undefined) return;
  const r = l.values.findIndex((row, i) => i > 0 && String(row[idCol]).trim() === e.leadId);
  if (r < 0) return;
  const stepCol = l.map.index.nurtureStep;
  const lastCol = l.map.index.lastNurture;
  if (stepCol !== undefined) l.values[r][stepCol] = Math.max(Number(l.values[r][stepCol]) || 0, e.step);
  if (lastCol !== undefined) l.values[r][lastCol] = e.sent!.at.slice(0, 10);
}
