// Who is who in a message: the owner's side (owner, forwarder, colleagues) and system senders.
import { domainOf, isFreeMailDomain, isGenericMailbox, localPart, type Address } from "../contact/email";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { ORGANISER_NAME_WORDS } from "./organiser-words";
import { BULK_FOOTER, FORM_WORDS, SYSTEM_LOCAL_RE, SYSTEM_NAME_RE } from "./system-words";
import { ON_BEHALF_WORDS } from "./forward-labels";
import { FROM_YOUR_SITE } from "./site-words";
import { companyMailboxAddress, isCompanyInBody } from "./company-mailbox";

/** A shared mailbox's display name in English (details.ts adds departments by language). */
export const MAILBOX_NAMES_EN =
  "info|sales|office|team|support|contact|admin|reception|billing|hello|enquiries|inquiries|accounts";

export interface OwnerSide {
  /** The owner, their aliases, the forwarder, or anyone on their company's domain. */
  has(a: Address | undefined): boolean;
  /** The owner or a colleague (not an outside forwarder). */
  isOwnerOrColleague(a: Address | undefined): boolean;
}

/** The owner's side from the owner's addresses and, for a forward, the person who forwarded it. */
export function ownerSide(ownerEmails: string[], forwarder: Address | undefined): OwnerSide {
  const owners = new Set(ownerEmails.map((e) => e.trim().toLowerCase()).filter(Boolean));
  const ownerDomains = new Set([...owners].map(domainOf).filter((d) => d && !isFreeMailDomain(d)));
  const isOwnerOrColleague = (a: Address | undefined) =>
    !!a?.email && (owners.has(a.email) || ownerDomains.has(domainOf(a.email)));
  const fwd = forwarder?.email || "";
  const fwdDomain = fwd && !isFreeMailDomain(domainOf(fwd)) ? domainOf(fwd) : "";
  return {
    isOwnerOrColleague,
    has: (a) =>
      !!a?.email &&
      (isOwnerOrColleague(a) || a.email === fwd || (!!fwdDomain && domainOf(a.email) === fwdDomain)),
  };
}

/** A notification, form, voicemail or marketplace sender: never the person to follow up. */
export function isSystemSender(a: Address | undefined): boolean {
  if (!a) return false;
  return SYSTEM_LOCAL_RE.test(localPart(a.email)) || SYSTEM_NAME_RE.test(a.name);
}

/** Bulk mail (a newsletter): an unsubscribe footer with at least one more bulk-mail phrase. */
export function isBulkMail(body: string): boolean {
  return BULK_FOOTER.some(([unsubscribe, phrase]) => unsubscribe.test(body) && phrase.test(body));
}

const WEBSITE_WORDS_RE = new RegExp(
  `(?<![\\p{L}])(?:website|web ?site|site|sitio(?: web)?|sito|webseite|web ?form|${FORM_WORDS}|typeform|wufoo|jotform|wordpress)(?![\\p{L}])`,
  "iu",
);

/**
 * A subject that names a form (a bare "site" there is more often a job site), or a site builder's notice of one:
 * "Form Submission - …" (Squarespace), "New form submission" (Wix, Webflow, HubSpot), "New submission" (Typeform,
 * JotForm), "New entry" (Gravity Forms, WPForms), "Neue Formulareingabe", "Nouvelle soumission", "Nuevo envío",
 * pt "Nova submissão de formulário", "conversa do chat do site" (pt "site" is the website; a job site is "obra");
 * el "Νέα κράτηση από την ιστοσελίδα σας" (from your website); ar "موقعك الإلكتروني" (your website), a booking tool's heading; en "via the quote form on …", "booking form"
 * (quote and booking tools' headings); a site's chat widget's "Chat transcript: …", "New LiveChat …" (LiveChat, tawk.to,
 * Tidio: a visitor who chatted on the site); "from your website" in the Nordic, Finnish, Polish and Czech headings of
 * chat widgets and form tools (site-words.ts).
 */
