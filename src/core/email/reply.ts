// An inbound reply with quoted history: the newest part is a message of its own, written by the outer sender.
import type { Address } from "../contact/email";
import { headerLine } from "./forward-labels";
import { WROTE_RE } from "./quote-openers";
import { FORWARD_SUBJECT_RE } from "./people";
import type { ThreadMessage } from "./thread";
import { isFinnishReplySubject } from "./fi-reply-subject";

/**
 * Reply prefixes of subjects, by client language: Re (all), AW/Antw (Outlook de), SV (Outlook sv/da/no),
 * RE/RES (Outlook pt), R/RIF (Outlook it), Réf/Rép (fr), VS (fi: vastaus), ODP (pl), Odp, YNT (tr), Отв (ru).
 */
export const REPLY_SUBJECT_RE =
  /^\s*(?:\[[^\]]{1,40}\]\s*)?(?:re|aw|antw|antwort|sv|res|r|rif|réf|rép|vs|odp|ynt|отв|回复|答复)\s*(?:\[\d+\])?\s*:/i;

/**
 * A message the outer sender wrote on top of quoted history (a reply, not a forward): the subject is a reply's,
 * or it is not a forward's and the first quoted part opens with an attribution line ("On … wrote:") or is the
 * owner's own message (a customer writing above the owner's mail, subject kept as it was).
 */
export function isInboundReply(
  subject: string,
  first: ThreadMessage | undefined,
  ownersOwn: (a: Address | undefined) => boolean = () => false,
  text = "",
): boolean {
  if (!first || (FORWARD_SUBJECT_RE.test(subject) && !isFinnishReplySubject(subject, text))) return false;
  return REPLY_SUBJECT_RE.test(subject) || first.kind === "reply" || ownersOwn(first.from);
}

/** The newest part of a reply as the first message of the thread, so that its author is read like any sender. */
export function newestPart(
  from: Address,
  to: Address[],
  cc: Address[],
  subject: string,
  date: string,
  ownText: string,
): ThreadMessage {
  return { from, to, cc, subject, date, body: ownText, kind: "reply" };
}

/**
 * What the replier wrote under the quote (bottom-posting, usual on mailing lists and in old clients): the lines after
 * the last "> " line, unless they open another quoted message.
 */
export function bottomPosted(text: string): string {
  const lines = text.split(/\r?\n/);
  let last = lines.length - 1;
  while (last >= 0 && !/^\s*>/.test(lines[last])) last--;
  if (last < 0) return "";
  const tail = lines.slice(last + 1);
  if (tail.some((l) => WROTE_RE.test(l.trim()) || headerLine(l)?.field === "from")) return "";
  return tail.join("\n").trim();
}

/** The quoted message's text without what the replier wrote under the quote. */
export function withoutBottomPosted(body: string, tail: string): string {
  return tail && body.endsWith(tail) ? body.slice(0, -tail.length).trim() : body;
}

/**
 * A mail that answers under a quote it does not split into a message (an attribution without an address, "On
 * 11/12/2026 4:40 pm, Kev Doyle - Marine Co wrote:", Thunderbird): the quote's lines blanked, so that the quoted
 * signature's numbers are not read as the replier's own. Unchanged when nothing is written under the quote.
 */
export function withoutQuoteAbove(text: string): string {
  if (!text.includes("\n>") || !bottomPosted(text)) return text;
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l, i) => WROTE_RE.test(l.trim()) && /^\s*>/.test(lines[i + 1] ?? ""));
  if (at < 0) return text;
  return lines.map((l, i) => (i === at || (i > at && /^\s*>/.test(l)) ? "" : l)).join("\n");
}
