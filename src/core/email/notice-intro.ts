// A network member's message, relayed by a notification (LinkedIn, a marketplace), that introduces someone else.
import { findEmails, type Address } from "../contact/email";
import { describedInIntro } from "./described";
import type { FormFields } from "./form";
import { introducedByName, isIntroduction } from "./intro";
import { isKnownName } from "./intro-people";
import { addressSpellsName } from "./name-address";

/**
 * The person the member's own words introduce ("I'd love to introduce you to Ben Adeyemi, … his details:
 * ben@…, (604) 555-0187", "Queria te apresentar a …", any language the intro cues cover): their name, the address
 * that spells it and what the text says of them; `member` (the notice's sender) passed them on. The notice's own
 * addresses (`excluded`) and the member's are never theirs.
 */
export function introducedInNotice(
  text: string,
  member: FormFields,
  excluded: (email: string) => boolean,
  region: string,
): { form: FormFields; passedBy: Address } | undefined {
  if (!member.name || !isIntroduction(text)) return undefined;
  const person = introducedByName(text, (n) => isKnownName(n, [{ name: member.name ?? "", email: "" }]));
  if (!person) return undefined;
  // The notice's reading may have given the member the address written for the one introduced.
  const theirs = (e: string) => addressSpellsName(e, person.name) && !addressSpellsName(e, member.name);
  const by: Address = { name: member.name, email: member.email && !theirs(member.email) ? member.email : "" };
  const at = text.indexOf(person.name);
  const after = at >= 0 ? text.slice(at) : text;
  const email = findEmails(after).find((e) => !excluded(e) && theirs(e));
  // What the text says of them, up to the member's own lines ("Sarah's number: …" under the message).
  const said = describedInIntro(after.split(/\n\s*\n/)[0], { name: person.name, email: email ?? "" }, region);
  const form: FormFields = { name: person.name };
  if (email) form.email = email;
  for (const k of ["phone", "company", "title"] as const) if (said[k]) form[k] = said[k];
  return { form, passedBy: by };
}
