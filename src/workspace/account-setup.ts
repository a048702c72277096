// Setup outside the sheet: Gmail labels and the plus-address filter, the Lead cards folder, the calendar.
import { labelIds, labelNamed } from "./gmail-capture";
import { findCardsFolder, processedFolder } from "./cards-folder";

/** Both labels exist afterwards; returns the names created now. */
export function ensureLabels(names: string[]): string[] {
  const created: string[] = [];
  const known = labelIds();
  for (const name of names) {
    if (known.has(name.toLowerCase())) continue;
    labelNamed(name, true, known);
    created.push(name);
  }
  return created;
}

/** A filter that puts the capture label on mail sent to the plus-address; true when created now. */
export function ensurePlusFilter(plusAddress: string, labelName: string): boolean {
  if (!plusAddress) return false;
  const labels = Gmail!.Users!.Labels!.list("me").labels ?? [];
  const label = labels.find((l) => (l.name ?? "").toLowerCase() === labelName.toLowerCase());
  if (!label?.id) return false;
  const filters = Gmail!.Users!.Settings!.Filters!.list("me").filter ?? [];
  const exists = filters.some(
    (f) =>
      (f.criteria?.to ?? "").toLowerCase() === plusAddress.toLowerCase() &&
      (f.action?.addLabelIds ?? []).includes(label.id!),
  );
  if (exists) return false;
  Gmail!.Users!.Settings!.Filters!.create(
    { criteria: { to: plusAddress }, action: { addLabelIds: [label.id] } },
    "me",
  );
  return true;
}

export function ensureCardsFolder(id: string | undefined, name: string): string {
  const folder = findCardsFolder(id, name, true)!;
  processedFolder(folder);
  return folder.getId();
}

export function ensureCalendar(id: string | undefined, name: string): string {
  if (id) {
    const byId = CalendarApp.getCalendarById(id);
    if (byId) return id;
  }
  const found = CalendarApp.getCalendarsByName(name);
  return (found.length ? found[0] : CalendarApp.createCalendar(name)).getId();
}
