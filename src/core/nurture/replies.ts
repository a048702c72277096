// What an incoming message on a nurture thread (or to the unsubscribe address) is: a reply, an auto-reply,
// a bounce, or an unsubscribe. Pure: the job hands in the headers and text it read.
import { parseAddressList } from "../contact/email";
import { headerLine } from "../email/forward-labels";
import { SEPARATOR_RE, WROTE_RE } from "../email/quote-openers";
import { VERB_FIRST_RE } from "../email/quoted-start";
import { splitThread } from "../email/thread";

export interface IncomingMail {
  from: string;
  to: string;
  subject: string;
  /** Header values by lower-case name ("" when absent). */
  header: (name: string) => string;
  body: string;
}

export type MailKind = "bounce" | "auto-reply" | "unsubscribe-request" | "reply";

/** Bounces: the sender, the subject or the report type (mail clients' and servers' wordings, en/de/fr). */
const BOUNCE_FROM = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT =
  /delivery status notification \((failure|delay)\)|undeliver(able|ed mail)|mail delivery (failed|failure|subsystem)|returned mail|delivery has failed|failure notice|unzustellbar|nicht zustellbar|non remis|échec de (la )?remise|non distribuable/i;
/** Auto-replies: Auto-Submitted (RFC 3834), vendor headers, and out-of-office subjects in en/de/fr (+es/it/nl). */
const AUTO_SUBJECT =
  /out of (the )?office|auto(matic|matische)?[- ]?(reply|antwort|response)|abwesenheit|absence|absent|réponse automatique|respuesta automática|fuera de la oficina|risposta automatica|fuori ufficio|afwezig|automatisch antwoord|vacation|on leave|urlaub/i;
/** A human asking to stop, in the words they would type (en/fr/de/es). */
const STOP_ANYWHERE =
  /\b(unsubscribe|remove me|take me off|opt[- ]?out|no more emails?|stop (emailing|sending|contacting)|do not (email|contact)|don't (email|contact)|désabonne[rz]?|désinscri|retirez[- ]moi|abmelden|austragen|keine (weiteren )?(e-?mails|nachrichten)|darme de baja|dar de baja)\b/i;
const STOP_SHORT = /^\W*(stop|stopp|arrêtez|arrêter|basta|no thanks?|non merci|nein danke)\W*$/i;

export function classifyIncoming(m: IncomingMail): MailKind {
  const h = (n: string) => m.header(n).trim().toLowerCase();
  if (
    BOUNCE_FROM.test(addressOf(m.from)) ||
    /report-type="?delivery-status/.test(h("content-type")) ||
    (BOUNCE_SUBJECT.test(m.subject) && h("x-failed-recipients") !== "") ||
    (BOUNCE_SUBJECT.test(m.subject) && /mailer|postmaster|daemon/i.test(m.from))
  )
    return "bounce";
  const auto = h("auto-submitted");
  if (
    (auto && auto !== "no") ||
    h("x-autoreply") ||
    h("x-autorespond") ||
    /^(auto_reply|auto-reply)$/.test(h("precedence")) ||
    (h("x-auto-response-suppress") === "all" && AUTO_SUBJECT.test(m.subject)) ||
    AUTO_SUBJECT.test(m.subject)
  )
    return "auto-reply";
  const own = newText(m.body, m.subject);
  if (
    STOP_ANYWHERE.test(own) ||
    STOP_ANYWHERE.test(m.subject.replace(/^(re|aw|wg|fw|fwd|tr)\s*:\s*/gi, "")) ||
    STOP_SHORT.test(own.trim())
  )
    return "unsubscribe-request";
  return "reply";
}

/**
 * The part of a reply its sender wrote: quoted "> " lines left out, and everything from the quoted message on, found
 * as e-mail reading finds it (email/thread: the forward parser's clients, attribution lines such as "On … wrote:" or
 * "Am … schrieb …:" (verb before the name, de/da/nb/sv), header blocks, "-----Original Message-----", in every language of forward-labels).
 */
export function newText(body: string, subject = ""): string {
  const unquoted = body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => !/^\s*>/.test(line))
    .join("\n");
  const thread = splitThread(unquoted, subject);
  const own = thread.messages.length ? thread.note : unquoted;
  const out: string[] = [];
  for (const line of own.split("\n")) {
    const t = line.trim();
    if (WROTE_RE.test(t) || VERB_FIRST_RE.test(t) || SEPARATOR_RE.test(t) || headerLine(t)?.field === "from")
      break;
    out.push(line);
  }
  return out.join("\n").trim();
}

/** The sender's address, read as e-mail reads address headers ("Sam <sam@…>", a bare address). */
export function addressOf(from: string): string {
  return parseAddressList(from)[0]?.email ?? from.trim().toLowerCase();
}

/** A lead id and token in an unsubscribe mail or link ("unsubscribe L-0007 3fa9…"). */
export function unsubscribeRequest(text: string): { leadId: string; token: string } | undefined {
  const m = /\b(L-\d+)\b[\s.:/_-]+([0-9a-f]{32})\b/i.exec(text);
  return m ? { leadId: m[1].toUpperCase(), token: m[2].toLowerCase() } : undefined;
}

/** The failed address of a bounce: X-Failed-Recipients, else the first "Final-Recipient"/"Original-Recipient". */
export function bouncedAddress(m: IncomingMail): string {
  const failed = m.header("x-failed-recipients").split(",")[0]?.trim().toLowerCase();
  if (failed) return failed;
  const r = /(?:final|original)-recipient:\s*rfc822;\s*<?([^\s>]+@[^\s>]+)/i.exec(m.body);
  return r ? r[1].toLowerCase() : "";
}
