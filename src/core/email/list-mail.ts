// A mailing-list message: the member who wrote it, behind the list's rewritten From, and the list's footer.
import { domainOf, findEmails, localPart, type Address } from "../contact/email";
import { isFormRelay } from "./form-via";

/**
 * From display names that list software writes when it sends a member's post under the list's own address
 * (DMARC rewriting): "'Ana Ruiz' via Builders" (Google Groups, every language), "Ana Ruiz via builders" (Mailman
 * 2.1/3, Sympa, groups.io, Discourse).
 */
export const VIA_LIST_RE = /^\s*(?:'([^']+)'|"([^"]+)"|(.+?))\s+via\s+\S/i;

/** groups.io and Mailman's "wrap" mode keep the member's address in the local part: "ana=ruiz.example@groups.io". */
const WRAPPED_ADDRESS_RE = /^([^@=]+)=([a-z0-9-]+(?:\.[a-z0-9-]+)+)@/i;

/** A name's words in small unaccented letters, as an address's local part writes them ("José" -> "jose"). */
export function plainWords(name: string): string[] {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z]+/);
}

/** An address in the post whose local part holds the member's first name or surname (their signature's). */
function signedAddress(name: string, listDomain: string, text: string): string | undefined {
  const words = plainWords(name).filter((w) => w.length >= 3);
  return findEmails(text.slice(0, 16 * 1024)).find((e) => {
    const local = e.slice(0, e.indexOf("@"));
    return !e.endsWith(`@${listDomain}`) && words.some((w) => local.includes(w));
  });
}

/** A host's site: its last two labels, or three under a short second-level label ("co.uk", "com.au"). */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().split(".");
  const n = labels.length >= 3 && labels[labels.length - 2].length <= 3 ? 3 : 2;
  return labels.slice(-n).join(".");
}

/**
 * The member behind a list's From: the Reply-To the list sets to the poster (any address but the list's own), else
 * the address wrapped in the From's local part, else (a forwarded post keeps no Reply-To) the address the member
 * signs with. Undefined when the From is no list rewrite or names nobody reachable.
 */
export function memberBehindList(
  from: Address | undefined,
  replyTo: Address[],
  text = "",
): Address | undefined {
  if (!from?.email) return undefined;
  const via = VIA_LIST_RE.exec(from.name);
  // "Ana Ruiz via Kontaktskjema" over the form's fields (any language): a form's notice, read as one.
  if (!via || isFormRelay(from.name, text)) return undefined;
  const name = (via[1] ?? via[2] ?? via[3]).trim();
  const listDomain = from.email.slice(from.email.indexOf("@") + 1);
  // A platform's relay ("reply+7k2q9m@messages.platform.example" under "X via Platform <noreply@platform.example>"):
  // the platform's own site with a per-thread token in place of a name: not the poster's.
  const relay = (email: string) =>
    siteOf(domainOf(email)) === siteOf(listDomain) && !/^[a-z]+(?:[._-][a-z]+)*$/i.test(localPart(email));
  // "Marcus Bell via Bell & Rowe Events <events@…>" with Reply-To "Marcus Bell <marcus@…>" (a company's shared sender,
  // any client): a Reply-To on the From's own domain is still the poster's when it carries the same name.
  const own = (a: Address) =>
    !a.email.endsWith(`@${listDomain}`) || a.name.trim().toLowerCase() === name.toLowerCase();
  const poster = replyTo.find((a) => a.email && a.email !== from.email && own(a) && !relay(a.email));
  if (poster) return { name: poster.name || name, email: poster.email };
  const wrapped = WRAPPED_ADDRESS_RE.exec(from.email);
  if (wrapped) return { name, email: `${wrapped[1]}@${wrapped[2]}`.toLowerCase() };
  const signed = signedAddress(name, listDomain, text);
  return signed ? { name, email: signed } : undefined;
}

/**
 * Footers that list software appends under a post, by software: a separator line, then the list's own words within
 * a few lines. Google Groups ("--" then "You received this message because you are subscribed to …"), Mailman
 * (underscores, then "… mailing list" / "listinfo"), LISTSERV (a row of "#", then "To unsubscribe from the … list"),
 * groups.io ("-=-=-=-", then "Groups.io Links").
 */
const FOOTER_SEPARATOR_RE = /^(?:--\s?|_{20,}|#{20,}|(?:-=){5,}-?)$/;
const FOOTER_WORDS_RE =
  /\b(?:you received this message because you are subscribed|mailing list|listinfo|to unsubscribe from (?:this|the)\b|groups\.io links|you receive all messages sent to this group|vous recevez ce message car vous êtes abonné|sie erhalten diese nachricht, weil sie .{0,40}abonniert|recibiste este mensaje porque estás suscrito|hai ricevuto questo messaggio perché sei iscritto)/i;

/** Words one of the footers above must hold: a plain search before the rule. */
const FOOTER_KEYS = "subscri|mailing list|listinfo|unsubscribe|groups.io|abonn|suscrit|iscritt".split("|");

/** The post without the list's footer (the footer names the list's moderator or owner, never the lead). */
export function withoutListFooter(body: string): string {
  // A footer closes the post: only its last lines are looked at.
  const tail = body.slice(-2000);
  const lower = tail.toLowerCase();
  if (!FOOTER_KEYS.some((k) => lower.includes(k)) || !FOOTER_WORDS_RE.test(tail)) return body;
  const lines = tail.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!FOOTER_SEPARATOR_RE.test(lines[i].trim())) continue;
    if (FOOTER_WORDS_RE.test(lines.slice(i + 1, i + 5).join(" ")))
      return (body.slice(0, body.length - tail.length) + lines.slice(0, i).join("\n")).trimEnd();
  }
  return body;
}
