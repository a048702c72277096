// What a signature line is when it is not the name: labelled fields, departments, rule lines, taglines, bilingual titles.
import { isDepartment } from "./departments";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord, isEnglishTitle } from "../contact/roles";
import { isPostNominals } from "../contact/name";
import { ENDS_WITH_LEGAL_FORM_RE } from "../contact/legal-forms";
import { isRankAndProfession } from "./title-pair";

/**
 * "Label: value" lines that never hold the person's title or company, by kind and language. Web-site labels
 * ("Web:", "Home page:") are read before these (contact/website.ts); these are what is left.
 */
const FIELD_LABELS: { kind: string; words: string }[] = [
  // en: under a letter (law firms' document numbers "Enclosure: 136928v1", Outlook "Attachments:") · fr · de · es
  {
    kind: "enclosure",
    words:
      "enclosures?|encl|enc|attachments?|attached|ref|our ref|your ref|matter|file|pièces? jointes?|pj|p\\.j|réf|anlagen?|anhang|adjuntos?|anexos?",
  },
  // other pages of the person: blogs, social networks, keys (every client, every language; "PGP Key:" on mailing lists)
  {
    kind: "social",
    words:
      "blog|linkedin|twitter|x|instagram|insta|facebook|fb|skype|youtube|tiktok|xing|github|mastodon|bluesky|threads|teams|zoom|whatsapp|wechat|signal|calendly|pgp key|pgp|gpg key|gpg|public key|key fingerprint|fingerprint",
  },
  // company register and tax lines in footers: en (UK) · de (Impressum, whose "Geschäftsführer:" lists directors) · fr · es
  {
    kind: "register",
    words:
      "geschäftsführer|geschäftsführung|geschäftsführerin|vorstand|aufsichtsrat|directors|gérant|vat|vat no|vat reg|company no|company number|reg no|registered no|registered office|ust-idnr|ust-id|steuer-nr|steuernummer|hrb|hra|amtsgericht|registergericht|sitz der gesellschaft|sitz|siret|siren|tva|rcs|nif|cif|abn",
  },
  // contact labels whose value is read elsewhere (addresses, mail, hours): en · fr · de · es
  {
    kind: "contact",
    words:
      "e-?mail|mail|courriel|correo|adresse|address|anschrift|dirección|office hours|hours|heures d'ouverture|horario|öffnungszeiten|pronouns",
  },
];
const LABELLED_FIELD_RE = new RegExp(`^(?:${FIELD_LABELS.map((f) => f.words).join("|")})\\s*\\.?\\s*:`, "i");

/**
 * "Móvil: 655 501 238", "Fax: 22 555 01": a label over a number the region did not read as a phone (any language);
 * ja/zh/ko write the colon full-width and a bracketed note after the number ("TEL：03-5555-0100（代表）", "(main)").
 */
// An abbreviated label whose dot stands for the colon counts too: de/at "Tel. 030 …", fr "Tél. 01 …", "Mob. 0151 …".
const NUMBER_FIELD_RE =
  /^(?:[\p{L}.\s/]{1,24}[:：]|\p{L}{1,6}\.)\s*[+(]?\d[\d\s()./-]{5,}(?:\s*[(（][^()（）]{1,12}[)）])?$/u;

/** "Enclosure: 136928v1", "Blog: …", "Twitter: @…", "VAT No: …": a labelled field, never the title or company. */
export function isLabelledField(line: string): boolean {
  // "@acme_studio" is a handle; "@Home Staging Studio" (words, a company word) is a company whose name starts with "@".
  const handle = /^@\w/.test(line) && !(/\s/.test(line) && COMPANY_WORDS_RE.test(line));
  return LABELLED_FIELD_RE.test(line) || handle || SOCIAL_HANDLE_RE.test(line) || NUMBER_FIELD_RE.test(line);
}

/** A network written before its handle without a colon ("Instagram @doces.example · www…", "IG @…"): small shops (pt, es, en). */
const SOCIAL_HANDLE_RE =
  /^(?:instagram|insta|ig|twitter|x|tiktok|facebook|fb|threads|telegram|bluesky)\s+@[\w.]/i;

/**
 * Where a picture was (a logo, a badge): Outlook's "[cid:image001.png@01D…]" and "[Company logo]" alt text,
 * Apple Mail's "<image002.png>" — never the title or company.
 */
export function isImagePlaceholder(line: string): boolean {
  return /^\[[^\]]*\]$/.test(line) || /^<[^<>]+\.(?:png|jpe?g|gif|bmp|svg|webp)>$/i.test(line);
}

