// A name and an address written apart in the same text that belong together: the address's local part spells the name.
import { findEmails, isGenericMailbox } from "../contact/email";
import { normalizeName } from "../contact/name";
import { plainWords } from "./list-mail";

/**
 * "rtamsin@…" for Robert Tamsin, "agnes@…" for Agnès Lemaire: a word of the name (accents folded, three letters or
 * more) in the address's local part. The one test of "this address is that person's" (e-mail rules share it).
 */
export function addressSpellsName(email: string, name: string | undefined): boolean {
  const local = email.split("@")[0].toLowerCase();
  return plainWords(name ?? "").some((w) => w.length >= 3 && local.includes(w));
}

/**
 * A capitalised word before the name that the address does not spell, when the address spells the next word: a
 * courtesy title or a word opening the sentence ("Herrn Tobias Brandt" for tobias.brandt@…, tr "Adayımız Mehmet
 * Demir", our candidate); two words stay.
 */
function withoutLeadIn(run: string, email: string): string {
  const words = run.split(/[ \t]+/);
  return words.length === 3 && !addressSpellsName(email, words[0]) && addressSpellsName(email, words[1])
    ? words.slice(1).join(" ")
    : run;
}

/** The capitalised name in the text whose words the address spells ("Agnès Lemaire" for agnes@…). */
export function nameForAddress(text: string, email: string): string {
  // A name stays on one line: "Graham Pike" over "Mobile: …" is not "Graham Pike Mobile".
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}/gu))
    if (addressSpellsName(email, m[0])) return normalizeName(withoutLeadIn(m[0], email));
  return "";
}

/** The address written in the text that spells the name ("Pieter van Dijk" … p.vandijk@…), not `except`. */
export function addressOfName(text: string, name: string, except = ""): string | undefined {
  return findEmails(text).find((e) => e !== except.toLowerCase() && addressSpellsName(e, name));
}

/**
 * A name in a script an address cannot spell ("דנה כהן" … dana@…; he, ar): the one personal address the text writes
 * other than the writer's, when there is just one.
 */
export function otherScriptAddress(flat: string, name: string, writer = ""): string | undefined {
  if (/\p{Script=Latin}/u.test(name)) return undefined;
  const others = [...new Set(findEmails(flat))].filter(
    (e) => e !== writer.toLowerCase() && !isGenericMailbox(e),
  );
  return others.length === 1 ? others[0] : undefined;
}
