// The one who decides, as the forwarder's note names them ("the decision maker is Helen Cho", "Hon bestämmer").
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import type { Choice } from "./choose";
import { DECISION_MAKER_RES, NOT_THIS_PERSON_RE, PERSON_PRONOUN_RE } from "./cues";
import { isSystemSender, type OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * The outside person the forwarder's note names as the one who decides ("Rob is the assistant, the decision
 * maker is Helen Cho"): read in the clause of the note that holds the cue, without anyone it sets aside ("non Marco").
 * A pronoun there ("Hon bestämmer", "è lui che decide") stands for a person named in an earlier clause.
 */
export function namedDecisionMaker(
  note: string,
  messages: ThreadMessage[],
  side: OwnerSide,
): Choice | undefined {
  // Clauses end at punctuation, "but" and "and" (en, fr, es, de, it, pt, nl, sv, nb/da).
  const clauses = note.split(
    /[.;!?\n]|,\s+|\s+(?:but|and|mais|et|pero|y|aber|und|ma|mas|e|maar|en|men|och|og)\s+/i,
  );
  const at = clauses.findIndex((c) => DECISION_MAKER_RES.some((re) => re.test(c)));
  if (at < 0) return undefined;
  const kept = clauses.map((c) => c.replace(NOT_THIS_PERSON_RE, " "));
  // Whom the note sets aside anywhere ("follow up with her (not Marcus)") is never the one who decides.
  const aside = new Set(
    (note.match(NOT_THIS_PERSON_RE) ?? [])
      .flatMap((m) => m.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
      .map((w) => w.toLowerCase()),
  );
  const find = (i: number, latest = false) =>
    kept[i].trim() ? decisionMakerIn(kept[i], note, messages, side, aside, latest) : undefined;
  // The name is in the cue's clause, else in the next one ("the one to talk to is their CFO,\nMartin Osei").
  const next = kept.findIndex((c, i) => i > at && !!c.trim());
  const found = find(at);
  if (found) return found;
  // The pronoun stands for the person named nearest before it ("Marcus handed this over to Nora, she decides").
  if (PERSON_PRONOUN_RE.test(clauses[at]))
    for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
      const before = find(i, true);
      if (before) return before;
    }
  return next > 0 ? find(next) : undefined;
}

function decisionMakerIn(
  clause: string,
  note: string,
  messages: ThreadMessage[],
  side: OwnerSide,
  aside: Set<string>,
  latest: boolean,
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
        (tokens.length > 1 &&
          [...capitalised].some((w) => w.toLowerCase() === tokens[0]) &&
          firstNamed(tokens[0])));
    if (!named) continue;
    const own = messages.find((x) => x.from?.email === person.email);
    const choice: Choice = { kind: "sender", person, message: own ?? m, namedIn: note };
    if (!latest) return choice;
    const at = Math.max(...tokens.map((t) => lower.lastIndexOf(t)));
    if (!best || at > best.at) best = { at, choice };
  }
  return best?.choice;
}
