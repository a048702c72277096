// The forwarder's note says to call one the forwarded mail was copied to ("call the one in cc, Ms. Reyes").
import type { Address } from "../contact/email";
import type { Choice } from "./choose";
import { decisionMakerIn } from "./clause-person";
import { CC_WORDS } from "./cues";
import { NOT_THIS_PERSON_RE } from "./decision-words";
import { isSystemSender, type OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

// A copy word standing alone in the note ("the one in cc", "Mme Dumont en copie", "Frau Kunz in Kopie"): any language.
const NOTE_CC_RE = new RegExp(`(?<![\\p{L}])(?:${CC_WORDS})(?![\\p{L}])`, "iu");

/**
 * The owner's side telling whom to contact or go with, by language: en call/ring/phone/contact/reach/go with, fr
 * (r)appeler/contacter/joindre, de anrufen/zurückrufen/kontaktieren, es llamar/contactar, it (ri)chiamare/contattare,
 * pt ligar/contatar, nl bellen, sv/nb/da ringa/ringe/kontakta, pl zadzwoń, cs zavolej, fi soita.
 */
const CONTACT_VERB_RE =
  /(?<![\p{L}])(?:call|ring|phone|contact|reach out to|get back to|follow up with|go with|(?:r)?appel(?:er|le|les|lez|ons)|contact(?:er|ez)|joindre|an(?:zu)?rufen|zurück(?:zu)?rufen|ruf|kontaktier(?:en|e)|llam(?:ar|a|e)(?:la|lo|le)?|contact(?:ar|a|e)(?:la|lo|le)?|(?:ri)?chiam(?:are|a|i)(?:la|lo)?|contatt(?:are|a|i)(?:la|lo)?|lig(?:ar|a|ue)|contat(?:ar|e)|bel(?:len)?|ring(?:a|e)?|kontakta|zadzwoń|zavolej(?:te)?|soita)(?![\p{L}])/iu;

/**
 * A clause of the note that tells to contact someone and names exactly one outside person who is only a recipient of
 * the forwarded mail (in its Cc or To, never a writer of it): in full, by a first name nobody else has, or by courtesy
 * title and surname ("c'est Mme Dumont en copie qu'il faut rappeler"); or it points at "the one in cc" and the next
 * clause names them ("Please call the one in cc, Ms. Reyes"). Nobody the note sets aside ("not Amy"); no writer named
 * in the same clause. Any client and language.
 */
export function copiedTheNoteNames(
  note: string,
  messages: ThreadMessage[],
  side: OwnerSide,
): Choice | undefined {
  const outside = (a: Address | undefined): a is Address => !!a?.email && !side.has(a) && !isSystemSender(a);
  const writers = messages.map((m) => m.from).filter(outside);
  const taken = new Set(writers.map((a) => a.email));
  // Only recipients with a name of two words or more ("devis@…" is a mailbox, not a person).
  const person = (a: Address) => outside(a) && !taken.has(a.email) && /\S\s+\S/.test(a.name.trim());
  const recipients = messages.map((m) => ({
    ...m,
    from: undefined,
    to: m.to.filter(person),
    cc: m.cc.filter(person),
  }));
  if (!recipients.some((m) => m.to.length || m.cc.length)) return undefined;
  const aside = new Set(
    (note.match(NOT_THIS_PERSON_RE) ?? [])
      .flatMap((m) => m.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
      .map((w) => w.toLowerCase()),
  );
  const clauses = note
    .replace(NOT_THIS_PERSON_RE, " ")
    .split(/(?<!(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|M|Mme|Sr|Sra|Hr|Fr))\.(?=\s|$)|[;!?\n()]|,\s+|\s+[-–—]\s+/u);
  const writersIn = (text: string) =>
    !!decisionMakerIn(
      text,
      note,
      messages.filter((m) => m.from && outside(m.from)).map((m) => ({ ...m, to: [], cc: [] })),
      side,
      aside,
      false,
    );
  for (let i = 0; i < clauses.length; i++) {
    if (!CONTACT_VERB_RE.test(clauses[i])) continue;
    const found = decisionMakerIn(clauses[i], note, recipients, side, aside, false);
    const at = found ? clauses[i] : NOTE_CC_RE.test(clauses[i]) ? (clauses[i + 1] ?? "") : "";
    const chosen =
      found ?? (at.trim() ? decisionMakerIn(at, note, recipients, side, aside, false) : undefined);
    if (chosen?.kind !== "sender" || writersIn(at)) continue;
    const message = messages.find((m) => [...m.to, ...m.cc].some((a) => a.email === chosen.person.email));
    return { ...chosen, message: message ?? chosen.message };
  }
  return undefined;
}
