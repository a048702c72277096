// A business contact passing on a third person by name and number in prose ("one of our couples, Hannah Lowe, …
// ring her on 07700 …"): the person whose number it is, not the writer (any client, Latin-script languages).
import type { Address } from "../contact/email";
import { isPostNominals, normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";
import { RELATION_RE } from "./household";
import { firstUnnegated } from "./negated-cue";

/** "my husband, ", "ma fille ": a relative named next (household.ts's table), whom written-for.ts reads. */
const KIN_BEFORE_RE = new RegExp(`(?:${RELATION_RE.source})$`, "iu");

/**
 * The reader told to call someone else, or given their number, by pronoun: en "ring her", "call him", "give her a
 * call", "drop him a line", "his mobile",
 * "he can be reached on", "his direct line"; de "erreichen Sie ihn"; fr "vous pouvez la joindre"; es "puede localizarlo";
 * fr "l'appeler", "appelez-la", "son portable"; de "rufen Sie ihn an", "ihre Handynummer"; es "llámala", "su móvil";
 * it "chiamarla", "il suo cellulare"; nl "bel haar", "zijn nummer"; pt "ligar para ela", "o telemóvel dele". Also to
 * contact them, or their e-mail: en "contact him", "her email"; fr "la contacter", "son e-mail"; de "melden Sie sich
 * bei ihm"; es "contactarla", "su correo"; it "contattarlo", "la sua email"; nl "neem met haar contact"; pt "contatar ela";
 * hu "őt hívják" (call her/him), el "επικοινωνήστε μαζί της" (contact her), "στο κινητό του" (on his mobile); sv/nb/da
 * "ring henne/honom/ham/hende", "hennes/hans/hendes nummer".
 */
export const THEIR_NUMBER_RE =
  /(?<![\p{L}])(?:(?:ring|call|phone|text|contact|reach) (?:him|her)|give (?:him|her) a (?:call|ring|bell|buzz)|drop (?:him|her) a line|(?:he|she) can be (?:reached|contacted)|(?:erreichen sie|kontaktieren sie) (?:ihn|sie)|(?:on peut|vous pouvez) (?:le|la) (?:joindre|contacter)|(?:puede|puedes) (?:localizarl[oa]|contactarl[oa])|(?:le|la) contacter|contacte[zr]-(?:le|la)|(?:melden sie sich|wenden sie sich|meldet euch|melde dich)(?: \p{L}+){0,2} (?:bei (?:ihm|ihr)|an (?:ihn|sie))|contact(?:arl|al)[oa]|contattarl[oa]|contattal[oa]|neem(?: contact)? met (?:hem|haar)|contat(?:ar|e) (?:ele|ela)|(?:his|her) (?:mobile|cell|number|phone|direct line|direct number|e-?mail)|l['’]appeler|appele[zr]?-(?:le|la)|(?:le|la) joindre|son (?:portable|numéro|téléphone|mobile|e-?mail|adresse)|ruf(?:en sie)? (?:ihn|sie) an|(?:seine|ihre) (?:handynummer|nummer|telefonnummer|mobilnummer|e-?mail-adresse)|ll[aá]mal[oa]|llamarl[oa]|su (?:móvil|celular|teléfono|número|correo)|chiamarl[oa]|chiamal[oa]|il suo (?:cellulare|numero|indirizzo)|la sua (?:e-?mail|mail)|bel (?:hem|haar)|(?:zijn|haar) (?:nummer|mobiele nummer|telefoonnummer|e-?mail(?:adres)?)|lig(?:ar|ue|a) (?:para|a) (?:ele|ela)|o (?:contacto|contato|telemóvel|celular|número|e-?mail) d(?:ele|ela)|(?:őt|őket) (?:hívják|hívja|keressék|keresse)|(?:hívják|hívja|keressék|keresse) (?:őt|őket)|(?:μαζί|με) (?:της|του)|(?:στο )?κινητό (?:της|του)|(?:καλέστε|τηλεφωνήστε) (?:την|τον|της|του)|ring (?:henne|honom|ham|hende|han)|(?:hennes|hans|hendes) (?:nummer|mobil|mobilnummer|telefonnummer|e-?post))(?![\p{L}])/iu;

/** A written full name: two or three capitalised words, name particles between ("Ana de la Cruz"). */
const FULL_NAME_RE =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:(?:de|da|del|della|di|van|von|der|den|le|la|du|dos|das)\s+)*\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?![\p{L}])/gu;

/** en "Mr.", "Mrs", "Ms.", "Dr."; de "Herr", "Frau"; fr "M.", "Mme"; es "Sr.", "Sra."; it "sig.ra", "dott." before a name. */
const COURTESY_BEFORE_RE =
  /(?<![\p{L}])(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Dott)\.?|M\.|Mme|Herrn?|Frau|sig\.(?:ra)?) $/u;

