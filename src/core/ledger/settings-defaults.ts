// The Settings tab's defaults for a new ledger, worked out from the owner's address and time zone.
import type { LedgerSettings } from "./settings";

/** Phone regions for a time zone's country, for the default of "Phone region". */
const ZONE_REGION: [RegExp, string][] = [
  [/^America\/(Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal)/, "CA"],
  [/^America\//, "US"],
  [/^Europe\/London/, "GB"],
  [/^Europe\/(Berlin|Busingen)/, "DE"],
  [/^Europe\/Paris/, "FR"],
  [/^Europe\/Madrid/, "ES"],
  [/^Europe\/Rome/, "IT"],
  [/^Europe\/Amsterdam/, "NL"],
  [/^Australia\//, "AU"],
];

export function defaultSettings(owner: string, timeZone: string): LedgerSettings {
  const [local, domain] = owner.split("@");
  return {
    captureLabel: "Leads",
    capturedLabel: "Leads/Captured",
    plusAddress: local && domain ? `${local.replace(/\+.*$/, "")}+leads@${domain}` : "",
    cardsFolder: "Lead cards",
    reminderCalendar: "Lead follow-ups",
    followUpDays: 2,
    region: ZONE_REGION.find(([re]) => re.test(timeZone))?.[1] ?? "US",
    timeZone,
    owner,
    captureMinutes: 15,
    nurtureStartMonths: 3,
    nurtureIntervalDays: 30,
    nurtureLength: 6,
    sendHour: 9,
    summaryDay: "Monday",
    summaryRecipients: owner,
    weekStartsOn: "Monday",
    reminderTime: "09:00",
    reminderMinutes: 30,
    overdueAfterDays: 2,
    untouchedAfterDays: 14,
    dailyDigest: "on",
    nurtureDay: 1,
    keepForOwnMail: "20%",
    businessAddress: "",
    webAppUrl: "",
    ownerName: nameFromAddress(local ?? ""),
    businessName: "",
  };
}

/** "sam.rivera" → "Sam Rivera": a first guess at the owner's name, which they correct in Settings. */
function nameFromAddress(local: string): string {
  return local
    .replace(/\+.*$/, "")
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
    .join(" ");
}
