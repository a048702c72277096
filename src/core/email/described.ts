// What a text says about a person just named: title, company and phone written in prose ("X, Director of
// Operations at Y", "she runs Y", "(CFO, Y Ltd)"), by an introducer, a forwarder's note or the person themselves.
import type { Address } from "../contact/email";
import { nameOrGuess, normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { isDepartment } from "./departments";
import { companyNamedByPronoun } from "./company-said";
import { isTitle, listedAfterName, ourTitle } from "./title-aside";
import { CC_ASIDE_RE } from "./cues";
import { pickPhone, readSignature, type ContactDetails } from "./signature";
import { blockFrom } from "./pasted-block";
import { looksLikeAddress } from "../contact/address";
import { companyPreposition } from "./company-phrase";
import { companyRun, companyRunLater, PRONOUN_RUNS_RE } from "./company-runs";
import { companyVerbFinal } from "./company-verb-final";
import { titleAndCompany } from "./title-at-company";
import { possessive, postposed } from "./company-first";
import { CJK_NAME_RE, cjkDescribed, cjkMentionEnds } from "./cjk-described";

/** "(Facilities Manager, Harbourview Dental Group)" or "(CFO at Ambrose Foods)" right after the name. */
function inParentheses(sentence: string): ContactDetails | undefined {
  const inner = /^\s*\(([^()]{3,120})\)/.exec(sentence)?.[1];
  if (!inner) return undefined;
  const found = companyPreposition(` ${inner}`);
  const listed = /\s*[,|–—]\s+/.exec(inner);
  // "VP of Finance, Tallis Health": the "of" inside a title gives way to the separator after it.
  const prep = found && (found.workplace || !listed || listed.index < found.index) ? found : undefined;
  const [title, company] = prep
    ? [inner.slice(0, prep.index).trim(), inner.slice(prep.index + prep.length - 1).trim()]
    : inner.split(/\s*[,|–—]\s+/);
  // "(Head of Facilities)", "(Director of Operations)": a department after "of" is part of the title.
  if (prep && company && isDepartment(company) && isTitle(inner)) return { title: inner.trim() };
  const out: ContactDetails = {};
  if (title && isTitle(title)) out.title = title;
  // "(Unit 4B)", "(Apt. 12)": where they live, not a company.
  else if (title && !company && /^[\p{Lu}\d]/u.test(title) && !looksLikeAddress(title)) out.company = title;
  if (company && /^[\p{Lu}\d]/u.test(company)) out.company = company.replace(/[,;]+$/, "");
  return out.title || out.company ? out : undefined;
}

/** A sentence about the person just named: "She is …", "Sie ist …", "Elle est …". */
// sv "han/hon", nb/da "han/hun".
const SUBJECT_PRONOUN_RE =
  /^(?:she|he|they|sie|er|elle|il|ella|él|lei|lui|ela|ele|zij|hij|han|hon|hun)(?:\s|['’]s\s|['’]re\s)/i;

/** "She is the office manager and …", "Han är inköpschef och …": the title the next sentence gives them. */
const TITLE_SENTENCE_RE =
  /^(?:is|are|ist|est|es|è|é|är|er)\s+(?:(?:the|a|an|der|die|le|la|el|il|o|de|een)\s+)?([\p{L}][\p{L} -]{1,40}?)(?=\s+(?:and|und|et|y|e|en|och|og|who|qui|die|der|che|que|som)\b|[,.;!?]|$)/iu;

function titleInNext(next: string): string | undefined {
  const m = TITLE_SENTENCE_RE.exec(next.replace(SUBJECT_PRONOUN_RE, ""));
  return m && isTitle(m[1]) && !COMPANY_WORDS_RE.test(m[1]) ? m[1].trim() : undefined;
}

/** A line that only greets: "Ravi,", "Hi Ravi and Tom,", "Liebe Frau Roth,", "Bonjour Amélie :" (any language). */
const GREETING_LINE_RE =
  /^[ \t]*(?:(?:hi|hello|hey|dear|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|salut|cher|chère|hola|estimad[oa]|ciao|caro|cara|gentile|beste|hoi|olá|oi|prezad[oa])[ \t]+)?(?:(?:herr|frau|mr\.?|ms\.?|mrs\.?|dr\.?|m\.|mme)[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?:[ \t]+(?:and|und|et|y|e|en|&)[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]*[,:!][ \t]*$/gimu;

/** An assistant named in a sentence (en, fr, de, es, it, pt, nl; "EA"/"PA" in capitals only). */
const ASSISTANT_RE =
  /(?<![\p{L}])(?:[Aa]ssistant|[Aa]ssistante|[Aa]ssistent(?:in)?|[Aa]sistente|[Aa]ssistente|[Ss]ecretary|[Ss]ecrétaire|[Ss]ekretärin|[Ss]ecretari[ao]|[Ss]egretari[ao]|[Ss]ecretária|[Ss]ecretaresse|EA|PA)(?![\p{L}])/u;

/**
 * The writer giving their own number: en "my cell/number/mobile/phone", "(you can) reach/call me on", fr "mon
 * portable/numéro", "me joindre", de "meine Nummer/Handynummer", "erreichen Sie mich", es "mi número/móvil/celular",
 * "llamarme", it "il mio numero/cellulare", "chiamarmi", pt "o meu número/telemóvel/celular", pt-BR "meu celular",
 * "me ligar", nl "mijn nummer/mobiel", "bel mij", ro "numărul meu", pl "mój numer", hr "moj broj", tr "numaram", hu
 * "a számom" (a relative or assistant adding their own number after the one of the person they write for).
 */
const WRITERS_NUMBER_RE =
  /(?<![\p{L}])(?:my (?:cell|mobile|number|phone|direct line)|(?:reach|call|ring|text|contact) me (?:on|at)|mon (?:portable|numéro|téléphone)|me (?:joindre|contacter)|meine (?:nummer|handynummer|mobilnummer|telefonnummer)|mein handy|(?:erreichen|kontaktieren) sie mich|mi (?:número|móvil|celular|teléfono)|(?:llamarme|contactarme|localizarme)|il mio (?:numero|cellulare)|(?:chiamarmi|contattarmi)|(?:o )?meu (?:número|telemóvel|celular|telefone)|me ligar|ligar-me|mijn (?:nummer|mobiel|telefoonnummer)|bel (?:mij|me)|numărul meu|telefonul meu|mó[jy] (?:numer|telefon)|moj (?:broj|mobitel)|(?:benim )?numaram|(?:az én|a) számom)(?![\p{L}])/iu;

const WRITERS_CLAUSE_RE = new RegExp(`${WRITERS_NUMBER_RE.source}[^;)]*`, "giu");

/** "is now", "ist jetzt", "est maintenant", "ahora es", "ora è", "agora é", "is nu": where someone works today. */
const NOW_RE =
  /(?<![\p{L}])(?:(?:is|are|['’]s) now|ist (?:jetzt|inzwischen|mittlerweile)|est (?:maintenant|désormais)|(?:es|está) ahora|ahora (?:es|está)|è ora|ora è|(?:é|está) agora|agora (?:é|está)|is nu|is inmiddels)(?![\p{L}])/iu;

/** `text` without the clauses where the writer gives their own number ("… my number is +49 …"). */
export const withoutWritersNumbers = (text: string) => text.replace(WRITERS_CLAUSE_RE, " ");

/** What the introducer writes about the person: "X, President of Y", "she's the property manager at Y". */
export function describedInIntro(body: string, person: Address, region: string): ContactDetails {
  const out: ContactDetails = {};
  const name = nameOrGuess(person);
  const first = name.split(" ")[0];
  const last = name.includes(" ") ? name.split(" ").pop() : "";
  // "(cc'd)", "(en copie)", "(copied here)" say how the person was reached, not who they are; a greeting line
  // ("Ravi,") addresses them and says nothing about them.
  const flat = body.replace(GREETING_LINE_RE, "").replace(CC_ASIDE_RE, "").replace(/\s+/g, " ");
  // "X (x@…, portable 06 …), directrice technique de Y": the contact aside is read for the phone, not as a title.
  // What else the aside says is kept ("Sanne de Wit (projectleider, 06 5550 1234)": the title, without the number).
  const words = flat.replace(/\s*\(([^()]*(?:@|\d{3})[^()]*)\)/g, (_all, inner: string) => {
    const rest = inner.split(/\s*[,;]\s*/).filter((p) => p.trim() && !/@|\d/.test(p));
    return rest.length ? ` (${rest.join(", ")})` : "";
  });
  // Every mention of the person, full name first: the first sentence that says where they work wins.
  const mentions: { at: number; len: number }[] = [];
  // es/pt: a display name with both surnames ("Lucía Ferrán Ortega") is written with the first one in prose.
  const two = name.split(" ").length > 2 ? name.split(" ").slice(0, 2).join(" ") : "";
  for (const n of [name, two, first, last].filter((x): x is string => !!x && x.length > 1)) {
    for (let i = words.indexOf(n); i >= 0 && mentions.length < 8; i = words.indexOf(n, i + n.length))
      mentions.push({ at: i, len: n.length });
  }
  // ja/zh/ko: the company often stands before the name, and a family name alone may open a company's name
  // ("高田カフェ株式会社の代表取締役、高田 直樹さん"): what stands around the name, mentions that end where the name does.
  const cjk = CJK_NAME_RE.test(name);
  for (const { at, len } of mentions) {
    if (cjk && !cjkMentionEnds(words.slice(at + len, at + len + 3))) continue;
    const around = cjk ? cjkDescribed(words, at, len) : undefined;
    if (around) Object.assign(out, around);
    if (out.company && out.title) break;
    const [said, next = ""] = words.slice(at + len).split(/(?<=[.!?])\s/);
    // "… who was my colleague at X and is now COO at Y": where they are now, read as if written beside the name.
    const now = NOW_RE.exec(said);
    const sentence = now ? `, ${said.slice(now.index + now[0].length).trim()}` : said;
    // "(Title, Company)", "runs Company", "Title at Company", else the next sentence when it is about them
    // ("… vorstellen? Sie ist Leiterin Einkauf bei Schmidt Bau GmbH").
    const found =
      possessive(sentence) ??
      inParentheses(sentence) ??
      companyRun(sentence) ??
      companyVerbFinal(sentence) ??
      titleAndCompany(sentence) ??
      listedAfterName(sentence) ??
      postposed(sentence) ??
      ourTitle(sentence) ??
      companyRunLater(sentence) ??
      (SUBJECT_PRONOUN_RE.test(next)
        ? (companyRun(next.replace(SUBJECT_PRONOUN_RE, "")) ?? titleAndCompany(next))
        : undefined);
    if (found) {
      for (const k of ["title", "company"] as const) if (out[k]) delete found[k];
      Object.assign(out, found);
      if (!out.title && SUBJECT_PRONOUN_RE.test(next)) {
        const title = titleInNext(next);
        if (title) out.title = title;
      }
      break;
    }
  }
  // A later clause about them by pronoun ("… evenings are best because he owns Kaur Auto Body"), within 400 chars.
  if (!out.company && mentions.length) {
    const after = words.slice(Math.min(...mentions.map((x) => x.at)));
    for (const m of after.slice(0, 400).matchAll(PRONOUN_RUNS_RE)) {
      const run = companyRun(after.slice((m.index ?? 0) + m[0].length));
      if (run) {
        out.company = run.company;
        break;
      }
    }
  }
  // "His company is Benali Hospitality Group": a possessive naming their company later on (en/fr/de/es/it/pt/nl).
  if (!out.company && mentions.length) {
    const said = companyNamedByPronoun(words.slice(Math.min(...mentions.map((x) => x.at))).slice(0, 400));
    if (said) out.company = said;
  }
  // The person's contact block written into the introduction ("Here are her details:" then name, title, …).
  const lines = body.split(/\r?\n/).map((l) => l.trim());
  const nameLine = lines.findIndex((l) => normalizeName(l.replace(/[:,]$/, "")) === name);
  if (nameLine >= 0) {
    const block = readSignature(blockFrom(lines, nameLine), { ...person, name }, region);
    for (const k of ["title", "company", "phone", "website"] as const) if (block[k]) out[k] = block[k];
  }
  // A sentence about the introducer's assistant gives the assistant's number, not the person's.
  // A long sentence is read clause by clause, as a phone line is ("… (x@…, portable 06 …), directrice …").
  // The introducer's own number ("(my cell is … if you need me)") is not theirs either; ja/zh end a sentence with "。".
  const sentences = flat
    .split(/(?<=[.!?])\s|(?<=[。！？])/)
    .filter((t) => !ASSISTANT_RE.test(t))
    // Only the writer's clause goes ("Her cell is …; my number is …"): up to ";" or ")".
    .map((t) => t.replace(WRITERS_CLAUSE_RE, " "))
    .map((t) => (t.length > 160 ? t.replace(/,\s/g, "\n") : t));
  const phone = pickPhone(sentences.join("\n"), region);
  if (phone && !out.phone) out.phone = phone;
  return out;
}
