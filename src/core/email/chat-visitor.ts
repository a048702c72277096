// A site chat whose widget labels the visitor "Visitor #4471": the person the visitor says they are in their own turns.
import { findEmails, type Address } from "../contact/email";
import { describedInIntro } from "./described";
import type { FormFields } from "./form";
import { readTranscript } from "./form";
import { regionHints } from "./region-language";
import { pickPhone } from "./signature";

/**
 * The word a chat widget (Tidio, Zendesk Chat, LiveChat, tawk.to, Crisp, Intercom) puts before an anonymous visitor's
 * number, by its UI's language: en "Visitor", "Guest"; fr "Visiteur", "Invité"; de "Besucher", "Gast"; es "Visitante",
 * "Invitado"; it "Visitatore", "Ospite"; pt "Visitante"; nl "Bezoeker"; sv "Besökare", "Gäst"; nb "Besøkende"; da
 * "Besøgende"; pl "Gość", "Odwiedzający"; cs "Návštěvník"; fi "Vierailija".
 */
const VISITOR_WORDS =
  "visitor|guest|visiteur|invité|besucher|gast|visitante|invitado|visitatore|ospite|bezoeker|besökare|gäst|besøkende|besøgende|gość|odwiedzający|návštěvník|vierailija";

/** "Visitor #4471", "Besökare 80412", "guest-1029": the widget's label for an anonymous visitor, no person's name. */
const PLACEHOLDER_RE = new RegExp(`^(?:${VISITOR_WORDS})(?:\\s*[#№-]?\\s*\\d+)?(?:\\s*\\([^()]*\\))?$`, "iu");

export const isPlaceholderVisitor = (name: string) => PLACEHOLDER_RE.test(name.trim());

/**
 * The visitor's turns in the transcript: lines "[10:05] Visitor: …", "(15:59:55) Besökare 80412: …" whose speaker is
 * the widget's label for them (with or without its number).
 */
function placeholderTurns(text: string): string[] {
  const re = new RegExp(
    `^\\s*[[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?[\\])]?\\s+(?:${VISITOR_WORDS})(?:\\s*[#№-]?\\s*\\d+)?\\s*:\\s*(.+)$`,
    "gimu",
  );
  return [...text.slice(0, 20000).matchAll(re)].map((m) => m[1]);
}

/** A turn that opens with the visitor's full name before their details ("Olivia Hart, olivia@…, 021 …"). */
const NAME_FIRST_RE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:[,.;–-]|$)/u;

/**
 * Who an anonymous chat visitor says they are in their own turns: the name they give ("Olivia Hart, …", "my name is
 * …"), the address and number they type, and their title and company ("I'm the office manager at …", "X, fastighetschef
 * på Y"). Undefined when they never give a name.
 */
export function anonymousVisitor(text: string, region: string): FormFields | undefined {
  const turns = placeholderTurns(text);
  if (!turns.length) return undefined;
  // Each turn a sentence of its own: a company said at a turn's end does not run into the next turn's name.
  const said = turns.map((t) => t.replace(/[.!?]?\s*$/, ".")).join("\n");
  const spoken = readTranscript(said);
  const name = spoken.name ?? turns.map((t) => NAME_FIRST_RE.exec(t.trim())?.[1]).find(Boolean);
  if (!name) return undefined;
  const person: Address = { name, email: findEmails(said)[0] ?? "" };
  const described = describedInIntro(said, person, region);
  const own = readTranscript(`My name is ${name}. ${said}`);
  const company = spoken.company ?? own.company ?? described.company;
  const title = spoken.title ?? own.title ?? described.title;
  // The number in the region the transcript implies ("Location: Auckland, New Zealand" above "021 555 0193").
  const lines = said.replace(/([.!?])\s/g, "$1\n");
  const phone =
    pickPhone(lines, region) ??
    regionHints(text.slice(0, 4000))
      .map((r) => pickPhone(lines, r))
      .find(Boolean);
  return {
    name,
    ...(person.email ? { email: person.email } : {}),
    ...(phone ? { phone } : {}),
    ...(company ? { company } : {}),
    ...(title ? { title } : {}),
  };
}
