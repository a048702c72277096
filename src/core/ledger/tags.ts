// The Tags cell: a comma-separated set; capture adds Incomplete Lead and Needs review, never removes a tag.
import { TAGS } from "./columns";
import type { Lead } from "../lead";

export function splitTags(value: unknown): string[] {
  return String(value ?? "")
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** `existing` plus `add`, each tag once (compared without case), the user's order and spelling kept. */
export function addTags(existing: unknown, add: readonly string[]): string {
  const tags = splitTags(existing);
  for (const t of add) if (!tags.some((x) => x.toLowerCase() === t.toLowerCase())) tags.push(t);
  return tags.join(", ");
}

/** The tags capture gives a lead: Incomplete Lead without email and phone, Needs review when unsure. */
export function captureTags(lead: Lead, needsReview: boolean): string[] {
  const tags: string[] = [];
  if (!lead.email && !lead.phone) tags.push(TAGS.incomplete);
  if (needsReview) tags.push(TAGS.review);
  return tags;
}
