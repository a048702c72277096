// A person said to be copied in a sentence, not an aside: "Olivia Grant, our client's GM, is cc'd" (many languages).
import { domainOf, type Address } from "../contact/email";
import { nameOrGuess } from "../contact/name";
import { CC_WORDS, OWN_PARTY_RE } from "./cues";
import type { ThreadMessage } from "./thread";

/**
 * A capitalised name, then a comma or a verb, then the copy wording: en "Olivia Grant is cc'd", "Olivia, who's copied
 * here"; fr "Mme Girard, en copie,", "Julie est en copie"; de "Herr Kühn ist in Kopie", es "Ana, en copia,", it "Luca è
 * in copia", nl "Sanne staat in de cc", pt "a Rita está em cópia". "I've copied …" (no comma, no verb) is not it.
 */
const COPIED_SAID_RE =
  /\p{Lu}[\p{L}'’-]+(?:,\s+(?:(?:who(?:['’]s| is)|is|est|ist|está|è|staat)\s+)?|\s+(?:who(?:['’]s| is)|is|has been|est|ist|está|è|staat)\s+)(?:[cC]{2}['’]?e?d|copied(?: in| here)?|on copy|in copy|en copie|in [kK]opie|en copia|in copia|em cópia|in de cc)(?![\p{L}])/gu;

/**
 * "For information (only)": en "for information/info/your information", "FYI", fr "pour information/info", de "zur
 * Kenntnis/Information/Info", es "para su información/conocimiento", "a título informativo", it "per
 * conoscenza/informazione", nl "ter informatie/kennisname/info", pt "para conhecimento/informação"; tr "bilgi olarak",
 * pl "do wiadomości", cs "pro informaci", da/nb "til orientering", sv "för kännedom/information", fi "tiedoksi", el
 * "για ενημέρωση".
 */
const FOR_INFORMATION = String.raw`(?:(?:for|pour|para|per)\s+(?:(?:your|votre|su|sua|vossa)\s+)?(?:information|info|informação|información|informazione|conocimiento|conoscenza|conhecimento)|fyi|zur\s+(?:kenntnis|information|info)|a\s+título\s+informativo|ter\s+(?:informatie|kennisname|info)|bilgi\s+(?:olarak|için|amaçlı)|do\s+wiadomości|pro\s+(?:vaši\s+)?informaci|til\s+orientering|för\s+(?:kännedom|information)|tiedoksi|για\s+(?:ενημέρωση|την\s+ενημέρωσή))(?![\p{L}])`;

/** Copy wording followed by "for information (only)" (FOR_INFORMATION). */
const FOR_INFORMATION_RE = new RegExp(String.raw`^[\s,(]*${FOR_INFORMATION}`, "iu");

/** FOR_INFORMATION anywhere in a text, and copy wording (CC_WORDS) as a word. */
const FOR_INFORMATION_ANY_RE = new RegExp(String.raw`(?<![\p{L}])${FOR_INFORMATION}`, "giu");
const COPY_WORD_RE = new RegExp(String.raw`(?<![\p{L}])(?:${CC_WORDS})(?![\p{L}])`, "iu");

/**
 * "our client", "notre cliente", "unser Kunde", "nuestro cliente", "il nostro cliente", "onze klant", "o nosso
 * cliente": the writer's possessive before a client is no sign of their own side (the client is outside it).
 */
const OWN_CLIENT_RE =
  /(?<![\p{L}])(?:our|my|notre|nos|mon|ma|mes|unser\p{L}*|mein\p{L}*|nuestr[oa]s?|mis?|nostr[oa]|mi[oa]|nosso|nossa|meu|minha|onze|mijn)\s+(?:clients?|customers?|client(?:e|es)?|kund(?:e|in|en|innen)|klant(?:en)?)(?![\p{L}])/giu;

/** The first name or surname of `a` as a word in `lower` (a text in small letters). */
export function named(lower: string, a: Address): boolean {
  const words = nameOrGuess(a)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 1);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : "";
  return [first, last].some(
    (w) => !!w && new RegExp(`(?<![\\p{L}])${w.replace(/[^\p{L}]/gu, ".")}(?![\\p{L}])`, "u").test(lower),
  );
}

/**
 * The text says, in a sentence, that someone is copied, and names there a recipient from another company than the
 * writer's who is not on the owner's side (`outside`), the writer's own people aside ("our architect, Dana Lee, is
 * cc'd"): the writer introduces that person (an agency copying its client's manager). Any client.
 */
export function saysCopiedOutside(m: ThreadMessage, own: string, outside: (a: Address) => boolean): boolean {
  const writer = m.from?.email ? domainOf(m.from.email) : "";
  const copied = [...m.cc, ...m.to].filter((a) => a.email && outside(a) && domainOf(a.email) !== writer);
  if (!copied.length) return false;
  for (const c of own.slice(0, 4000).matchAll(COPIED_SAID_RE)) {
    const at = c.index ?? 0;
    const before = own.slice(Math.max(0, at - 40), at).replace(OWN_CLIENT_RE, " ");
    if (OWN_PARTY_RE.test(before)) continue;
    // Copied only to be kept informed ("is copied for information only - kindly direct all correspondence to me"):
    // the writer keeps the matter, the copied one is no lead.
    if (FOR_INFORMATION_RE.test(own.slice(at + c[0].length, at + c[0].length + 40))) continue;
    const window = own.slice(Math.max(0, at - 40), at + c[0].length).toLowerCase();
    if (copied.some((a) => named(window, a))) return true;
  }
  return false;
}

/**
 * The sentence that says someone is copied for information only names `a` ("Sanne de Vries (directeur) heb ik in cc
 * gezet ter info", "Our CFO, Mr. Rajesh Iyer, is copied for information only", tr "… Bey bilgi olarak CC'de"): `a`
 * is only kept informed, not the one introduced. Any client.
 */
export function copiedForInformation(text: string, a: Address): boolean {
  const head = text.slice(0, 4000);
  for (const f of head.matchAll(FOR_INFORMATION_ANY_RE)) {
    const at = f.index ?? 0;
    const start = Math.max(0, at - 160, ...["\n", ". ", "! ", "? "].map((b) => head.lastIndexOf(b, at) + 1));
    const end = at + f[0].length;
    const sentence = head.slice(start, end + 20).toLowerCase();
    if (COPY_WORD_RE.test(sentence) && named(head.slice(start, end).toLowerCase(), a)) return true;
  }
  return false;
}
