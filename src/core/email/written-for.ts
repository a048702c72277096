// A message written for someone else who is copied ("I'm writing on behalf of Richard Hale", "im Auftrag von Herrn Dr. …").
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import type { ThreadMessage } from "./thread";

/**
 * The writer writes for someone, whose name follows: en "on behalf of", de "im Auftrag von" / "in Vertretung von",
 * fr "de la part de" / "au nom de", es "en nombre de" / "de parte de", it "per conto di" / "a nome di", nl "namens",
 * pt "em nome de" / "da parte de" (assistants, front desks, office managers; any client).
 */
const WRITES_FOR_RE =
  /(?<![\p{L}])(?:on behalf of|im auftrag von|in vertretung von|de la part de|au nom de|en nombre de|de parte de|per conto di|a nome di|namens|em nome de|da parte de)\s+/giu;

/** Articles and honorifics before the name ("Herrn Dr.", "la Dra.", "Mr."): en, de, fr, es, it, nl, pt. */
const BEFORE_NAME_RE =
  /^(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof|Mme|M|Sr|Sra|Dra|Dott|Dott\.ssa|Ing|Dhr|Mevr|la|el|le|del|de la|della|do|da|o|a)\.?\s+){0,3}/iu;
const NAME_RE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u;

const words = (name: string) => normalizeName(name).toLowerCase().split(/\s+/).filter(Boolean);

/** The person `m`'s writer says they write for, when that person is copied or addressed with an address of their own. */
export function writtenFor(
  m: ThreadMessage,
  own: string,
  isCandidate: (a: Address) => boolean,
): Address | undefined {
  const copied = [...m.cc, ...m.to].filter((a) => !!a.email && a.email !== m.from?.email && isCandidate(a));
  if (!copied.length) return undefined;
  const flat = own.slice(0, 4000).replace(/\s+/g, " ");
  for (const cue of flat.matchAll(WRITES_FOR_RE)) {
    const after = flat.slice((cue.index ?? 0) + cue[0].length).replace(BEFORE_NAME_RE, "");
    const name = NAME_RE.exec(after)?.[1];
    if (!name) continue;
    const said = new Set(words(name));
    const person = copied.find((a) => {
      const t = words(a.name);
      return t.length > 0 && (t.every((w) => said.has(w)) || (said.has(t[0]) && said.has(t[t.length - 1])));
    });
    if (person) return person;
  }
  return undefined;
}
