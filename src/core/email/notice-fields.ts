// A system notice's field lines (voicemail, call log, site form) are its own text, not forwarded messages.
import type { Address } from "../contact/email";
import { isSystemSender, isWebsiteSender } from "./people";
import { isPhoneNotice } from "./phone-notice";
import type { Thread } from "./thread";

/** The thread with a notice's "From:"/"To:" field lines folded back into the notice's text. */
export function withNoticeFields(
  split: Thread,
  outerFrom: Address | undefined,
  subject: string | undefined,
): Thread {
  let thread = split;
  // A notice's own "From: WIRELESS CALLER (312) …" and "To: Main Line" lines (voicemail, call log) are its fields,
  // not a forwarded message: no address in any of them, under a system sender.
  const outerNotice =
    !!outerFrom && (isSystemSender(outerFrom) || isPhoneNotice(subject, noticeText(thread)));
  if (outerNotice && thread.messages.every((m) => !m.from?.email)) thread = { ...thread, messages: [] };
  // The same inside a forwarded notice (a colleague forwarding a voicemail): its field lines are its own text.
  const notice = thread.messages.findIndex((m) => isSystemSender(m.from) || isPhoneNotice(m.subject, m.body));
  if (
    notice >= 0 &&
    notice < thread.messages.length - 1 &&
    thread.messages.slice(notice + 1).every((m) => !m.from?.email)
  ) {
    const [own, ...fields] = thread.messages.slice(notice);
    const body = [own.body, ...fields.map((m) => `From: ${m.from?.name ?? ""}\n${m.body}`)].join("\n\n");
    thread = { ...thread, messages: [...thread.messages.slice(0, notice), { ...own, body }] };
  }
  // A site form's mail that opens with the visitor as "From: Name <address>" and "Subject:" (WordPress Contact Form
  // 7's default template): the visitor's fields, with the rest of the form below, as one submission from the site.
  const visitor = thread.messages[0]?.from;
  if (
    outerFrom &&
    isSystemSender(outerFrom) &&
    isWebsiteSender(outerFrom, subject ?? "") &&
    !thread.note.trim() &&
    thread.messages.length === 1 &&
    visitor?.email
  ) {
    const fields = `Name: ${visitor.name}\nEmail: ${visitor.email}\n${thread.messages[0].body}`;
    thread = { ...thread, messages: [{ ...thread.messages[0], from: outerFrom, body: fields }] };
  }
  return thread;
}

/** The notice's whole text, its field lines ("From: +61 …") read as the thread split them off put back. */
function noticeText(thread: Thread): string {
  return [thread.note, ...thread.messages.map((m) => `From: ${m.from?.name ?? ""}\n${m.body}`)].join("\n");
}
