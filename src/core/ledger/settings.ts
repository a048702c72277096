// Settings: the keys the Settings tab holds, with each one's label, kind of value and help text.

export interface LedgerSettings {
  captureLabel: string;
  capturedLabel: string;
  plusAddress: string;
  cardsFolder: string;
  reminderCalendar: string;
  followUpDays: number;
  region: string;
  timeZone: string;
  owner: string;
  captureMinutes: number;
  nurtureStartMonths: number;
  nurtureIntervalDays: number;
  nurtureLength: number;
  sendHour: number;
  summaryDay: string;
  summaryRecipients: string;
  weekStartsOn: string;
  reminderTime: string;
  reminderMinutes: number;
  overdueAfterDays: number;
  untouchedAfterDays: number;
  dailyDigest: string;
  nurtureDay: number;
  keepForOwnMail: string;
  businessAddress: string;
  webAppUrl: string;
  ownerName: string;
  businessName: string;
}

type Kind = "text" | "number";

/** Each setting: its key in the tab, its help text, and the default (given the owner and time zone). */
export const SETTINGS_SPEC: { key: keyof LedgerSettings; label: string; kind: Kind; help: string }[] = [
  {
    key: "captureLabel",
    label: "Capture label",
    kind: "text",
    help: "Gmail label whose threads are captured",
  },
  {
    key: "capturedLabel",
    label: "Captured label",
    kind: "text",
    help: "Gmail label put on captured threads",
  },
  {
    key: "plusAddress",
    label: "Plus-address",
    kind: "text",
    help: "Mail sent here gets the capture label (a Gmail filter)",
  },
  {
    key: "cardsFolder",
    label: "Cards folder",
    kind: "text",
    help: "Drive folder where business-card photos go",
  },
  {
    key: "reminderCalendar",
    label: "Reminder calendar",
    kind: "text",
    help: "Calendar for follow-up reminders",
  },
  {
    key: "followUpDays",
    label: "Default follow-up (business days)",
    kind: "number",
    help: "Next follow-up when the email names no date",
  },
  {
    key: "region",
    label: "Phone region",
    kind: "text",
    help: "Country code for numbers written without one (CA, US, GB, DE …)",
  },
  { key: "timeZone", label: "Time zone", kind: "text", help: "Dates are computed in this time zone" },
  { key: "owner", label: "Owner", kind: "text", help: "Default owner of new leads" },
  {
    key: "captureMinutes",
    label: "Capture every (minutes)",
    kind: "number",
    help: "Sheet-bound script: 5–30; the add-on runs hourly",
  },
  {
    key: "nurtureStartMonths",
    label: "Nurture start (months after Lost)",
    kind: "number",
    help: "When a lost lead gets its first nurture email",
  },
  {
    key: "nurtureIntervalDays",
    label: "Nurture interval (days)",
    kind: "number",
    help: "Days between nurture emails",
  },
  {
    key: "nurtureLength",
    label: "Nurture length (emails)",
    kind: "number",
    help: "Nurture emails before the sequence ends",
  },
  { key: "sendHour", label: "Send hour", kind: "number", help: "Hour of day nurture emails are sent" },
  { key: "summaryDay", label: "Weekly summary day", kind: "text", help: "Day the weekly summary is sent" },
  {
    key: "summaryRecipients",
    label: "Summary recipients",
    kind: "text",
    help: "Who receives the weekly summary (comma-separated)",
  },
  {
    key: "weekStartsOn",
    label: "Week starts on",
    kind: "text",
    help: "First day of a week in the Summary tab (Monday, Sunday …)",
  },
  {
    key: "reminderTime",
    label: "Reminder time",
    kind: "text",
    help: "Time of day of follow-up events and the daily digest (HH:MM, ledger time zone)",
  },
  {
    key: "reminderMinutes",
    label: "Reminder minutes before",
    kind: "number",
    help: "Popup and email reminder this many minutes before a follow-up (email: 5 to 40320)",
  },
  {
    key: "overdueAfterDays",
    label: "Overdue after (days)",
    kind: "number",
    help: "Days past its follow-up, with no activity since, before an open lead is overdue",
  },
  {
    key: "untouchedAfterDays",
    label: "Untouched after (days)",
    kind: "number",
    help: "Days without activity before an open lead is listed as untouched",
  },
  { key: "dailyDigest", label: "Daily digest", kind: "text", help: "on or off: the morning email of follow-ups" },
  { key: "nurtureDay", label: "Nurture day", kind: "number", help: "Day of the month nurture emails go out" },
  {
    key: "keepForOwnMail",
    label: "Keep for my own mail",
    kind: "text",
    help: "Share of the day's email quota nurture never uses (e.g. 20%, or a number of emails)",
  },
  {
    key: "businessAddress",
    label: "Business address",
    kind: "text",
    help: "Postal address in every nurture email's footer (anti-spam laws ask for one)",
  },
  {
    key: "webAppUrl",
    label: "Unsubscribe web app URL",
    kind: "text",
    help: "Optional: your deployed web app's /exec URL, for one-click unsubscribe",
  },
  {
    key: "ownerName",
    label: "Your name",
    kind: "text",
    help: "How nurture emails are signed and who they are from",
  },
  { key: "businessName", label: "Business name", kind: "text", help: "Your business, in nurture emails" },
];
