// The outside person of the thread a clause of the note names: in full, by first name, or by surname alone.
import { domainOf, isGenericMailbox, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import type { Choice } from "./choose";
import { isSystemSender, type OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * The outside person of the thread whom `clause` names (never one set `aside`): the first found, or with `latest`
 * the one named last, or with `near` the one named nearest that position.
 */
export function decisionMakerIn(
  clause: string,
  note: string,
  messages: ThreadMessage[],
  side: OwnerSide,
  aside: Set<string>,
  latest: boolean,
  near?: number,
): Choice | undefined {
  const words = new Set(
    clause
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u)
      .filter(Boolean),
  );
  const capitalised = new Set(clause.match(/(?<![\p{L}])\p{Lu}[\p{L}'’-]+/gu) ?? []);
  const people = messages
    .flatMap((m) => [m.from, ...m.cc, ...m.to].map((a) => ({ a, m })))
    .filter(({ a }) => !!a?.email && !side.has(a) && !isSystemSender(a));
  const tokensOf = (a: Address) =>
    normalizeName(a.name)
      .toLowerCase()
      .split(/\s+/)
      .filter((t) => t.length > 1);
  // A first name alone ("hör av dig till Ingrid") names the one outside person who has it.
  const firstNamed = (first: string) =>
    new Set(people.filter(({ a }) => tokensOf(a as Address)[0] === first).map(({ a }) => a?.email)).size ===
    1;
  const surnameNamed = (last: string) =>
    new Set(people.filter(({ a }) => tokensOf(a as Address).slice(-1)[0] === last).map(({ a }) => a?.email))
      .size === 1;
  const lower = clause.toLowerCase();
  let best: { at: number; choice: Choice } | undefined;
  for (const { a, m } of people) {
    const person = a as Address;
    const tokens = tokensOf(person);
    if (aside.has(tokens[0]) || aside.has(tokens[tokens.length - 1])) continue;
    const named =
      tokens.length > 0 &&
      (tokens.every((t) => words.has(t)) ||
        (tokens.length > 1 && words.has(tokens[0]) && words.has(tokens[tokens.length - 1])) ||
        // A desk's display name ("Sekretariat Personal", "Reception Desk") has no first name to be called by.
        (tokens.length > 1 &&
          !isGenericMailbox(`${tokens[0]}@desk.example`) &&
          // A script without capitals (ar "الأستاذة سارة", he) writes the first name as any other word.
          ([...capitalised].some((w) => w.toLowerCase() === tokens[0]) ||
            (!/[\p{Lu}\p{Ll}]/u.test(tokens[0]) && words.has(tokens[0]))) &&
          firstNamed(tokens[0])) ||
        // Formal mail names people by surname ("chiama l'architetto Ferri", "call Mr Kapoor"): the one person with it.
        (tokens.length > 1 &&
          tokens[tokens.length - 1].length > 2 &&
          surnameAlone(clause, tokens[tokens.length - 1]) &&
          surnameNamed(tokens[tokens.length - 1])));
    if (!named) continue;
    const own = messages.find((x) => x.from?.email === person.email);
    // Copied by an outside writer of another domain who wrote nothing of their own (a school office passing on a
    // parent): that writer passed the lead on.
    const by =
      !own && m.from && m.from.email !== person.email && !side.has(m.from) && passedOnBy(m.from, person)
        ? m.from
        : undefined;
    const choice: Choice = {
      kind: "sender",
      person,
      message: own ?? m,
      namedIn: note,
      ...(by ? { passedBy: by } : {}),
    };
    if (!latest && near === undefined) return choice;
    const last = Math.max(...tokens.map((t) => lower.lastIndexOf(t)));
    const at = near === undefined ? last : -Math.abs(last - near);
    if (!best || at > best.at) best = { at, choice };
  }
  return best?.choice;
}

/**
 * The clause writes the surname capitalised and not as the last word of another full name ("Dana Whitfield" is not
 * Gord Whitfield): after a word in small letters ("l'architetto Ferri") or a courtesy title ("Mr Kapoor", "Frau Vogel").
 */
function surnameAlone(clause: string, last: string): boolean {
  const words = clause.split(/\s+/);
  return words.some((w, i) => {
    const bare = w.replace(/[^\p{L}'’-]+$/u, "");
    if (bare.toLowerCase() !== last || !/^\p{Lu}/u.test(bare)) return false;
    const prev = words[i - 1] ?? "";
    return !/^\p{Lu}/u.test(prev) || /^(?:Mr|Mrs|Ms|Dr|Herrn?|Frau|M|Mme|Sig|Sra?)\.?$/u.test(prev);
  });
}

/** Another domain's writer (not a system sender) who put the person in copy. */
function passedOnBy(writer: Address, person: Address): boolean {
  return !isSystemSender(writer) && domainOf(writer.email) !== domainOf(person.email);
}
