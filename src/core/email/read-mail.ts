// One e-mail read as its messages: who sent it, the owner's note, and the thread below (forwards, replies, attachments).
import type { EmailInput, ExtractContext } from "../lead";
import { parseAddressList, type Address } from "../contact/email";
import { attachedMessages, bodyText, MAX_BODY_CHARS } from "./body-text";
import { digestPosts } from "./digest";
import { htmlToText } from "./html-text";
import { memberBehindList, withoutListFooter } from "./list-mail";
import { noteBelow } from "./note-below";
import { withNoticeFields } from "./notice-fields";
import { isPhoneNotice } from "./phone-notice";
import { delegatedSenders, isFormMailbox, onBehalfOf, ownerSide } from "./people";
import { relayNamedSender, withFullSurname } from "./relay-reply-to";
import { bottomPosted, isInboundReply, newestPart, withoutBottomPosted, withoutQuoteAbove } from "./reply";
import { SCAN_CHARS, splitThread, type ThreadMessage } from "./thread";
import { resolveNamesOnly } from "./thread-names";

export interface ReadMail {
  /** The body as text (the list footer dropped). */
  text: string;
  /** True when the body was cut at the size limit. */
  cut: boolean;
  /** The messages, newest first: the forwarded or quoted ones, or the mail itself when it came straight in. */
  messages: ThreadMessage[];
  /** What the owner or forwarder wrote above (or under) the forwarded message; "" for a reply or a direct mail. */
  note: string;
  /** The mail's sender (the member behind a list or relay, the mailbox a delegate wrote for). */
  outerFrom: Address | undefined;
  /** True when it is a forward (not a direct mail and not someone's reply on top of quoted history). */
  forwarded: boolean;
}

/** `input` read as messages and a note; the warnings of reading are pushed to `warnings`. */
export function readMail(input: EmailInput, ctx: ExtractContext, warnings: string[]): ReadMail {
  const read = bodyText(input, warnings);
  // A mailing list's post: the member who wrote it (not the list), and their text without the list's footer.
  const replyTo = parseAddressList(input.replyTo || "");
  const sent: Address | undefined = parseAddressList(input.from || "")[0];
  // A platform's notice that names its member in the Reply-To only ("Sarah L. via HandyHire"): the member's.
  const fromHeader = relayNamedSender(sent, replyTo) ?? sent;
  const subject = input.subject || "";
  const dateHeader = input.dateHeader || "";
  // A site builder's form notice "Maria Santos via Squarespace" <form-submission@…> is no list post: a form to read.
  const member = fromHeader && isFormMailbox(fromHeader) ? undefined : memberBehindList(fromHeader, replyTo);
  const text = withoutListFooter(read.text);
  const listed = member ? withFullSurname(member, text) : fromHeader;
  const outerFrom = listed && onBehalfOf(listed);
  let thread = splitThread(text, subject);
  if (!thread.messages.length && input.htmlBody && text !== input.htmlBody) {
    const viaHtml = splitThread(htmlToText(input.htmlBody.slice(0, MAX_BODY_CHARS)), subject);
    if (viaHtml.messages.length) thread = viaHtml;
  }
  thread = withNoticeFields(thread, outerFrom, input.subject);
  const attached = attachedMessages(input, ctx, warnings);
  // A forwarded list digest (Google Groups): each post is a message of its own.
  let messages = [...thread.messages, ...attached].flatMap((m) => digestPosts(m) ?? [m]);
  // A forwarded list post ("'X' via List") is the member's; a delegate's mail ("X on behalf of Y") the mailbox's.
  for (const m of messages)
    if (m.from) m.from = onBehalfOf(memberBehindList(m.from, [], m.body) ?? m.from, m.body);
  const delegated = delegatedSenders(
    text,
    messages.flatMap((m) => [...m.to, ...m.cc]),
  );
  for (const m of messages) if (m.from && delegated.has(m.from.email)) m.from = delegated.get(m.from.email);
  let note = (thread.messages.length ? thread.note : text).slice(0, SCAN_CHARS);
  // Nothing above the forwarded message: the forwarder may have written under it.
  const below =
    !note.trim() && thread.messages.length
      ? noteBelow(thread.messages[thread.messages.length - 1], outerFrom)
      : undefined;
  if (below) [note, thread.messages[thread.messages.length - 1].body] = [below.note, below.body];
  const isOwner = (a: Address | undefined) =>
    !!a && ctx.ownerEmails.map((e) => e.toLowerCase()).includes(a.email);
  // Someone outside replied on top of quoted history: their newest part is the first message, not a note.
  const owners = ownerSide(ctx.ownerEmails, undefined);
  const reply =
    !!outerFrom &&
    !isOwner(outerFrom) &&
    isInboundReply(subject, messages[0], owners.isOwnerOrColleague, text.slice(0, SCAN_CHARS));
  if (outerFrom && reply) {
    const to = parseAddressList(input.to || "");
    const cc = parseAddressList(input.cc || "");
    // Text under the quote (bottom-posting) is the replier's too.
    const under = bottomPosted(text.slice(0, SCAN_CHARS));
    messages[0] = { ...messages[0], body: withoutBottomPosted(messages[0].body, under) };
    // An inline reply's answers and signature are in the note already (thread.ts): not read twice.
    const own = [note, note.includes(under) ? "" : under].filter((t) => t.trim()).join("\n\n");
    messages = [newestPart(outerFrom, to, cc, subject, dateHeader, own), ...messages];
    // A name-only attribution ("On … Ruth Delgado-Amos wrote:", Thunderbird) whom the reply is addressed to.
    resolveNamesOnly(messages);
    note = "";
  }
  const forwarded = messages.length > 0 && !reply;
  // A phone system mails its voicemail notice from the owner's own address (Teams, Webex): a notice, not their note.
  if (!messages.length && outerFrom && (!isOwner(outerFrom) || isPhoneNotice(subject, text))) {
    // Not a forward: the message itself came from the person (labelled straight from the inbox).
    messages = [
      {
        from: outerFrom,
        to: parseAddressList(input.to || ""),
        cc: parseAddressList(input.cc || ""),
        subject,
        date: dateHeader,
        // Written under a quote of someone else's message: only their own lines.
        body: withoutQuoteAbove(text),
        kind: "forward",
      },
    ];
    note = "";
  }
  return { text, cut: read.cut, messages, note, outerFrom, forwarded };
}
