// What a text says about a person just named: title, company and phone written in prose ("X, Director of
// Operations at Y", "she runs Y", "(CFO, Y Ltd)"), by an introducer, a forwarder's note or the person themselves.
import type { Address } from "../contact/email";
import { nameOrGuess, normalizeName } from "../contact/name";
import { withLegalForm } from "../contact/legal-form-ends";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { TITLE_WORDS_RE } from "../contact/roles";
import { isDepartment } from "./departments";
import { companyNamedByPronoun } from "./company-said";
import { isTitle, listedAfterName, ourTitle } from "./title-aside";
import { CC_ASIDE_RE, SELF_INTRO_RE, WORKPLACE_PREPOSITIONS } from "./cues";
import { pickPhone, readSignature, type ContactDetails } from "./signature";
import { blockFrom } from "./pasted-block";
import { regionFromText } from "../contact/region";
import { looksLikeAddress } from "../contact/address";
import { LEGAL_FORMS_SOURCE } from "../contact/legal-forms";
import { ENGLISH_MONTH_RE, MONTH_NAMES } from "../followup/words";

const isMonthName = (w: string) => ENGLISH_MONTH_RE.test(w) || MONTH_NAMES.some(([, re]) => re.test(w));

// Possessives and "new" before a title ("our new Director of …", nl "onze nieuwe hoofd inkoop") are no part of it.
const PRONOUN_LEAD =
  /^(?:[,:;(\s—–-]+|(?:(?:and |et |und |y )?(?:i'm|i’m|i am|je suis|ich bin|soy)|\(?(?:en )?c\.?c\.?'?d?\)?|\(?cc'?d\)?|who(?:'s| is)|(?:she|he|they)(?:'s| is| are)|who|que|quien|qui|che|welche|welcher|die|wie|'s|is|are|(?:elle|il) est|est|(?:sie|er) ist|ist|(?:ella|él) es|es|è|é|the|a|an|our|their|la|le|el|der|un|une|una|ein|eine|onze|notre|unser(?:e|em|en|er)?|nuestr[oa]|nostr[oa]|noss[oa]|new|nieuwe|nouvel(?:le)?|nouveau|neuer?|nuev[oa]|nuov[oa]|nov[oa]|vorstellen|vorstelle|vorzustellen|vor|présenter|presentar|presentare|apresentar|voorstellen|kennenlernen)(?=[\s,]))+/i;
// Prepositions before a company, with the elided forms ("dell'Hotel", "d'Atelier"), and articles after them.
// ro "la", nb/da/sv "i", "hos" and "på", pl "w".
const PREP =
  "(?:at|of|der|chez|bei|von|de|del|della|dello|degli|dei|des|du|from|with|en|di|da|van|bij|na|no|do|em|for|für|pour|para|per|presso|la|i|hos|på|w)";
/** German genitive articles that open a company after a title ("Prokurist der Krüger Metallbau GmbH"). */
// "des" (fr "de les", de genitive) was always a preposition here; "der" is also a plain article, so it is gated.
const GENITIVE_ARTICLES = new Set(["der"]);
const ELIDED = "(?:dell|dall|all|d|l)['’]";
const ARTICLE = "(?:the|la|le|el|der|die|das|il|lo|het|de|a|o)";
const COMPANY_WORD = "[\\p{Lu}\\d][\\p{L}\\d'’&.-]*";
// A particle is a whole word: "Domaine des Pins" is not cut after "de".
const PARTICLE =
  "(?:&|and|et|de|du|des|la|le|y|und|di|da|del|della|van|der|den|von|e|do|dos|das)(?![\\p{L}])";
/** A preposition and its article, or an elided article alone ("at the ", "de l'", "dell'"). */
const PREP_ARTICLE = `(?:${PREP}\\s+(?:${ARTICLE}\\s+|${ELIDED})?|${ELIDED})`;
/** A company's capitalised words, "&" and particles ("Domaine des Pins", "Bloom & Vine"). */
const COMPANY_NAME = `((?:${COMPANY_WORD}|&)(?:\\s+(?:${PARTICLE}|${COMPANY_WORD}))*)`;
/** Particles left at a company's end ("… Group and"), cut off. */
const TRAILING_PARTICLES_RE = new RegExp(`(?:\\s+${PARTICLE})+$`, "iu");
const COMPANY_AFTER = new RegExp(`^${PREP_ARTICLE}${COMPANY_NAME}`, "u");
// fr "gérant de l'Atelier Morel": a preposition and an elided article together.
const PREP_AT = new RegExp(`\\s${PREP_ARTICLE}(?=[\\p{Lu}\\d])`, "u");
const PREP_AT_ALL = new RegExp(PREP_AT.source, "gu");

/** Where a company's preposition sits in a text (index of the space before it), and whether it names a workplace. */
interface PrepAt {
  index: number;
  length: number;
  workplace: boolean;
}

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

/**
 * The organisation a person runs, owns or founded: "Sanjay runs Patel Property Management and …"; also with the kind
 * of business before its name ("runs the bakery Le Fournil", fr "tient la boulangerie X", es "tiene la panadería X",
 * de "betreibt die Bäckerei X", it "gestisce la trattoria X").
 */
const RUNS_RE = new RegExp(
  `^\\s*(?:(?:who|that)\\s+)?(?:runs|owns|founded|co-?founded|heads|manages|dirige|gère|tient|tiene|betreibt|leitet|führt|gestisce|beheert|leidt)\\s+(?:${ARTICLE}\\s+)?(?:(?:\\p{Ll}+|Bäckerei|Konditorei|Gaststätte|Praxis|Kanzlei|Werkstatt)\\s+(?=[\\p{Lu}\\d]))?${COMPANY_NAME}`,
  "u",
);

/** The same verbs later in the sentence about the person ("X, DDS - he's a client of ours and owns Y in Z"). */
const RUNS_LATER_RE =
  /\s(?:and|who|he|she|they|he's|she's)\s+(?=(?:runs|owns|founded|co-?founded|heads|dirige|gère|tient|tiene|betreibt|leitet|führt|gestisce|beheert|leidt)\s)/u;

/** ", PLLC" right after a company read from prose: its legal form, kept as written. */
const COMMA_FORM_RE = new RegExp(`^,\\s*(?:${LEGAL_FORMS_SOURCE})(?![\\p{L}])`, "iu");

function companyRunLater(sentence: string): ContactDetails | undefined {
  const m = RUNS_LATER_RE.exec(sentence);
  const found = m ? companyRun(sentence.slice(m.index + m[0].length)) : undefined;
  const company = found?.company;
  if (!company) return found;
  const after = sentence.slice(sentence.indexOf(company) + company.length);
  const form = COMMA_FORM_RE.exec(after)?.[0];
  return form ? { company: company + form } : found;
}

/** "he owns …", "elle dirige …": a pronoun about the person named before it, then a verb RUNS_RE reads. */
const PRONOUN_RUNS_RE =
  /(?<![\p{L}])(?:he|she|they|il|elle|er|sie|él|ella|lui|lei|ele|ela|hij|zij)\s+(?=(?:runs|owns|founded|co-?founded|heads|dirige|tient|tiene|betreibt|leitet|führt|gestisce|beheert|leidt)\s)/giu;

function companyRun(sentence: string): ContactDetails | undefined {
  const m = RUNS_RE.exec(sentence.replace(/^\s*,\s*/, ""));
  if (!m) return undefined;
  const company = m[1]
    .replace(TRAILING_PARTICLES_RE, "")
    .replace(/[.,]+$/, "")
    .trim();
  return company.split(/\s+/).length >= 2 || COMPANY_WORDS_RE.test(company) ? { company } : undefined;
}

/** "Sam Lee, Northwind Dental's new head of operations" / "(Acme's COO)": the company owns the title. */
const POSSESSIVE_RE =
  /^[\s,(—–-]*(?:(?:who|she|he|they)(?:'s|’s| is| are)\s+|is\s+)?((?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){0,4}[\p{Lu}\d][\p{L}\d&.-]*)['’]s\s+(?:new\s+)?([\p{L}][\p{L} ,&/-]{1,40}?)\s*(?=[.;)!?]|,\s|$)/u;

function possessive(sentence: string): ContactDetails | undefined {
  const m = POSSESSIVE_RE.exec(sentence);
  if (!m || !TITLE_WORDS_RE.test(m[2]) || m[2].split(/\s+/).length > 6) return undefined;
  return { company: m[1].trim(), title: m[2].trim() };
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

/**
 * The preposition that opens the company: "Director of Operations at Lakeview Dental Group" has two, and the one that
 * says where someone works (at, chez, bei, en, with, for …) wins over the one inside a title (of, de, von …).
 */
function companyPreposition(text: string): PrepAt | undefined {
  let weak: PrepAt | undefined;
  for (const m of text.matchAll(PREP_AT_ALL)) {
    const word = m[0].trim().split(/\s+/)[0].toLowerCase();
    // German genitive "Geschäftsführerin der Schulz Bäckerei GmbH": only before a name with a legal form.
    if (GENITIVE_ARTICLES.has(word)) {
      const after = text.slice((m.index || 0) + m[0].length).split(/[,.;:!?]|\s(?:und|aus|in|mit)\s/)[0];
      if (!COMPANY_WORDS_RE.test(after)) continue;
    }
    const at = { index: m.index || 0, length: m[0].length };
    if (WORKPLACE_PREPOSITIONS.has(word)) return { ...at, workplace: true };
    weak ??= { ...at, workplace: false };
  }
  return weak;
}

/** "…, President of Núñez Construction": the title up to the company's preposition, the company after it. */
/** "Panificio Bassi di Bologna", "Muebles Ortiz de Madrid": a town the text adds after the company is not part of it. */
function withoutTown(company: string): string {
  const m = new RegExp(`^(.+?\\s\\S+)\\s+(?:di|de|of|from|aus|van|du)\\s+(\\p{Lu}[\\p{L}'’-]+)$`, "u").exec(
    company,
  );
  return m && regionFromText(m[2]) && !COMPANY_WORDS_RE.test(m[2]) ? m[1] : company;
}

function titleAndCompany(sentence: string): ContactDetails | undefined {
  // A dash or an aside in brackets opens a new clause ("…, Leiterin Einkauf der X GmbH - sie sucht einen Partner für …",
  // "… de Clínica Norte (tienen tres clínicas en Huesca …)"): read up to it.
  const tail = sentence
    .replace(PRONOUN_LEAD, "")
    .split(/\s[-–—]\s|\s\((?![^()]*\)\s*(?:at|of|de|chez|bei|en)\s)/)[0]
    .trim();
  // The company's preposition may open the tail ("Megan Holt of Holt Homes").
  const found = companyPreposition(` ${tail}`);
  if (!found) return undefined;
  // found.index is the space before the preposition in " tail", i.e. the preposition's start in tail.
  const title = tail
    .slice(0, found.index)
    .trim()
    .replace(/^(?:the|a|an)\s+/i, "");
  const company = COMPANY_AFTER.exec(tail.slice(found.index));
  if (!company) return undefined;
  const named = company[1].replace(TRAILING_PARTICLES_RE, "");
  // "reach him on his cell at 614-555-0139": a number is no workplace.
  if (!/\p{L}{2}/u.test(named)) return undefined;
  // "before they move in at the end of May": a month is a date, not a workplace.
  if (!found.workplace && isMonthName(named)) return undefined;
  // "Director of Procurement" with no workplace after it: the department is part of the title, not a company.
  if (!found.workplace && isDepartment(named)) {
    const whole = tail.slice(0, found.index + company[0].length).trim();
    return isTitle(whole) ? { title: whole } : undefined;
  }
  // A legal form in small letters after the capitalised words ("… Serramenti s.n.c.", "… Stavby s.r.o.") is kept.
  const withForm = withLegalForm(named, tail.slice(found.index + company[0].length));
  const out: ContactDetails = {
    company: withoutTown(withForm.length > named.length ? withForm : named.replace(/[.,]+$/, "").trim()),
  };
  if (title && isTitle(title)) out.title = title;
  return out;
}

/**
 * Languages that put the company before the title with a suffix or particle, right after the name: tr "Elif Hanım,
 * Ekin Tekstil A.Ş.'de Satın Alma Müdürü" (locative -de/-da/-te/-ta, after an optional Hanım/Bey), zh "…，华东机电有限公司的
 * 销售经理", ja "…、山田工業株式会社の営業部長", ko "…, 한빛상사의 영업팀장".
 */
const POSTPOSED_RES: RegExp[] = [
  /* tr */ /^\s*(?:Hanım|Hanim|Bey)?\s*,\s*((?:[\p{Lu}\d][\p{L}\d&.-]*\s+){0,5}[\p{Lu}\d][\p{L}\d&.-]*)['’](?:de|da|te|ta|nde|nda)\s+([^;,.!?]{2,50}?)\s*(?=[;,.!?]|$)/u,
  /* zh, ja, ko */ /^[\s,，、]*([^\s,，、。；;的の의]{2,30})\s?[的の의]\s?([^\s,，、。；;！!]{2,20}?)\s*(?=[,，、。；;！!]|$)/u,
];

function postposed(sentence: string): ContactDetails | undefined {
  for (const re of POSTPOSED_RES) {
    const m = re.exec(sentence);
    if (m && isTitle(m[2].trim())) return { company: m[1].trim(), title: m[2].trim() };
  }
  return undefined;
}

/** A line that only greets: "Ravi,", "Hi Ravi and Tom,", "Liebe Frau Roth,", "Bonjour Amélie :" (any language). */
const GREETING_LINE_RE =
  /^[ \t]*(?:(?:hi|hello|hey|dear|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|salut|cher|chère|hola|estimad[oa]|ciao|caro|cara|gentile|beste|hoi|olá|oi|prezad[oa])[ \t]+)?(?:(?:herr|frau|mr\.?|ms\.?|mrs\.?|dr\.?|m\.|mme)[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?:[ \t]+(?:and|und|et|y|e|en|&)[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]*[,:!][ \t]*$/gimu;

/** An assistant named in a sentence (en, fr, de, es, it, pt, nl; "EA"/"PA" in capitals only). */
const ASSISTANT_RE =
  /(?<![\p{L}])(?:[Aa]ssistant|[Aa]ssistante|[Aa]ssistent(?:in)?|[Aa]sistente|[Aa]ssistente|[Ss]ecretary|[Ss]ecrétaire|[Ss]ekretärin|[Ss]ecretari[ao]|[Ss]egretari[ao]|[Ss]ecretária|[Ss]ecretaresse|EA|PA)(?![\p{L}])/u;

/**
 * The writer giving their own number: en "my cell/number/mobile/phone", fr "mon portable/numéro", de "meine
 * Nummer/Handynummer", es "mi número/móvil/celular", it "il mio numero/cellulare", pt "o meu número/telemóvel/celular",
 * nl "mijn nummer/mobiel".
 */
const WRITERS_NUMBER_RE =
  /(?<![\p{L}])(?:my (?:cell|mobile|number|phone|direct line)|mon (?:portable|numéro|téléphone)|meine (?:nummer|handynummer|mobilnummer|telefonnummer)|mein handy|mi (?:número|móvil|celular|teléfono)|il mio (?:numero|cellulare)|o meu (?:número|telemóvel|celular)|mijn (?:nummer|mobiel|telefoonnummer))(?![\p{L}])/iu;

const WRITERS_CLAUSE_RE = new RegExp(`${WRITERS_NUMBER_RE.source}[^;)]*`, "giu");

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
  const words = flat.replace(/\s*\([^()]*(?:@|\d{3})[^()]*\)/g, "");
  // Every mention of the person, full name first: the first sentence that says where they work wins.
  const mentions: { at: number; len: number }[] = [];
  // es/pt: a display name with both surnames ("Lucía Ferrán Ortega") is written with the first one in prose.
  const two = name.split(" ").length > 2 ? name.split(" ").slice(0, 2).join(" ") : "";
  for (const n of [name, two, first, last].filter((x): x is string => !!x && x.length > 1)) {
    for (let i = words.indexOf(n); i >= 0 && mentions.length < 8; i = words.indexOf(n, i + n.length))
      mentions.push({ at: i, len: n.length });
  }
  for (const { at, len } of mentions) {
    const [sentence, next = ""] = words.slice(at + len).split(/(?<=[.!?])\s/);
    // "(Title, Company)", "runs Company", "Title at Company", else the next sentence when it is about them
    // ("… vorstellen? Sie ist Leiterin Einkauf bei Schmidt Bau GmbH").
    const found =
      possessive(sentence) ??
      inParentheses(sentence) ??
      companyRun(sentence) ??
      titleAndCompany(sentence) ??
      listedAfterName(sentence) ??
      postposed(sentence) ??
      ourTitle(sentence) ??
      companyRunLater(sentence) ??
      (SUBJECT_PRONOUN_RE.test(next)
        ? (companyRun(next.replace(SUBJECT_PRONOUN_RE, "")) ?? titleAndCompany(next))
        : undefined);
    if (found) {
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

/**
 * A sender saying the business is theirs, its name following: en "I own", "I run", "we own", "I founded"; fr "je
 * dirige", "je tiens"; de "ich leite", "ich betreibe", "ich führe"; es "dirijo"; it "gestisco", "dirigo"; pt
 * "dirijo"; nl "ik run" (not "tengo"/"ik heb": too common for anything else).
 */
const OWN_BUSINESS_RE =
  /(?<![\p{L}])(?:(?:i|we)\s+(?:own|run|founded|co-?founded)|je (?:dirige|tiens)|nous (?:dirigeons|tenons)|ich (?:leite|betreibe|führe)|wir (?:betreiben|führen)|dirijo|gestisco|dirigo|ik run)\s+/iu;

/** What a sender says about themselves ("I'm Tobias Grant, the general manager of …", "My name is … and I'm …"). */
export function describedBySelf(body: string, person: Address, region: string): ContactDetails {
  const name = nameOrGuess(person);
  const first = name.split(" ")[0];
  if (!first || first.length < 2) return {};
  // A sender says who they are in their first lines.
  const flat = body.slice(0, 2000).replace(/\s+/g, " ");
  const cue = SELF_INTRO_RE.exec(flat);
  // "I own Juniper Yoga on 5th Ave", "je tiens la boulangerie …": the business they say is theirs.
  const owns = cue ? undefined : OWN_BUSINESS_RE.exec(flat);
  if (owns) {
    const run = companyRun(`runs ${flat.slice(owns.index + owns[0].length)}`);
    return run?.company ? { company: run.company } : {};
  }
  if (
    !cue ||
    !flat
      .slice(cue.index + cue[0].length)
      .trimStart()
      .startsWith(first)
  )
    return {};
  const { title, company } = describedInIntro(flat.slice(cue.index + cue[0].length), person, region);
  return { ...(title ? { title } : {}), ...(company ? { company } : {}) };
}
