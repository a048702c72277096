// Messages as they land in the test owner's inbox (straight in, or the owner's own note over a forward), for unit tests.
import type { EmailInput, ExtractContext } from "../../src/core/lead";

export const OWNER = "Owner Person <owner@owner-co.example.com>";

export const OWNER_CTX: ExtractContext = {
  ownerEmails: ["owner@owner-co.example.com"],
  defaultRegion: "US",
  timeZone: "America/Toronto",
};

/** Builders for messages received at `dateHeader` (an RFC 5322 date; follow-up dates are read from it). */
export function ownerInbox(dateHeader: string) {
  /** A message straight in the owner's inbox (not forwarded). */
  function inbound(from: string, subject: string, body: string, more: Partial<EmailInput> = {}): EmailInput {
    return {
      from,
      to: OWNER,
      cc: "",
      subject,
      dateHeader,
      date: new Date(dateHeader),
      plainBody: body,
      htmlBody: "",
      attachments: [],
      ...more,
    };
  }
  /** The owner's own note to themselves, with `inner` (a forward header and text) under it when given. */
  function note(text: string, inner = "", subject = "Fwd: hello"): EmailInput {
    const body = inner ? `${text}\n\n---------- Forwarded message ---------\n${inner}` : text;
    return inbound(OWNER, subject, body);
  }
  return { inbound, note };
}

/**
 * A forwarded message's header block and text as a client writes it under a forward line (`From`, `Date`,
 * `Subject`, `To` the owner, then `Cc` when given and any `extra` header lines).
 */
export function forwardedMessage(
  date: string,
  from: string,
  body: string,
  { subject = "Quote", cc = "", extra = "" }: { subject?: string; cc?: string; extra?: string } = {},
): string {
  return `From: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${OWNER}\n${cc ? `Cc: ${cc}\n` : ""}${extra}\n${body}`;
}
