// The daily digest job: on business days, once the Reminder time has passed, one email to the owner (text +
// HTML) when there is something to say; never two the same day (the date is marked before sending); logged.
import { remainingMailQuota, sendOwnerMail } from "../workspace/mail";
import { LEAD_COLUMNS, TAB_NAMES, ACTIVITY_COLUMNS, type LeadKey } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { readRecord } from "../core/ledger/record";
import { ymdInZone } from "../core/ledger/dates";
import { activityRows } from "../core/ledger/activity";
import { buildDigest } from "../core/followup/digest";
import { rowLink } from "../core/followup/event-plan";
import { hhmmInZone, parseTimeOfDay, weekday } from "../core/followup/time";
import { PropsStore } from "../workspace/props";
import { appendRows, openLedger, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { withLock } from "../workspace/lock";
import { ownerEmail } from "../workspace/session";
import { loadSettings, SETTINGS_KEY } from "./settings";
import type { LedgerSettings } from "../core/ledger/settings";
import { defaultSettings } from "../core/ledger/settings-defaults";
import { ledgerLink } from "./followups-reads";
import type { TimedJob } from "./timed";

export const DIGEST_DATE_KEY = "digest.lastDate";
export const DIGEST_AT_KEY = "digest.lastAt";

const isOn = (v: unknown) => !/^(off|no|false|0|never)$/i.test(String(v ?? "").trim());

export type DigestResult =
  | { skipped: "off" | "not due" | "nothing to say" | "not set up" | "busy" | "no email quota" }
  | { sent: string; to: string };

export function runDailyDigest(now: () => Date): DigestResult {
  const props = new PropsStore();
  // The snapshot setup keeps in properties is enough to tell whether the digest is due: no other call.
  const snap = props.getJson<{ values?: LedgerSettings } | null>(SETTINGS_KEY, null)?.values;
  const settings = snap
    ? { ...defaultSettings(snap.owner ?? "", snap.timeZone ?? "UTC"), ...snap }
    : loadSettings(props, () => openLedger(props));
  if (!isOn(settings.dailyDigest)) return { skipped: "off" };
  const at = now();
  const tz = settings.timeZone;
  const today = ymdInZone(at, tz);
  const day = weekday(today);
  if (
    day === 0 ||
    day === 6 ||
    props.get(DIGEST_DATE_KEY) === today ||
    hhmmInZone(at, tz) < parseTimeOfDay(settings.reminderTime)
  )
    return { skipped: "not due" };
  const run = withLock(10000, (): DigestResult => {
    const ss = openLedger(props);
    const leads = ss?.getSheetByName(TAB_NAMES.leads);
    if (!ss || !leads) return { skipped: "not set up" };
    const values = leads.getSheetValues(1, 1, -1, -1);
    const map = mapHeaders<LeadKey>(values[0] ?? [], LEAD_COLUMNS);
    const link = ledgerLink(props, ss, leads);
    const ectx = {
      ledgerUrl: link.url,
      leadsSheetId: link.gid,
      timeZone: tz,
      reminderTime: "",
      reminderMinutes: 0,
    };
    const last = Date.parse(props.get(DIGEST_AT_KEY) ?? "");
    const digest = buildDigest({
      leads: values.slice(1).map((row, i) => ({ row: i + 2, rec: readRecord(row, map) })),
      today,
      timeZone: tz,
      rules: {
        overdueAfterDays: Number(settings.overdueAfterDays),
        untouchedAfterDays: Number(settings.untouchedAfterDays),
      },
      newSince: new Date(Number.isFinite(last) ? last : at.getTime() - 24 * 3600_000),
      link: (row) => rowLink(ectx, row),
      ledgerUrl: link.url,
    });
    // Marked before sending: a run cut off after the send can never send a second one today.
    props.set(DIGEST_DATE_KEY, today);
    if (!digest) {
      props.flush();
      return { skipped: "nothing to say" };
    }
    const to = settings.owner || ownerEmail();
    if (remainingMailQuota() < 1) {
      props.set(DIGEST_DATE_KEY, "");
      props.flush();
      return { skipped: "no email quota" };
    }
    props.set(DIGEST_AT_KEY, at.toISOString());
    props.flush();
    try {
      sendOwnerMail({
        to,
        subject: digest.subject,
        body: digest.text,
        htmlBody: digest.html,
        name: "Lead Ledger",
      });
    } catch (e) {
      // Not sent: the next pass may try again today.
      props.set(DIGEST_DATE_KEY, "");
      props.flush();
      throw e;
    }
    const activity = ss.getSheetByName(TAB_NAMES.activity);
    if (activity)
      appendRows(
        activity,
        activityRows(
          ACTIVITY_COLUMNS.map((c) => c.header),
          [
            {
              time: at,
              leadId: "",
              event: "digest sent",
              details: `${digest.subject} — to ${to}`,
              by: "automation",
              ref: `digest ${today}`,
            },
          ],
          new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])),
        ),
      );
    return { sent: digest.subject, to };
  });
  return run.locked ? run.value : { skipped: "busy" };
}

/** The timer's job: a property read (and the settings snapshot) when not due. */
export const DAILY_DIGEST_JOB: TimedJob = { name: "daily digest", run: (ctx) => runDailyDigest(ctx.now) };
