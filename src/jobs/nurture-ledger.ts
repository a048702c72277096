// What every nurture job reads: the settings, the Leads tab (one read), the Templates tab, and the owner.
import { LEAD_COLUMNS, TAB_NAMES, type LeadKey } from "../core/ledger/columns";
import { mapHeaders, type HeaderMap } from "../core/ledger/headers";
import type { LedgerSettings } from "../core/ledger/settings";
import { readTemplates, type NurtureTemplate } from "../core/nurture/templates";
import { ymdInZone } from "../core/ledger/dates";
import type { EligibilityContext } from "../core/nurture/eligibility";
import type { Sender } from "../core/nurture/compose";
import { openLedger, readAll } from "../workspace/spreadsheet";
import { ownerAddresses, ownerEmail } from "../workspace/session";
import type { PropsStore } from "../workspace/props";
import { loadSettings } from "./settings";
import { journalEntries, suppressed } from "./nurture-journal";

/** Properties the web app records a one-click unsubscribe under (applied by the next answers pass). */
export const UNSUB_PREFIX = "nurture.unsub.";

export interface NurtureLedger {
  settings: LedgerSettings;
  leads: GoogleAppsScript.Spreadsheet.Sheet;
  activity: GoogleAppsScript.Spreadsheet.Sheet;
  values: unknown[][];
  map: HeaderMap<LeadKey>;
  templates: NurtureTemplate[];
  owner: string;
  ownerEmails: string[];
}

/** The ledger, or why it cannot be read (not set up). */
export function readNurtureLedger(props: PropsStore): NurtureLedger | string {
  const ss = openLedger(props);
  if (!ss) return "the ledger is not set up";
  const settings = loadSettings(props, () => ss);
  const leads = ss.getSheetByName(TAB_NAMES.leads);
  const activity = ss.getSheetByName(TAB_NAMES.activity);
  if (!leads || !activity) return "the Leads or Activity tab is missing: run Set up";
  const values = readAll(leads);
  const map = mapHeaders<LeadKey>(values[0] ?? [], LEAD_COLUMNS);
  const templatesTab = ss.getSheetByName(TAB_NAMES.templates);
  const templates = templatesTab ? readTemplates(readAll(templatesTab)) : [];
  const owner = ownerEmail();
  return { settings, leads, activity, values, map, templates, owner, ownerEmails: ownerAddresses(owner) };
}

export function eligibilityContext(
  l: NurtureLedger,
  props: PropsStore,
  now: Date,
): EligibilityContext & { businessAddress: string } {
  const s = l.settings;
  const today = ymdInZone(now, s.timeZone);
  const month = today.slice(0, 7);
  return {
    today,
    timeZone: s.timeZone,
    startMonths: s.nurtureStartMonths,
    intervalDays: s.nurtureIntervalDays,
    length: s.nurtureLength,
    ownerEmails: l.ownerEmails,
    suppressed: suppressed(props),
    sentThisMonth: new Set(
      journalEntries(props)
        .filter((e) => e.month === month)
        .map((e) => e.leadId),
    ),
    businessAddress: s.businessAddress,
  };
}

export function senderOf(l: NurtureLedger): Sender {
  const s = l.settings;
  return {
    ownerEmail: l.owner,
    ownerName: s.ownerName,
    businessName: s.businessName,
    businessAddress: s.businessAddress,
    webAppUrl: /^https:\/\//i.test(s.webAppUrl) ? s.webAppUrl : "",
    timeZone: s.timeZone,
  };
}
