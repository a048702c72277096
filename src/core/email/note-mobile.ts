// A mobile the forwarder's note gives for the lead ("Her cell is 416-…", "Celular dela: (11) 9…"): it beats the signature's office line.
import type { Address } from "../contact/email";
import { regionOf, toE164 } from "../contact/phone";
import { mentionsMobile, mobileInProse } from "../contact/phone-rank";
import { correctedNumber, correctsNumber } from "./corrected-number";
import { regionHints } from "./region-language";

/**
 * Words saying the number is someone else's than the note's writer: a third person's possessive, by language.
 * (The note's own sign-off, "Mobile: …" under the forwarder's name, has none of them, nor the lead's name.)
 */
const THIRD_PERSON_WORDS: { words: string[]; note: string }[] = [
  { words: ["her", "his", "hers", "their"], note: "en: Her cell is …, his mobile" },
  { words: ["son", "sa", "leur"], note: "fr: son portable, son cell (Québec)" },
  { words: ["su", "sus"], note: "es: su móvil, su celular" },
  { words: ["dela", "dele", "seu", "sua"], note: "pt: celular dela, o telemóvel dele" },
  { words: ["suo", "sua", "lei", "lui"], note: "it: il suo cellulare, cellulare di lei" },
  { words: ["ihr", "ihre", "ihren", "sein", "seine", "seinen"], note: "de: ihr Handy, seine Mobilnummer" },
  { words: ["haar", "zijn"], note: "nl: haar mobiel, zijn 06" },
  { words: ["hennes", "hans", "hendes", "deras"], note: "sv/no/da: hennes mobil, hans mobil, hendes mobil" },
  // pl also a third person's past verb: "podał komórkę: 601 …" (he gave his mobile), "zostawiła numer"
  {
    words: ["jej", "jego", "podał", "podała", "zostawił", "zostawiła"],
    note: "pl: jej komórka, podał komórkę",
  },
  { words: ["её", "ее", "его"], note: "ru: её мобильный" },
  // tr marks the owner on the noun ("cep numarası": his/her mobile number) and reports it ("doğrusu … dedi": he said)
  { words: ["onun", "numarası", "dedi"], note: "tr: onun cep numarası, doğrusu 0532 … dedi" },
];

const THIRD_PERSON = new Set(THIRD_PERSON_WORDS.flatMap((w) => w.words));

/** The sentence is about the lead: a third person's possessive, or the lead's first name, is in it. */
function aboutLead(sentence: string, first: string): boolean {
  const words = sentence.toLowerCase().split(/[^\p{L}\p{M}]+/u);
  return words.some((w) => THIRD_PERSON.has(w) || (first.length > 1 && w === first));
}

/**
 * A note that opens with a labelled mobile ("Handy: 0171 …, Rückruf am Donnerstag", "Mobile (415) 555-0177. Met him
 * at …"), or whose first line of facts holds one: the owner jotting the lead's number, as the first thing they wrote. The note writer's own number sits in
 * their sign-off under their name, never on the first line.
 */
function openingLabel(note: string): string | undefined {
  const line = note.trim().split("\n", 1)[0]?.trim() ?? "";
  const sentence = line.split(/(?<=[.!?])\s+/, 1)[0];
  // One line of facts: "Met at the Harrogate fair – call Tue 15th – mobile 07700 900 412".
  const labelled = sentence
    .split(/\s[–—|-]\s|[;,]\s/)
    .some((part) => MOBILE_LABEL_FIRST_RE.test(part.trim()));
  return labelled && mentionsMobile(sentence) ? sentence : undefined;
}

/** A line that starts with a mobile label (en, de, fr, es, it, pt, nl, sv/nb/da, pl) and a number after it. */
const MOBILE_LABEL_FIRST_RE =
  /^(?:mobile|mob|cell(?:phone)?|cel|handy|mobil|portable|port\.?|m[oó]vil|celular|cellulare|telem[oó]vel|mobiel|kom[oó]rka)\b[^\p{L}]*\+?\d/iu;

/**
 * The lead's mobile as the note gives it, read in the country of the number the lead already has (the signature's
 * "(11) 3555-0140"), else the default region, else the note's language or the language of the lead's own text; undefined when the note names none.
 */
export function mobileForLeadInNote(
  note: string,
  person: Address,
  known: string | undefined,
  region: string,
  leadText = "",
): string | undefined {
  const text = note.slice(0, 2000);
  if (!mentionsMobile(text) && !correctsNumber(text)) return undefined;
  const first = (person.name || "").split(/\s+/)[0].toLowerCase();
  const regions = [
    ...new Set([
      known ? regionOf(known) : undefined,
      region,
      ...regionHints(text),
      ...regionHints(leadText.slice(0, 2000)),
    ]),
  ];
  // "The mobile in the signature is wrong, the new one: 347 …": the corrected number, whatever its label.
  const corrected = correctedNumber(text, regions);
  if (corrected) return corrected;
  if (!mentionsMobile(text)) return undefined;
  // A number valid in one of those regions, else the first of a possible length (the UK's 07700 900xxx drama range).
  let possible: string | undefined;
  const opening = openingLabel(text);
  for (const sentence of text.split(/\n|(?<=[.!?])\s+/)) {
    if (!mentionsMobile(sentence) || !(aboutLead(sentence, first) || sentence === opening)) continue;
    for (const r of regions) {
      const e164 = r ? mobileInProse(sentence, r, 72) : undefined;
      if (e164 && toE164(e164, region)) return e164;
      possible ??= e164;
    }
  }
  return possible;
}
