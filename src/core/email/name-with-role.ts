// A signature line that is a name with the writer's role: "Liz (owner)", "Tomás Vidal (gerente)", de "Klavierbaumeister
// Florian Huber".
import { hasTitleWord } from "../contact/roles";

/** One or two capitalised words, then a role in brackets that is a job title (any language the title table knows). */
const NAME_ROLE_RE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s*[(（]([^()（）]{2,40})[)）]$/u;

/** The name and the role of such a line, else undefined. */
export function nameWithRole(line: string): { name: string; role: string } | undefined {
  const m = NAME_ROLE_RE.exec(line.trim());
  if (!m || !hasTitleWord(m[2])) return nameAfterProfession(line);
  return { name: m[1], role: m[2].trim() };
}

/**
 * de/at: a master craftsman's or a profession's title written before the name under the sign-off, as German and
 * Austrian trades sign ("Klavierbaumeister Florian Huber", "Dachdeckermeisterin Anna Roth", "Steuerberater Jan Wolf",
 * "Rechtsanwältin Eva Brandt", "Architekt …", "Tierärztin …"). Two or three words of the name after it.
 */
const PROFESSION_FIRST_RE =
  /^(\p{Lu}\p{Ll}*meister(?:in)?|Rechtsanw(?:alt|ältin)|Steuerberater(?:in)?|Architekt(?:in)?|Notar(?:in)?|Tierärzt(?:in)?|Tierarzt|Zahnärzt(?:in)?|Zahnarzt|Heilpraktiker(?:in)?|Physiotherapeut(?:in)?)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})$/u;

/** The name and the profession of such a line, else undefined. */
export function nameAfterProfession(line: string): { name: string; role: string } | undefined {
  const m = PROFESSION_FIRST_RE.exec(line.trim());
  return m ? { name: m[2], role: m[1] } : undefined;
}
