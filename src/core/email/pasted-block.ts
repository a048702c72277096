// A person's details pasted into someone else's message ("PS her details:" then her name over her signature lines).
import type { Address } from "../contact/email";
import { normalizeName, stripPostNominals } from "../contact/name";
import { personPart } from "./people";
import { readSignature, type ContactDetails } from "./signature";

/**
 * The signature block that opens with a line holding only `person`'s full name (post-nominals aside) in a message
 * written by someone else: an introducer's pasted copy of the person's card or signature. Empty when no such line.
 */
export function pastedBlock(body: string, person: Address, region: string): ContactDetails {
  const full = normalizeName(personPart(person.name)).toLowerCase();
  if (!/\s/.test(full)) return {};
  const surname = full.slice(full.lastIndexOf(" ") + 1);
  if (!body.toLowerCase().includes(surname)) return {};
  const lines = body.split(/\r?\n/);
  const at = lines.findIndex(
    (l) =>
      l.length < full.length + 40 &&
      l.toLowerCase().includes(surname) &&
      normalizeName(stripPostNominals(l.trim())).toLowerCase() === full,
  );
  // The last line is no block; a name with nothing under it is a greeting or a sign-off.
  if (at < 0 || at >= lines.length - 1 || !lines[at + 1].trim()) return {};
  return readSignature(blockFrom(lines, at), person, region);
}

/**
 * The lines of a pasted block from its name line: it ends where the writer's own prose resumes after a blank line
 * ("Please contact him directly …", "Ya me contarás."), so the writer's sign-off and signature below are not read.
 */
export function blockFrom(lines: string[], at: number): string {
  const block = lines.slice(at);
  const end = block.findIndex((l, i) => i > 0 && !block[i - 1].trim() && isProse(l));
  return (end > 0 ? block.slice(0, end) : block).join("\n");
}

/**
 * A sentence of the writer's, never a signature line: six words or more ending in punctuation, or a short one whose
 * last word ends it ("Ya me contarás.", "Let me know!"; a legal form's "S.L." or "Inc." is no such word).
 */
function isProse(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  return (words >= 6 && /[.!?:;,)]$/.test(t)) || (words >= 2 && /\p{Ll}{2,}[.!?]$/u.test(t));
}
