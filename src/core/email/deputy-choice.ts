// An out-of-office reply's stand-in as the lead, when the forwarder's note names them.
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import type { Choice } from "./choose";
import { outOfOfficeDeputy } from "./out-of-office";
import { isSystemSender, type OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/** The note names the person: their surname, or their first name, as a word. */
function namesPerson(note: string, person: Address): boolean {
  const words = new Set(note.toLowerCase().split(/[^\p{L}'’-]+/u));
  const tokens = normalizeName(person.name).toLowerCase().split(/\s+/);
  return tokens.some((t) => t.length > 1 && words.has(t));
}

/** An out-of-office reply's stand-in whom the forwarder's note names, read from the lines that name them. */
export function deputyChoice(
  m: ThreadMessage,
  note: string,
  side: OwnerSide,
): Extract<Choice, { kind: "sender" }> | undefined {
  const deputy = outOfOfficeDeputy(m.subject, m.body, m.from, (a) => side.has(a) || isSystemSender(a));
  if (!deputy || !namesPerson(note, deputy.person)) return undefined;
  return {
    kind: "sender",
    person: deputy.person,
    message: { ...m, from: deputy.person, body: deputy.text },
    deputyOf: m,
  };
}
