// The timed pass's summary job: rebuild when the ledger changed or a new week began; the Monday email once a week.
import type { TimedJob } from "./timed";
import { TAB_NAMES } from "../core/ledger/columns";
import { activityRows } from "../core/ledger/activity";
import { addDays, zoneClock } from "../core/summary/day";
import { weekStartOf, weekdayIndex } from "../core/summary/weeks";
import { summaryEmail } from "../core/summary/email";
import { recipientCount } from "../core/summary/recipients";
import { PropsStore } from "../workspace/props";
import { appendRows, openLedger, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { mailQuotaLeft, sendOwnerMail } from "../workspace/owner-mail";
import { loadSettings } from "./settings";
import { rebuildSummary, SUMMARY_KEYS, type RebuildResult } from "./summary";

export type SummaryJobResult =
  | "not due"
  | "rebuilt"
  | "rebuilt and sent"
  | "busy"
  | "not set up"
  | "no recipients"
  | "no quota left"
  | "not sent: bad recipients"
  | "send failed: retried next pass";

/** What is due now, from the properties only (one read). */
export function summaryDue(
  props: PropsStore,
  at: Date,
  settings: { timeZone: string; weekStartsOn: string; summaryDay: string; sendHour: number },
): { rebuild: boolean; email: boolean; week: string } {
  const clock = zoneClock(at, settings.timeZone);
  const week = weekStartOf(clock.ymd, weekdayIndex(settings.weekStartsOn));
  const lastWeek = addDays(week, -7);
  const sent = props.get(SUMMARY_KEYS.sentWeek) ?? "";
  const email =
    clock.weekday === weekdayIndex(settings.summaryDay) &&
    clock.hour >= settings.sendHour &&
    !sent.startsWith(week);
  const rebuild =
    email || props.get(SUMMARY_KEYS.dirty) === "1" || props.get(SUMMARY_KEYS.builtWeek) !== lastWeek;
  return { rebuild, email, week };
}

function logActivity(
  props: PropsStore,
  built: RebuildResult,
  at: Date,
  event: string,
  details: string,
): void {
  const ss = openLedger(props);
  const activity = ss?.getSheetByName(TAB_NAMES.activity);
  if (!activity) return;
  const header = activity.getRange(1, 1, 1, Math.max(1, activity.getLastColumn())).getValues()[0];
  appendRows(
    activity,
    activityRows(
      header,
      [
        {
          time: at,
          leadId: "",
          event,
          details,
          by: "automation",
          ref: `summary ${built.summary?.lastWeek.start ?? ""}`,
        },
      ],
      new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])),
    ),
  );
}

/** Sends the Monday email from a fresh rebuild; at most once per week, even if the run is cut off mid-send. */
export function sendWeeklyEmail(
  props: PropsStore,
  built: RebuildResult,
  week: string,
  at: Date,
): SummaryJobResult {
  const s = built.summary!;
  const to = built.settings!.summaryRecipients.trim();
  if (!to) return "no recipients";
  if (mailQuotaLeft() < recipientCount(to)) {
    // Logged once a week; the email goes out on a later pass once the quota is back.
    if (props.get(SUMMARY_KEYS.quotaLogged) !== week) {
      logActivity(
        props,
        built,
        at,
        "summary not sent",
        "MailApp's daily quota is used up; it is sent on a later pass",
      );
      props.set(SUMMARY_KEYS.quotaLogged, week);
      props.flush();
    }
    return "no quota left";
  }
  const charts = (built.charts ?? []).map((c, i) => {
    const title = String(c.getOptions().get("title") ?? `Chart ${i + 1}`);
    return { cid: `chart${i + 1}`, title, blob: c.getAs("image/png").setName(`${title}.png`) };
  });
  const mail = summaryEmail(s, {
    ledgerUrl: built.ledgerUrl ?? "",
    leadsSheetId: built.leadsSheetId,
    charts,
  });
  // Marked before sending: a run cut off after the send never sends a second copy.
  props.set(SUMMARY_KEYS.sentWeek, `${week}:sending`);
  props.flush();
  try {
    sendOwnerMail({
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      images: Object.fromEntries(charts.map((c) => [c.cid, c.blob])),
    });
  } catch (e) {
    // MailApp refused before sending. A bad address stays bad: logged once, that week's email is skipped.
    // Anything else (a service hiccup) is tried again on the next pass.
    const why = e instanceof Error ? e.message : String(e);
    const bad = /invalid/i.test(why);
    props.set(SUMMARY_KEYS.sentWeek, bad ? `${week}:failed` : "");
    props.flush();
    if (bad) logActivity(props, built, at, "summary not sent", `${why} (Summary recipients: ${to})`);
    return bad ? "not sent: bad recipients" : "send failed: retried next pass";
  }
  props.set(SUMMARY_KEYS.sentWeek, week);
  props.flush();
  logActivity(
    props,
    built,
    at,
    "summary sent",
    `Weekly summary for the week of ${s.lastWeek.start} sent to ${to}`,
  );
  return "rebuilt and sent";
}

export function runSummaryJob(now: () => Date): SummaryJobResult {
  const props = new PropsStore();
  const at = now();
  const settings = loadSettings(props, () => openLedger(props));
  const due = summaryDue(props, at, settings);
  if (!due.rebuild) return "not due";
  const built = rebuildSummary({ now, props });
  if (built.status !== "rebuilt") return built.status;
  return due.email ? sendWeeklyEmail(props, built, due.week, at) : "rebuilt";
}

export const SUMMARY_JOB: TimedJob = { name: "summary", run: (ctx) => runSummaryJob(ctx.now) };
