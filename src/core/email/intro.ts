// An introduction: who is introduced, and what the introducer says about them (title, company, phone).
import type { Address } from "../contact/email";
import { domainOf, findEmails, isFreeMailDomain } from "../contact/email";
import { nameFromLocalPart, normalizeName } from "../contact/name";
import { TITLE_WORDS_RE } from "../contact/roles";
import { INTRO_CUES, SIGN_OFF_RE } from "./cues";
import { pickPhone, type ContactDetails } from "./signature";
import type { ThreadMessage } from "./thread";

export function isIntroduction(text: string): boolean {
  return INTRO_CUES.some((c) => c.re.test(text));
}

/** The introducer's own text without their sign-off and signature. */
export function withoutSignOff(body: string, author: Address | undefined): string {
  const lines = body.split(/\r?\n/);
  const first = (author?.name ?? "").split(/[\s,]+/).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (
      SIGN_OFF_RE.test(l) ||
      l === "--" ||
      (first.length &&
        i > 0 &&
        l.length < 40 &&
        first.some((w) => w.length > 1 && l.startsWith(w)) &&
        !/[.!?:]$/.test(l) &&
        l.split(/\s+/).length <= 4)
    )
      return lines.slice(0, i).join("\n");
  }
  return body;
}

/** The person introduced in `m`: a recipient the text names, else the Cc; else an address written in the text. */
export function introducedPerson(m: ThreadMessage, excluded: (a: Address) => boolean): Address | undefined {
  const introducer = m.from;
  const introDomain = introducer?.email ? domainOf(introducer.email) : "";
  const sameSide = (a: Address) =>
    !!introDomain && !isFreeMailDomain(introDomain) && domainOf(a.email) === introDomain;
  const ok = (a: Address) => !!a.email && !excluded(a) && a.email !== introducer?.email && !sameSide(a);
  const recipients = [...m.cc, ...m.to].filter(ok);
  const text = m.body.toLowerCase();
  const named = recipients.find((a) => {
    const first = (
      normalizeName(a.name || nameFromLocalPart(a.email.split("@")[0])).split(" ")[0] ?? ""
    ).toLowerCase();
    return (first.length > 1 && text.includes(first)) || text.includes(a.email);
  });
  if (named ?? recipients[0]) return named ?? recipients[0];
  const written = findEmails(m.body)
    .map((email) => ({ name: "", email }))
    .filter(ok);
  return written[0];
}

const PRONOUN_LEAD =
  /^(?:[,:;(\s—–-]+|(?:\(?(?:en )?c\.?c\.?'?d?\)?|\(?cc'?d\)?|who(?:'s| is)|(?:she|he|they)(?:'s| is| are)|'s|is|are|(?:elle|il) est|est|(?:sie|er) ist|ist|(?:ella|él) es|es|è|é|the|a|an|our|their|la|le|el|die|der|un|une|una|ein|eine|vorstellen|vorstelle|vorzustellen|présenter|presentar|presentare|apresentar|voorstellen|kennenlernen)(?=[\s,]))+/i;
// Prepositions before a company, with the elided forms ("dell'Hotel", "d'Atelier"), and articles after them.
const PREP =
  "(?:at|of|chez|bei|von|de|del|della|dello|degli|dei|des|du|from|with|en|di|da|van|bij|na|no|do|em)";
const ELIDED = "(?:dell|dall|all|d|l)['’]";
const ARTICLE = "(?:the|la|le|el|der|die|das|il|lo|het|de|a|o)";
const COMPANY_WORD = "[\\p{Lu}\\d][\\p{L}\\d'’&.-]*";
const PARTICLE = "(?:&|and|de|du|des|la|le|y|und|di|da|del|della|van|der|den|von|e|do|dos|das)";
const COMPANY_AFTER = new RegExp(
  `^(?:${PREP}\\s+(?:${ARTICLE}\\s+)?|${ELIDED})((?:${COMPANY_WORD}|&)(?:\\s+(?:${PARTICLE}|${COMPANY_WORD}))*)`,
  "u",
);
const PREP_AT = new RegExp(`\\s(?:${PREP}\\s+(?:${ARTICLE}\\s+)?|${ELIDED})(?=[\\p{Lu}\\d])`, "u");

/** What the introducer writes about the person: "X, President of Y", "she's the property manager at Y". */
export function describedInIntro(body: string, person: Address, region: string): ContactDetails {
  const out: ContactDetails = {};
  const name = normalizeName(person.name || nameFromLocalPart(person.email.split("@")[0]));
  const first = name.split(" ")[0];
  const flat = body.replace(/\s+/g, " ");
  // Every mention of the person, full name first: the first sentence that says where they work wins.
  const mentions: { at: number; len: number }[] = [];
  for (const n of [name, first].filter((x) => x && x.length > 1)) {
    for (let i = flat.indexOf(n); i >= 0 && mentions.length < 8; i = flat.indexOf(n, i + n.length))
      mentions.push({ at: i, len: n.length });
  }
  for (const { at, len } of mentions) {
    const sentence = flat.slice(at + len).split(/(?<=[.!?])\s/)[0];
    const tail = sentence.replace(PRONOUN_LEAD, "").trim();
    // The title runs up to the company's preposition; the company is the capitalised words after it.
    // The company's preposition may open the tail ("Megan Holt of Holt Homes").
    const found = PREP_AT.exec(` ${tail}`);
    if (!found) continue;
    // found.index is the space before the preposition in " tail", i.e. the preposition's start in tail.
    const title = tail
      .slice(0, found.index)
      .trim()
      .replace(/^(?:the|a|an)\s+/i, "");
    const company = COMPANY_AFTER.exec(tail.slice(found.index));
    if (!company) continue;
    out.company = company[1]
      .replace(new RegExp(`(?:\\s+${PARTICLE})+$`, "iu"), "")
      .replace(/[.,]+$/, "")
      .trim();
    if (title && TITLE_WORDS_RE.test(title) && title.split(/\s+/).length <= 6) out.title = title;
    break;
  }
  const phone = pickPhone(flat.replace(/([.!?])\s/g, "$1\n"), region);
  if (phone) out.phone = phone;
  return out;
}