const FORM_SUBJECT_RE = new RegExp(
  `(?<![\\p{L}])(?:website|web ?form|${FORM_WORDS}|dal sito|sito web|del sitio|sitio web|du site|site web|webseite|from (?:the|our) site|form submission|new (?:form )?(?:submission|entry)|neue formulareingabe|nouvelle soumission|nuevo envío|formulário|nova submissão|novo envio|do site|pelo site|no site|από την ιστοσελίδα|μέσω της ιστοσελίδας|(?:ال)?موقع(?:ك|نا)? الإلكتروني|(?:quote|enquiry|inquiry|booking|request) form|live ?chat|chat transcript|${FROM_YOUR_SITE})(?![\\p{L}])` +
    // zh/ko/ja/th write no spaces: the site's words anywhere ("网站在线客服对话记录", "홈페이지 상담 신청", "ホームページから",
    // th "ข้อความจากแชทบนเว็บไซต์" (a message from the chat on the website))
    "|网站|網站|官网|官網|在线客服|線上客服|홈페이지|웹사이트|ホームページ|問い合わせフォーム|เว็บไซต์",
  "iu",
);

/**
 * A site chat widget's log in other languages: nb/da "Chat-logg", sv "Chattlogg", de "Chatprotokoll", "Chatverlauf", nl
 * "chatgesprek", fr "transcription du chat", es "transcripción del chat", it "trascrizione della chat".
 */
const CHAT_LOG_SUBJECT_RE =
  /(?<![\p{L}])(?:chat-?logg?|chatt-?logg?|chatprotokoll|chatverlauf|chatgesprek|transcription du chat|transcripción del chat|trascrizione della chat)(?![\p{L}])/iu;

/** "Website", "form" or similar in the sender or the subject: the submission came through the business's site. */
export function isWebsiteSender(a: Address, subject = ""): boolean {
  return (
    WEBSITE_WORDS_RE.test(a.name) ||
    FORM_SUBJECT_RE.test(subject) ||
    CHAT_LOG_SUBJECT_RE.test(subject) ||
    isFormMailbox(a)
  );
}

/** A form tool's own mailbox (forms@, form-submission@, wordpress@, webform@ …): it sends a site's form submissions. */
export function isFormMailbox(a: Address): boolean {
  return /^(?:forms?|webforms?|web-?form|contact-?form|formularz|wordpress|website|web)(?:[+._-].*)?$/i.test(
    a.email.slice(0, a.email.indexOf("@")),
  );
}

/** Forward prefixes of subjects in the clients' languages (Fwd:, Fw:, TR:, WG:, RV:, I:, VS:, PD:, ENC:, İLT: …). */
export const FORWARD_SUBJECT_RE =
  /^\s*(?:\[?(?:fwd?|fw|tr|wg|rv|i|vs|vb|vl|pd|enc|doorst|videresend|vidarebefordrat|továbbítás|ilt|i̇lt|пересл|fwd)\]?\s*:)/i;

/**
 * "Kyle Ng | Ng Properties", "Ana Ruiz - Ruiz Design", "Jo Lee (Lee Law)": the person's part of a display name. A tag a
 * mail gateway adds ("[EXTERNAL] Jo Lee", "Jo Lee [EXT]": Exchange and Google Workspace external-sender rules) goes.
 */
export function personPart(displayName: string): string {
  // A de degree's school before the name ("Dipl.-Ing. (FH) Jana Roth") is no bracket after it.
  return displayName
    .replace(/\[[^\]]{1,20}\]/g, " ")
    .trim()
    .split(/\s+[|–—@]\s+|\s+-\s+|\s*\((?!(?:FH|BA|DH|TU|TH|Univ\.?)\)\s)/)[0]
    .trim();
}

/**
 * An organisation rather than a person sends this (an event's newsletter, a shared mailbox): an organiser's word
 * or a number in the display name, or a generic or system mailbox.
 */
