// An introduction: whether a message is one, and who is introduced (what is said about them: described.ts).
import type { Address } from "../contact/email";
import { domainOf, findEmails, isFreeMailDomain } from "../contact/email";
import { nameOrGuess, normalizeName, withoutHonorifics } from "../contact/name";
import {
  COPIED_ASIDE_RE,
  GREETS_TWO_RE,
  INTRO_SUBJECT_RE,
  OWN_PARTY_RE,
  RELATION_BEFORE_NAME_RE,
} from "./cues";
import { INTRO_CUES, INTRO_NAME_CUES } from "./intro-cues";
import { copiedForInformation } from "./copied-said";
import { namesSurname } from "./name-mention";
import { SIGN_OFF_RE } from "./sign-off-lines";
import { REPLY_SUBJECT_RE } from "./reply";
import type { ThreadMessage } from "./thread";

export function isIntroduction(text: string): boolean {
  return INTRO_CUES.some((re) => re.test(text)) || copiedAside(text);
}

/** "here's Cole Parker (cc'd), the painter I mentioned": a copied person named, unless one of the sender's own. */
function copiedAside(text: string): boolean {
  const m = COPIED_ASIDE_RE.exec(text);
  return !!m && !OWN_PARTY_RE.test(text.slice(Math.max(0, m.index - 40), m.index));
}

/**
 * The subject says it is an introduction ("Aaron <> Kira", "Intro: …") and the text names an outside person copied
 * (not on the sender's side): an introduction in any wording. Never for a reply ("Re: Intro …" is the answer).
 */
export function introBySubject(m: ThreadMessage, text: string, outside: (a: Address) => boolean): boolean {
  if (m.kind === "reply" || REPLY_SUBJECT_RE.test(m.subject) || !INTRO_SUBJECT_RE.test(m.subject))
    return false;
  // One of the two people the subject names answering ("Mia <> Tess" from Tess) is not the introducer.
  const sender = m.from ? firstNameOf(m.from) : "";
  if (sender.length > 1 && m.subject.toLowerCase().includes(sender)) return false;
  const senderDomain = m.from?.email ? domainOf(m.from.email) : "";
  const lower = text.toLowerCase();
  const said = (w: string, where: string) =>
    new RegExp(`\\b${w.replace(/[^\p{L}]/gu, ".")}\\b`, "u").test(where);
  return [...m.cc, ...m.to].some((a) => {
    if (!a.email || !outside(a) || domainOf(a.email) === senderDomain) return false;
    const first = firstNameOf(a);
    // Or the subject gives their surname, the text a short first name ("Intro - Ellie Ashworth / Owen" with
    // "Ashworth, Eleanor" copied).
    const last = nameOrGuess(a).split(" ").pop()?.toLowerCase() ?? "";
    return (
      (first.length > 1 && said(first, lower)) ||
      (last.length > 2 && last !== first && said(last, m.subject.toLowerCase()))
    );
  });
}

/** The first name a display name or address gives ("Cole Parker" -> "cole"). */
function firstNameOf(a: Address): string {
  return (nameOrGuess(a).split(" ")[0] || "").toLowerCase();
}

/**
 * The introducer greets both sides in their first line ("Cole, Marisa -", "Hallo Jonas, hallo Miriam,"): one a
 * recipient, the other an outside person copied (or addressed beside the owner) who is not on the sender's side. An
 * introduction in any wording.
 */
export function greetsBoth(m: ThreadMessage, text: string, outside: (a: Address) => boolean): boolean {
  const first =
    text
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() || "";
  const g = GREETS_TWO_RE.exec(first);
  if (!g || !(m.cc.length + m.to.length)) return false;
  const names = [g[1].toLowerCase(), g[2].toLowerCase()];
  const senderDomain = m.from?.email ? domainOf(m.from.email) : "";
  // The other side may be copied or addressed beside the owner ("To: Pradeep, Ravi" — "Dear Pradeep and Ravi,").
  const copied = [...m.cc, ...m.to].filter(
    (a) => a.email && outside(a) && domainOf(a.email) !== senderDomain,
  );
  return copied.some((a) => {
    const c = firstNameOf(a);
    const other = m.to.filter((t) => firstNameOf(t) !== c && names.includes(firstNameOf(t)));
    // Two addressed side by side: one of them is the owner (an inquiry to two friends is no introduction).
    return names.includes(c) && (m.cc.includes(a) ? other.length > 0 : other.some((t) => !outside(t)));
  });
}

