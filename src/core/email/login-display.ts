// A display name that is a login ("bmarsh82" <bmarsh82@…>): no name was set; the writer's name is the one they give.
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { SELF_INTRO_RE } from "./cues";

/** One word with a digit, the address's local part or its start: a login or handle, never a person's name. */
export function isLoginDisplay(display: string | undefined, email = ""): boolean {
  const d = (display || "").trim().toLowerCase();
  const local = email.slice(0, email.indexOf("@")).toLowerCase();
  return !!d && !/\s/.test(d) && /\d/.test(d) && /\p{L}/u.test(d) && (!local || local.startsWith(d));
}

/** A full name the writer introduces themselves with early in their text (en "This is …", de "Ich bin …"; SELF_INTRO_RE). */
const FULL_NAME_RE = /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?![\p{L}])/u;

/** "Hi! This is Becca Marsh, I live …" under a login display: "Becca Marsh". */
export function introducedFullName(body: string, person: Address): string | undefined {
  if (!isLoginDisplay(person.name, person.email)) return undefined;
  const flat = body.slice(0, 600).replace(/\s+/g, " ");
  const cue = SELF_INTRO_RE.exec(flat);
  if (!cue) return undefined;
  const m = FULL_NAME_RE.exec(flat.slice(cue.index + cue[0].length));
  return m ? normalizeName(m[1]) || undefined : undefined;
}
