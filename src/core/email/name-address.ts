// A name and an address written apart in the same text that belong together: the address's local part spells the name.
import { findEmails, isGenericMailbox } from "../contact/email";
import { normalizeName } from "../contact/name";
import { plainWords } from "./list-mail";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { LEGAL_FORMS_SOURCE } from "../contact/legal-forms";

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

/** Right after a capitalised run: "& Fils SARL", " s.r.o.", ", GmbH": the run opens a company's name. */
const LEGAL_NEXT_RE = new RegExp(`^(?:\\s*&|,?\\s+(?:${LEGAL_FORMS_SOURCE})(?![\\p{L}]))`, "iu");

/**
 * The capitalised name in the text whose words the address spells ("Agnès Lemaire" for agnes@…): the one that spells
 * the most words ("Julien Garnier" over "Menuiserie Garnier" for julien.garnier@…), never a company's name the
 * person's is part of ("Menuiserie Garnier & Fils SARL", "Dvořák Stavby s.r.o."; any language's legal form).
 */
export function nameForAddress(text: string, email: string): string {
  const local = email.split("@")[0].toLowerCase();
  let best = "";
  let most = 0;
  // A name stays on one line: "Graham Pike" over "Mobile: …" is not "Graham Pike Mobile".
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}/gu)) {
    if (!addressSpellsName(email, m[0])) continue;
    const rest = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24).split("\n")[0];
    if (COMPANY_WORDS_RE.test(m[0]) || LEGAL_NEXT_RE.test(rest)) continue;
    const spelled = plainWords(m[0]).filter((w) => w.length >= 3 && local.includes(w)).length;
    if (spelled > most) [best, most] = [m[0], spelled];
  }
  return best ? normalizeName(withoutLeadIn(best, email)) : "";
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
