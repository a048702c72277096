// Two people signing one block, one line each: the other person's "Name, Title | phone" line is not this person's.
import type { Address } from "../contact/email";
import { isTitleLine } from "./line-kinds";
import { nameTokens } from "./sig-start";

/** "Ravi Menon, Co-founder & Events | …": a full name, then a separator and a title on the same line. */
export const OTHER_PERSON_LINE_RE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:,|\s[|–—-])\s*([^|]+)/u;

export function isOtherPersonLine(line: string, person: Address): boolean {
  const m = OTHER_PERSON_LINE_RE.exec(line);
  if (!m || !isTitleLine(m[2].trim())) return false;
  const own = nameTokens(person.name);
  return !m[1]
    .toLowerCase()
    .split(/\s+/)
    .some((w) => own.includes(w));
}