export function isOrganisationSender(a: Address | undefined): boolean {
  if (!a?.email) return false;
  return (
    isGenericMailbox(a.email) ||
    SYSTEM_LOCAL_RE.test(localPart(a.email)) ||
    /\d/.test(a.name) ||
    ORGANISER_NAME_WORDS.some((re) => re.test(a.name))
  );
}

/**
 * Outlook's quoted header "From: Anna Reyes <areyes@…> On Behalf Of Richard Vance" (new Outlook: "… on behalf of
 * Richard Vance <rvance@…>"), by language (as below).
 */
const DELEGATE_LINE_RE = new RegExp(
  `^[>\\s]*(?:From|Von|De|Da|Van|Fra|Från)\\s*:\\s*[^<\\n]*<([^>\\s]+@[^>\\s]+)>\\s+(?:${ON_BEHALF_WORDS})\\s+([^<>\\n]+?)(?:\\s*<([^>\\s]+@[^>\\s]+)>)?\\s*$`,
  "gim",
);

const DELEGATE_WORDS_RE = new RegExp(ON_BEHALF_WORDS, "i");

/**
 * The principal of each delegate's quoted header: "From: Anna Reyes <areyes@…> On Behalf Of Richard Vance" is
 * Richard's mail, under the address the thread gives his name (he is usually copied), else the delegate's.
 */
export function delegatedSenders(text: string, people: Address[]): Map<string, Address> {
  const out = new Map<string, Address>();
  // The words first (one pass), the line rule only then.
  const head = text.slice(0, 64 * 1024);
  if (!DELEGATE_WORDS_RE.test(head)) return out;
  for (const m of head.matchAll(DELEGATE_LINE_RE)) {
    const delegate = m[1].toLowerCase();
    const name = m[2].trim();
    const key = name
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean)
      .sort()
      .join(" ");
    const own = people.find(
      (a) =>
        a.email &&
        a.name
          .toLowerCase()
          .split(/[\s,]+/)
          .filter(Boolean)
          .sort()
          .join(" ") === key,
    );
    // New Outlook writes the principal's own address after the name ("… on behalf of Megan Doe <megan@…>").
    const written = m[3]?.toLowerCase();
    out.set(delegate, { name, email: written ?? own?.email ?? delegate });
  }
  return out;
}

/**
 * "Kelly Ng on behalf of Marcus Webb", as Outlook shows a delegate's mail, by language: en, de "im Auftrag von",
 * fr "de la part de" / "au nom de", es "en nombre de", it "per conto di", nl "namens", pt "em nome de".
 */
const ON_BEHALF_RE = new RegExp(`^(.+?)\\s+(?:${ON_BEHALF_WORDS})\\s+(.+)$`, "i");
const SHARED_MAILBOX_NAME_RE = new RegExp(`^(?:${MAILBOX_NAMES_EN}|bookings|orders)$`, "i");

/**
 * The person a delegate's mail is about: the mailbox's owner after "on behalf of" (the address is theirs), unless the
 * mailbox is shared or a company's ("Dana Ruiz on behalf of Info", "… on behalf of Okoro Facilities"): then the writer.
 */
export function onBehalfOf(a: Address, body = ""): Address {
  const m = ON_BEHALF_RE.exec(a.name);
  if (!m) return a;
  const [writer, owner] = [m[1].trim(), m[2].trim()];
  const shared =
    isGenericMailbox(a.email) ||
    SHARED_MAILBOX_NAME_RE.test(owner) ||
    COMPANY_WORDS_RE.test(owner) ||
    /\d/.test(owner) ||
    (!a.email && isCompanyInBody(owner, body));
  // Outlook desktop's forward header shows no address: the company mailbox's is in the signature.
  const email = a.email || (shared ? companyMailboxAddress(owner, body) : "");
  return { name: shared ? writer : owner, email };
}