/** The introducer's own text without their sign-off and signature. */
export function withoutSignOff(body: string, author: Address | undefined): string {
  const lines = body.split(/\r?\n/);
  const first = (author?.name || "").split(/[\s,]+/).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (
      SIGN_OFF_RE.test(l) ||
      l === "--" ||
      (first.length &&
        i > 0 &&
        l.length < 40 &&
        // A one-character surname counts in CJK ("森 由美", "王芳", "김 민수").
        first.some((w) => (w.length > 1 || /[\p{sc=Han}\p{sc=Hangul}]/u.test(w)) && l.startsWith(w)) &&
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
  const all = [...m.cc, ...m.to].filter(ok);
  // One copied "for information only" (a director, a CFO) beside another is not the one introduced.
  const informed = all.filter((a) => copiedForInformation(m.body, a));
  const recipients = informed.length < all.length ? all.filter((a) => !informed.includes(a)) : all;
  const text = m.body.toLowerCase();
  // Copying one's own colleagues only ("Pongo en copia a Ignacio, nuestro jefe de pisos", "I've copied Amir from our
  // IT team") introduces them, not the one the message is addressed to and only greets ("Hola Andrés:").
  if (recipients.length && m.cc.length && m.cc.every(sameSide) && recipients.every((a) => m.to.includes(a))) {
    const greeting = /^\s*[^\n]{1,40}[,:]\s*\n/.exec(text)?.[0] ?? "";
    const rest = text.slice(greeting.length);
    const named = (a: Address) =>
      (firstNameOf(a).length > 1 && rest.includes(firstNameOf(a))) || namesSurname(rest, a);
    if (!recipients.some(named)) return undefined;
  }
  const named = recipients.find((a) => {
    const first = firstNameOf(a);
    return (first.length > 1 && text.includes(first)) || text.includes(a.email);
  });
  if (named ?? recipients[0]) return named ?? recipients[0];
  const written = findEmails(m.body)
    .map((email) => ({ name: "", email }))
    .filter(ok);
  return written[0];
}

/**
 * An introduction whose only other person copied is on the introducer's own side (a rep handing the account to a
 * colleague: "Ihr Kundenkonto übernimmt meine Kollegin Dr. Katrin Vogel (in Kopie)", "my colleague Ana Ruiz, copied,
 * will look after you"): that copied person, when the text names them in full (first and last name). Any client.
 */
export function copiedColleagueNamed(
  m: ThreadMessage,
  excluded: (a: Address) => boolean,
): Address | undefined {
  const words = new Set(
    m.body
      .slice(0, 4000)
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u),
  );
  const named = [...m.cc, ...m.to].filter((a) => {
    if (!a.email || excluded(a) || a.email === m.from?.email) return false;
    const t = normalizeName(a.name).toLowerCase().split(/\s+/).filter(Boolean);
    return t.length > 1 && words.has(t[0]) && words.has(t[t.length - 1]);
  });
  return named.length === 1 ? named[0] : undefined;
}

/** A name as an introduction writes it: two to four capitalised words, name particles allowed between them. */
const WRITTEN_NAME_RE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|del|della|di|van|von|der|den|le|la|du|dos|das)\s+)*\p{Lu}[\p{L}'’-]+){1,3})/u;

/** A first name alone ("meet Lorena - she manages …"), when matched against a person already known by full name. */
const FIRST_NAME_RE = /^(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/u;

/**
 * zh: how the introducer knows them, then a two- or three-character name closed by punctuation ("我有个朋友李静，",
 * "我的客户王芳。", "给您介绍一下张伟，"): friend, client, colleague, neighbour, relative.
 */
const ZH_NAME_CUE_RE =
  /(?:(?:我|我们)(?:的)?(?:有)?(?:个|一个|一位|位)?(?:好)?(?:朋友|客户|同事|邻居|亲戚)|给(?:您|你)介绍(?:一下)?)([\p{sc=Han}]{2,3})(?=[，,、。；;\s（(：:])/u;

/** The person an introduction names when it gives no address for them ("ti presento Lorenzo Rossi, …"). */
export function introducedByName(
  text: string,
  excluded: (name: string) => boolean,
  firstNameOnly = false,
): Address | undefined {
  const flat = text.replace(/\s+/g, " ");
  const zh = firstNameOnly ? undefined : ZH_NAME_CUE_RE.exec(flat)?.[1];
  if (zh && !excluded(zh)) return { name: zh, email: "" };
  const nameRe = firstNameOnly ? FIRST_NAME_RE : WRITTEN_NAME_RE;
  for (const re of INTRO_NAME_CUES) {
    for (const m of flat.matchAll(re)) {
      const after = flat.slice((m.index || 0) + m[0].length);
      // "my colleague Ms. Ananya Rao", "mon client M. Roux": the name after the relation and the honorific.
      const name = nameRe.exec(withoutHonorifics(after.replace(RELATION_BEFORE_NAME_RE, "")))?.[1];
      if (name && !excluded(name)) return { name: normalizeName(name), email: "" };
    }
  }
  return undefined;
}
