// A business card's OCR text (in the order the engine read it) to the lead it names.
import { domainOf, findEmails, isFreeMailDomain, isGenericMailbox } from "../contact/email";
import { findWebsites } from "../contact/website";
import { looksLikeFormula, type Extraction, type Lead } from "../lead";
import { scorePiece, splitNameAndTitle, type Evidence, type Piece } from "./classify";
import { fullestCompany, joinedLines, pick, without } from "./candidates";
import { chooseEmail, choosePhone, readContacts } from "./contacts";
import {
  collapseSpacedLetters,
  fixDigitsInNumbers,
  joinBrokenEmails,
  letters,
  fixLettersInWords,
} from "./ocr-repair";
import {
  joinSplitLocalParts,
  repairAddressSpacing,
  corroboratedParts,
  repairAgainst,
  repairWordsAgainst,
} from "./ocr-evidence";
import { regionsOfCard } from "./region";
import { TRADE_WORDS } from "./vocab";
import { firstTitleVersion, repairTitleWords, smartCase } from "./text-case";

export interface CardContext {
  /** Region for numbers written without a country code, e.g. "CA", "US", "DE". */
  defaultRegion: string;
}

/** OCR text to lines of pieces: two columns read as one line are split where a wide gap is. */
function toLines(text: string): string[][] {
  const raw = text
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex -- OCR output can hold control characters
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
    .split("\n")
    .map((l) => repairAddressSpacing(fixLettersInWords(fixDigitsInNumbers(collapseSpacedLetters(l)))));
  return joinBrokenEmails(raw)
    .map((l) =>
      l
        .split(/\t+|\s{3,}|\s[|¦]\s/)
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .filter((pieces) => pieces.length > 0);
}

/** Profiles on social networks are not the lead's website. */
const SOCIAL = /(^|\.)(linkedin|facebook|fb|instagram|twitter|x|youtube|tiktok|pinterest|xing|wa)\.(com|me)$/;

/** How a line's words may be spelled in an address: all letters, and for a name the usual forms (inavarro, navarroi). */
function spellings(text: string): string[] {
  const words = text.split(/\s+/).map(letters).filter(Boolean);
  const out = [words.join("")];
  if (words.length >= 2 && words.length <= 4) {
    const [first, last] = [words[0], words[words.length - 1]];
    out.push(first[0] + last, last + first[0], first + last);
  }
  return out;
}

function extract(text: string, ctx: CardContext): Extraction {
  const warnings: string[] = [];
  const lines = joinSplitLocalParts(toLines(text));
  const flat = lines.flat().join("\n");
  const regions = regionsOfCard(
    findEmails(flat),
    findWebsites(flat.replace(/\S*@\S+/g, " ")),
    flat,
    ctx.defaultRegion,
  );
  const contacts = readContacts(lines, regions);
  const evidenceText = contacts.words.flatMap((w) => spellings(w.text)).filter((w) => w.length >= 3);
  const agreed = corroboratedParts(
    [...new Set([...contacts.emails, ...contacts.websites])],
    contacts.words.map((w) => w.text),
  );
  const emails = contacts.emails.map((e) => repairAgainst(e, evidenceText, agreed));
  const websites = contacts.websites
    .map((w) => repairAgainst(w, evidenceText, agreed))
    .filter((w) => !SOCIAL.test(w));

  const personal = emails.filter((e) => !isGenericMailbox(e));
  const ev: Evidence = {
    // A local part that is a trade word (praxis@, studio@) names the business, not the person.
    locals: personal.map((e) => letters(e.split("@")[0])).filter((l) => l && !TRADE_WORDS.has(l)),
    // A free mailbox says nothing of the company, but its local part often is the business (hollowayhauling@).
    domains: [
      ...emails.map((e) => (isFreeMailDomain(domainOf(e)) ? e.split("@")[0] + ".x" : domainOf(e))),
      ...websites,
    ]
      .map((d) => letters(d.replace(/\.[a-z]{2,}(\.[a-z]{2})?$/i, "")))
      .filter(Boolean),
  };
  const spelled = [...ev.locals, ...ev.domains];
  const pieces: Piece[] = contacts.words
    .map((w) => ({ ...w, text: repairWordsAgainst(w.text, spelled) }))
    .flatMap((w) => splitNameAndTitle(w.text, ev).map((text) => ({ text, line: w.line })))
    .map((w, order) => ({ ...w, order, parts: [order] }));
  const scored = [...pieces, ...joinedLines(pieces)].map((p) => scorePiece(p, ev));

  const lead: Lead = {};
  const nameP = pick(scored, "name", 0.5);
  let rest = without(scored, nameP);
  let companyP = pick(rest, "company", 2);
  if (companyP) companyP = fullestCompany(companyP, rest);
  rest = without(rest, companyP);
  let titleP = pick(rest, "title", 0.5);
  if (!titleP && nameP) {
    // A title outside the vocabulary: the plain line right under the name, when it is nothing else.
    const next = rest.find((s) => s.order === Math.max(...nameP.parts) + 1 && s.parts.length === 1);
    if (next && next.plain && (next.company < 2 || companyP) && next.name < 2) titleP = next;
  }

  if (nameP) lead.name = nameP.formula ? nameP.text : nameP.personName;
  const email = chooseEmail(emails, nameP ? letters(nameP.personName.split(" ").pop() ?? "") : "");
  if (email) lead.email = email;
  const phone = choosePhone(contacts.phones);
  if (phone) lead.phone = phone;
  if (companyP) lead.company = companyP.formula ? companyP.text : smartCase(companyP.text);
  if (titleP)
    lead.title = titleP.formula ? titleP.text : repairTitleWords(smartCase(firstTitleVersion(titleP.text)));
  const site = websites.find((w) => email && domainOf(email) === w) ?? websites[0];
  if (site) lead.website = site;

  const readable = scored.some((s) => letters(s.text).length >= 4) || emails.length || contacts.phones.length;
  if (!readable)
    warnings.push("the card is unreadable or not a business card: no words, e-mail or phone found");
  else if (!lead.name) warnings.push("no person's name found on the card");
  if (readable && !lead.email && !lead.phone)
    warnings.push("the card has neither an e-mail address nor a phone number");
  for (const f of ["name", "company", "title"] as const)
    if (looksLikeFormula(lead[f]))
      warnings.push(`the ${f} begins with a character a spreadsheet reads as a formula`);
  if (!lead.name && !lead.email && !lead.phone) return { lead: {}, needsReview: true, warnings };
  return { lead, needsReview: warnings.length > 0, warnings };
}

/** Card text to a lead; never throws (an unexpected failure is a lead to review, with the reason). */
export function extractLeadFromCardText(text: string, ctx: CardContext): Extraction {
  try {
    return extract(typeof text === "string" ? text : "", ctx);
  } catch (err) {
    return {
      lead: {},
      needsReview: true,
      warnings: [`card text could not be read: ${err instanceof Error ? err.message : String(err)}`],
    };
  }
}
