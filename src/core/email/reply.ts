// An inbound reply with quoted history: the newest part is a message of its own, written by the outer sender.
import type { Address } from "../contact/email";
import { FORWARD_SUBJECT_RE } from "./people";
import type { ThreadMessage } from "./thread";

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
): boolean {
  if (!first || FORWARD_SUBJECT_RE.test(subject)) return false;
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
