// What a follow-up run needs besides the Leads read: the ledger's link (kept), the calendar's follow-up events
// (the calendar kept by id, re-found by name), and the Leads highlight rules kept in step with the settings.
import type { LeadKey } from "../core/ledger/columns";
import type { HeaderMap } from "../core/ledger/headers";
import type { EventResource } from "../core/followup/event-resource";
import type { PropsStore } from "../workspace/props";
import { CALENDAR_GONE, calendarByName, listFollowUpEvents } from "../workspace/calendar-events";
import { ensureLeadRules } from "../workspace/conditional-format";
import { CALENDAR_KEY } from "./setup";
import type { RunContext } from "./followups-run";

const LINK_KEY = "followups.ledgerLink";
const RULE_DAYS_KEY = "followups.highlightDays";

/** The ledger's URL and the Leads gid, kept in properties after the first pass (two calls, once). */
export function ledgerLink(
  props: PropsStore,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  leads: GoogleAppsScript.Spreadsheet.Sheet,
): { url: string; gid: number } {
  const kept = props.getJson<{ id: string; url: string; gid: number } | null>(LINK_KEY, null);
  const id = ss.getId();
  if (kept && kept.id === id) return kept;
  const link = { id, url: ss.getUrl(), gid: leads.getSheetId() };
  props.setJson(LINK_KEY, link);
  return link;
}

/** The Leads highlight follows the Overdue after (days) setting: its rules are redone when the setting changed. */
export function keepHighlightRules(ctx: RunContext, map: HeaderMap<LeadKey>): void {
  const days = String(ctx.settings.overdueAfterDays);
  if (ctx.props.get(RULE_DAYS_KEY) === days) return;
  const i = map.index;
  if (
    i.leadId === undefined ||
    i.stage === undefined ||
    i.nextFollowUp === undefined ||
    i.lastActivity === undefined ||
    i.tags === undefined
  )
    return;
  const col = (n: number) => n + 1;
  ensureLeadRules(
    ctx.leads,
    {
      leadId: col(i.leadId),
      stage: col(i.stage),
      nextFollowUp: col(i.nextFollowUp),
      lastActivity: col(i.lastActivity),
      tags: col(i.tags),
    },
    Number(ctx.settings.overdueAfterDays),
  );
  ctx.props.set(RULE_DAYS_KEY, days);
}

/** The calendar kept by id; when it is gone, found again by name (or created) and kept. */
export function listEvents(
  ctx: RunContext,
  timeMin: Date,
  leadId?: string,
): { calendarId: string; items: EventResource[] } {
  let calendarId = ctx.props.get(CALENDAR_KEY) || "";
  if (calendarId)
    try {
      return { calendarId, items: listFollowUpEvents(calendarId, timeMin, leadId) };
    } catch (e) {
      if (!CALENDAR_GONE.test(String(e instanceof Error ? e.message : e))) throw e;
    }
  calendarId = calendarByName(ctx.settings.reminderCalendar);
  ctx.props.set(CALENDAR_KEY, calendarId);
  return { calendarId, items: listFollowUpEvents(calendarId, timeMin, leadId) };
}