/**
 * The alt text of a logo over the name: Outlook's "[Fenwick Dental Clinic]", Gmail's "[image: Brightwater Analytics]
 * <https://…>" (plain text of an HTML signature, the image's link after it); "" when the line is no picture.
 */
export function logoAlt(line: string): string {
  return /^\[(?:image:\s*)?([^\]]*)\](?:\s*<[^<>\s]+>)?$/i.exec(line)?.[1].trim() ?? "";
}

/** A rule line ("-----", "_____", "*****", "====="): what follows is small print, not the signature. */
export function isRuleLine(line: string): boolean {
  return /^[-_*=~#]{5,}$/.test(line.replace(/\s/g, ""));
}

/**
 * Department names, by language: a line made of these ("Procurement Department", "Logistics Division") or
 * a "Title, Department" line ("Vice President, Research") names a part of the company, not the company.
 */
const DEPARTMENT_LINE_RE =
  /\b(?:department|dept\.?|division|abteilung|bereich|département|departamento|direction (?:des|de la|du)|service (?:des|de la|du)|servicio de)\b/i;

export function isDepartmentLine(line: string): boolean {
  return DEPARTMENT_LINE_RE.test(line);
}

/** "Research", "Business Development", "Student Affairs": words that only name a department (one table). */
export const isDepartmentName = isDepartment;

/**
 * A company's legal qualification written after a dash, part of its registered name, not a tagline: it "Conti S.r.l.
 * - Società Agricola" (also Società Cooperativa, Società Benefit, Impresa Sociale), es "Sociedad Cooperativa", fr
 * "Société Coopérative", pt "Sociedade Agrícola".
 */
const LEGAL_QUALIFIER_RE =
  /^(?:società (?:agricola|cooperativa|benefit|semplice|consortile)(?: (?:semplice|a r\.?l\.?|s\.?r\.?l\.?))?|impresa sociale|sociedad cooperativa|société coopérative|sociedade agrícola|cooperativa agrícola)$/iu;

/**
 * "Flax - Open Source Enterprise Search" / "Park Bake Shop — Small-batch bakery since 2012" /
 * "Quillstack: the open-source docs engine" -> the company before the tagline.
 */
export function withoutTagline(company: string): string {
  const m = /^(.+?)(?:\s+[-–—]{1,2}\s+|:\s+)(.+)$/.exec(company);
  if (!m) return company;
  const [, left, right] = m;
  if (hasTitleWord(left) && !hasTitleWord(right)) return company;
  // "Quinta dos Louros - Turismo Rural, Lda.", "Berger – Haustechnik GmbH": a legal form at the end makes it one name.
  if (ENDS_WITH_LEGAL_FORM_RE.test(right.replace(/[\s,]+$/, ""))) return company;
  if (LEGAL_QUALIFIER_RE.test(right.trim())) return company;
  const leftWords = left.trim().split(/\s+/).length;
  if (leftWords > 6 || !/^[\p{Lu}\d]/u.test(left) || right.trim().split(/\s+/).length < 2) return company;
  return left.trim();
}

/** "isännöitsijä, KTM", "Project Manager, PMP": the title without the degree or credential written after its comma. */
export function withoutTrailingCredentials(title: string): string {
  const m = /^([^,]+),\s*([^,]+)$/u.exec(title);
  return m && isPostNominals(m[2]) ? m[1].trim() : title;
}

/**
 * "Directrice des ventes / Sales Director" -> "Directrice des ventes": on a bilingual title line, the one read first.
 * Two English roles ("Owner / Project Manager", "Founder / CEO") are one title, kept whole.
 */
export function firstOfBilingual(title: string): string {
  const parts = title.split(/\s+[/|]\s+/);
  // "nákupčí / Purchasing", "Einkäuferin / Procurement": a title in the writer's language, then its English department.
  if (
    parts.length === 2 &&
    hasTitleWord(parts[0]) &&
    !isEnglishTitle(parts[0], isDepartment) &&
    isDepartment(parts[1])
  )
    return parts[0].trim();
  if (parts.length < 2 || !parts.every(hasTitleWord) || isRankAndProfession(parts)) return title;
  return parts.every((p) => isEnglishTitle(p, isDepartment)) ? title : parts[0].trim();
}

/** "Groupe Boréal inc. / Boreal Group Inc." -> "Groupe Boréal inc.": a company written in two languages, the one read first. */
export function firstCompanyOfBilingual(company: string): string {
  const parts = company.split(/\s+\/\s+/);
  const named = (p: string) => COMPANY_WORDS_RE.test(p) && /\s/.test(p.trim());
  return parts.length === 2 && parts.every(named) ? parts[0].trim() : company;
}

/**
 * A licence or registration line ("Licensed Master Plumber #12345", "NMLS ID 123456", "CA DRE #01234567",
 * "Lic. No. 4471"): a number that identifies the person or firm, never the title or company.
 */
export function isLicenceLine(line: string): boolean {
  return /#\s?\d{3,}|\b(?:licen[cs]ed?|lic\.|NMLS|DRE|CSLB|reg\. no|registration no)\b.*\d{3,}/i.test(line);
}

/**
 * Lines about the person or firm that are neither title nor company: pronouns ("she/her", "(they/them)"), and
 * affiliations and regulators ("Proud member of the Oregon Society of CPAs", "Regulated by the Solicitors
 * Regulation Authority", "Accredited by …"), the firm managing their organisation ("Managed by …"), and trades'
 * "Licensed & insured".
 */
export function isAsideLine(line: string): boolean {
  return (
    /^\(?(?:she|he|they|ze|xe|elle|il|sie|er)\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?\)?$/iu.test(line) ||
    /^(?:a\s+)?(?:proud\s+)?(?:member|members|affiliate|sponsor|supporter)s?\s+of\b/i.test(line) ||
    /^(?:accredited|certified|approved|authori[sz]ed|registered|regulated|licensed)\s+(?:and\s+\w+\s+)?by\b/i.test(
      line,
    ) ||
    // The firm that runs the person's organisation ("Managed by Coastline Community Management" under an HOA's or a
    // building's board): en managed/operated/administered by, de verwaltet von, fr géré(e) par, es gestionado/
    // administrado por, it gestito da, pt gerido/administrado por, nl beheerd door.
    /^(?:(?:professionally\s+)?(?:managed|operated|administered)\s+by|verwaltet\s+(?:von|durch)|gérée?\s+par|(?:gestionad|administrad|gerid)[oa]\s+por|gestit[oa]\s+da|beheerd\s+door)\s/iu.test(
      line,
    ) ||
    // en (US/CA trades): "Licensed & insured", "Fully licensed, bonded and insured", "Bonded & Insured"
    /^(?:fully\s+)?(?:licensed|bonded|insured)(?:\s*(?:,|&|and)\s*(?:licensed|bonded|insured))+\b/i.test(line)
  );
}

/** ja ranks that need their department to say anything ("総務部 課長", "海外営業部 部長"). */
const JA_BARE_RANK_RE = /^(?:部長|課長|次長|室長|係長|主任|担当|マネージャー)$/;

/**
 * ja: "営業部 営業課長" -> "営業課長": a department before a title that already names its own section; a bare rank
 * ("購買部 課長") keeps its department.
 */
export function withoutJaDepartment(title: string): string {
  const m = /^\S+(?:部|課|室|センター|グループ)\s+(\S+(?:部長|課長|次長|室長|係長|主任|マネージャー))$/u.exec(
    title,
  );
  if (m) return JA_BARE_RANK_RE.test(m[1]) ? title : m[1];
  // "制作部 ディレクター", "購買部 バイヤー": a job written in katakana stands alone, without its department (not a rank).
  const job = /^\S+(?:部|課|室|センター|グループ)\s+(\p{Script=Katakana}[\p{Script=Katakana}ー・]+)$/u.exec(
    title,
  );
  return job && !JA_BARE_RANK_RE.test(job[1]) ? job[1] : title;
}
