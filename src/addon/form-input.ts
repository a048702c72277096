// Reads the values a user typed into an add-on card from the action event, by field name.
import type { Lead } from "../core/lead";

type Inputs = Record<string, { stringInputs?: { value?: string[] }; dateInput?: { msSinceEpoch?: number | string } }>;

export interface CardEvent {
  commonEventObject?: { formInputs?: Inputs; parameters?: Record<string, string>; timeZone?: { id?: string } };
  gmail?: { messageId?: string; accessToken?: string };
  drive?: { selectedItems?: { id: string; title?: string; mimeType?: string }[] };
  parameters?: Record<string, string>;
}

/** The text typed into field `name`, trimmed; "" when empty or absent. */
export function formText(e: CardEvent, name: string): string {
  return (e.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0] ?? "").trim();
}

/**
 * A date picker's value as YYYY-MM-DD. Google gives the chosen day at 00:00 UTC, whatever the user's zone, so
 * it is read in UTC: read in Toronto's zone it would be the day before. (A date-time picker is different: its
 * value is the user's local wall time; none is used here.)
 */
export function formDate(e: CardEvent, name: string): string {
  const ms = Number(e.commonEventObject?.formInputs?.[name]?.dateInput?.msSinceEpoch ?? NaN);
  if (!Number.isFinite(ms)) return "";
  return new Date(ms).toISOString().slice(0, 10);
}

/** The value to prefill a date picker with for the day `ymd`: that day at 00:00 UTC, as Google reads it. */
export function datePickerMs(ymd: string): number {
  return Date.parse(`${ymd}T00:00:00Z`);
}

/** Parameters set on the action that was clicked. */
export function actionParameter(e: CardEvent, name: string): string {
  return e.commonEventObject?.parameters?.[name] ?? e.parameters?.[name] ?? "";
}

export const LEAD_FORM_FIELDS = ["name", "company", "title", "email", "phone", "website"] as const satisfies readonly (keyof Lead)[];

/** The lead as the user left it in the form (fields they cleared stay out). */
export function leadFromForm(e: CardEvent): Lead {
  const lead: Lead = {};
  for (const key of LEAD_FORM_FIELDS) {
    const v = formText(e, key);
    if (v) lead[key] = v;
  }
  const followUp = formDate(e, "followUp");
  if (followUp) lead.followUp = followUp;
  return lead;
}
