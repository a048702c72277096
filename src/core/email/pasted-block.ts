// A person's details pasted into someone else's message ("PS her details:" then her name over her signature lines).
import type { Address } from "../contact/email";
import { normalizeName, stripPostNominals } from "../contact/name";
import { personPart } from "./people";
import { readNameLine } from "./sig-start";
import { SIGN_OFF_RE } from "./sign-off-lines";
import { readSignature, type ContactDetails } from "./signature";

/**
 * The signature block that opens with a line holding only `person`'s full name (post-nominals aside) in a message
 * written by someone else: an introducer's pasted copy of the person's card or signature. Empty when no such line.
 */
export function pastedBlock(body: string, person: Address, region: string): ContactDetails {
  const full = normalizeName(personPart(person.name)).toLowerCase();
  // ko/zh/ja names are written without a space ("김민준"): one word of the script is a full name.
  if (!/\s/.test(full) && !/^[\p{sc=Han}\p{sc=Hangul}]{2,5}$/u.test(full)) return {};
  const surname = full.slice(full.lastIndexOf(" ") + 1);
  if (!body.toLowerCase().includes(surname)) return {};
  const lines = body.split(/\r?\n/);
  const at = lines.findIndex(
    (l) =>
      l.length < full.length + (l.includes("@") ? 100 : 40) &&
      l.toLowerCase().includes(surname) &&
      (normalizeName(stripPostNominals(l.trim())).toLowerCase() === full ||
        // "Nomvula Dlamini, Facilities Engineer", ko "김민준 대표이사": the name with its title on the line.
        readNameLine(l.trim()).name.toLowerCase() === full),
  );
  if (at < 0) return {};
  // The last line is no block; a name with nothing under it is a greeting or a sign-off, unless the line is a card on
  // its own ("Sarah Nguyen, Director - sarah.nguyen@… or 0491 …").
  if (at >= lines.length - 1 || !lines[at + 1].trim())
    return /@|\d{3}/.test(lines[at].slice(full.length)) ? readSignature(lines[at], person, region) : {};
  return readSignature(blockFrom(lines, at), person, region);
}

/**
 * The lines of a pasted block from its name line: it ends where the writer's own prose resumes after a blank line
 * ("Please contact him directly …", "Ya me contarás."), so the writer's sign-off and signature below are not read.
 */
export function blockFrom(lines: string[], at: number): string {
  const block = lines.slice(at);
  // The writer's sign-off ends it too ("Ystävällisin terveisin" over the writer's own name).
  const end = block.findIndex(
    (l, i) => i > 0 && ((!block[i - 1].trim() && isProse(l)) || SIGN_OFF_RE.test(l)),
  );
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
