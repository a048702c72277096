// Reads the values a user typed into an add-on card from the action event, by field name.
import type { Lead } from "../core/lead";
import { ymdInZone } from "../core/ledger/dates";

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

/** A date picker's value as YYYY-MM-DD in `timeZone` (the user's, as the event gives it). */
export function formDate(e: CardEvent, name: string, timeZone: string): string {
  const ms = e.commonEventObject?.formInputs?.[name]?.dateInput?.msSinceEpoch;
  if (ms === undefined || ms === "") return "";
  return ymdInZone(new Date(Number(ms)), timeZone);
}

/** Parameters set on the action that was clicked. */
export function actionParameter(e: CardEvent, name: string): string {
  return e.commonEventObject?.parameters?.[name] ?? e.parameters?.[name] ?? "";
}

export const LEAD_FORM_FIELDS = ["name", "company", "title", "email", "phone", "website"] as const satisfies readonly (keyof Lead)[];

/** The lead as the user left it in the form (fields they cleared stay out). */
export function leadFromForm(e: CardEvent, timeZone: string): Lead {
  const lead: Lead = {};
  for (const key of LEAD_FORM_FIELDS) {
    const v = formText(e, key);
    if (v) lead[key] = v;
  }
  const followUp = formDate(e, "followUp", timeZone);
  if (followUp) lead.followUp = followUp;
  return lead;
}
