// Calendar API v3 event resources for follow-ups: the body written for a desired event, and a listed event
// read back into the ledger's terms (date and time in the ledger's zone, the Lead ID and sync stamps).
import { ymdInZone } from "../ledger/dates";
import { EVENT_MINUTES, type DesiredEvent } from "./event-plan";
import type { ExistingEvent } from "./reconcile";
import { hhmmInZone, instantInZone } from "./time";

/** Every follow-up event carries this private property: one filtered list call finds them all. */
export const APP_PROPERTY = { key: "app", value: "lead-ledger" } as const;

/** The fields of a Calendar v3 Event this code reads and writes. */
export interface EventResource {
  id?: string;
  summary?: string;
  description?: string;
  start?: { dateTime?: string; date?: string; timeZone?: string };
  end?: { dateTime?: string; date?: string; timeZone?: string };
  reminders?: { useDefault?: boolean; overrides?: { method?: string; minutes?: number }[] };
  extendedProperties?: { private?: Record<string, string> };
  updated?: string;
  created?: string;
  status?: string;
}

/** The body to insert or patch; with `at`, the start and end too (a patch without it leaves the times alone). */
export function eventBody(
  d: DesiredEvent,
  timeZone: string,
  at?: { ymd: string; time: string },
): EventResource {
  const body: EventResource = {
    summary: d.summary,
    description: d.description,
    reminders: {
      useDefault: false,
      overrides: [
        { method: "popup", minutes: d.popupMinutes },
        { method: "email", minutes: d.emailMinutes },
      ],
    },
    extendedProperties: {
      private: {
        [APP_PROPERTY.key]: APP_PROPERTY.value,
        leadId: d.leadId,
        ledgerDate: d.ymd,
        ledgerTime: d.time,
      },
    },
  };
  if (at) {
    const start = instantInZone(at.ymd, at.time, timeZone);
    const end = new Date(start.getTime() + EVENT_MINUTES * 60000);
    body.start = { dateTime: start.toISOString(), timeZone };
    body.end = { dateTime: end.toISOString(), timeZone };
  }
  return body;
}

/** A listed event in the ledger's terms; null for an event that is not one of ours (or is cancelled). */
export function readEvent(item: EventResource, timeZone: string): ExistingEvent | null {
  const tags = item.extendedProperties?.private ?? {};
  if (
    !item.id ||
    item.status === "cancelled" ||
    tags[APP_PROPERTY.key] !== APP_PROPERTY.value ||
    !tags.leadId
  )
    return null;
  const startText = item.start?.dateTime ?? (item.start?.date ? `${item.start.date}T00:00:00Z` : "");
  const start = new Date(startText);
  if (isNaN(start.getTime())) return null;
  const overrides = item.reminders?.useDefault ? [] : (item.reminders?.overrides ?? []);
  const minutes = (m: string) =>
    overrides
      .filter((o) => o.method === m)
      .map((o) => Number(o.minutes))
      .sort((a, b) => a - b);
  return {
    id: item.id,
    leadId: tags.leadId,
    ymd: item.start?.date ?? ymdInZone(start, timeZone),
    time: item.start?.date ? "" : hhmmInZone(start, timeZone),
    summary: item.summary ?? "",
    description: item.description ?? "",
    popupMinutes: minutes("popup"),
    emailMinutes: minutes("email"),
    ledgerDate: tags.ledgerDate ?? "",
    ledgerTime: tags.ledgerTime ?? "",
    updated: item.updated ?? "",
    created: item.created ?? "",
  };
}