/** The same titles written as a word of the capitalised run ("Frau Hanna Roth", "Mr Anil Kapoor"). */
const COURTESY_WORD_RE = /^(?:Herrn?|Frau|Mme|Mr|Mrs|Ms|Dr|Sr|Sra)\s+/u;

const words = (name: string) => normalizeName(name).toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The full name nearest before the cue in `own` (the writer's text without its sign-off), when the text also gives a
 * number and the name is nobody in the headers. A relative of the writer (same surname) is household.ts's and
 * written-for.ts's: not read here.
 */
export function passedOnInProse(
  own: string,
  m: { from?: Address; to: Address[]; cc: Address[] },
): string | undefined {
  const flat = own.slice(0, 4000).replace(/\s+/g, " ");
  // "please do NOT contact him directly": whom to avoid, not whom to reach (negated-cue.ts).
  const cue = firstUnnegated(THEIR_NUMBER_RE, flat);
  // A number, or their address written after the cue ("te paso su correo: x@…", es; "her email is …").
  if (!cue || !(/\d[\d ().-]{6,}\d/.test(flat) || /@[\w-]+\./.test(flat.slice(cue.index, cue.index + 120))))
    return undefined;
  const known = new Set([m.from, ...m.to, ...m.cc].flatMap((a) => (a?.name ? words(a.name) : [])));
  let found: string | undefined;
  let titled = false;
  for (const n of flat.slice(0, cue.index).matchAll(FULL_NAME_RE)) {
    // A courtesy title before it marks a person ("our client, Mr. Anil Kapoor, MD of …", "Frau Hanna Roth"): its full
    // stop ends no sentence, and a later capitalised run with none (a place: "(Peenya Industrial Area, …)") does not
    // replace it. Written without a full stop it is read as the name's first word: taken off.
    const lead = COURTESY_WORD_RE.exec(n[1])?.[0] ?? "";
    const t = words(n[1].slice(lead.length));
    const prior = flat.slice(Math.max(0, (n.index ?? 0) - 2), n.index);
    const courtesy = !!lead || COURTESY_BEFORE_RE.test(flat.slice(Math.max(0, (n.index ?? 0) - 8), n.index));
    if (titled && !courtesy) continue;
    // Not a sentence's first words ("Quick one", "Hope you"), a header's person, a company or a title.
    if (!courtesy && (prior === "" || /[.!?:] $/.test(prior))) continue;
    if (t.some((w) => known.has(w))) continue;
    if (KIN_BEFORE_RE.test(flat.slice(Math.max(0, (n.index ?? 0) - 30), n.index))) continue;
    if (t.length < 2 || COMPANY_WORDS_RE.test(n[1]) || hasTitleWord(n[1].slice(lead.length))) continue;
    // A run cut short of a longer capitalised one ("Three Rivers Bike" of "… owns Three Rivers Bike Co-op"): a
    // company's or a place's name, never a person's.
    // Post-nominal letters after it ("Mr Alistair Greaves FRCS", "Dr Ana Ruiz MRCP") are no longer run.
    const next = /^\s(\p{Lu}[^\s,;)]*)/u.exec(
      flat.slice((n.index ?? 0) + n[0].length, (n.index ?? 0) + n[0].length + 20),
    );
    if (next && !isPostNominals(next[1])) continue;
    found = normalizeName(n[1].slice(lead.length));
    titled ||= courtesy;
  }
  return found;
}
