// A chat mailed on by a chat-to-mail bridge ("relay@", "whatsapp@"): the chat's speaker is the lead, the bridge no referrer.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

const chat = [
  "WhatsApp Business chat forwarded by TextBridge",
  "",
  "Chat with: +27 83 555 0162",
  "Business number: +27 11 555 0100 (Owner Plumbing)",
  "",
  "[04/12/2026, 09:12] +27 83 555 0162: Morning, do you fix geysers in Randburg?",
  "[04/12/2026, 09:15] Owner Plumbing: Yes we do. Who am I speaking to?",
  "[04/12/2026, 09:18] +27 83 555 0162: Naledi Dlamini here. The geyser is leaking since last night",
  "[04/12/2026, 09:20] Owner Plumbing: Thanks Naledi, we will call you shortly.",
  "",
].join("\n");

function mail(from: string): EmailInput {
  return {
    from,
    to: "Owner Plumbing <office@owner-plumbing.example>",
    cc: "",
    subject: "WhatsApp: new conversation with +27 83 555 0162",
    dateHeader: "Fri, 4 Dec 2026 09:21:00 +0200",
    date: new Date("2026-12-04T07:21:00Z"),
    plainBody: chat,
    htmlBody: "",
    attachments: [],
  };
}
const ctx: ExtractContext = { ownerEmails: ["office@owner-plumbing.example"], defaultRegion: "ZA" };

test.each<[why: string, from: string]>([
  ["a 'relay@' mailbox", "TextBridge <relay@textbridge.example>"],
  ["a 'whatsapp@' mailbox", "TextBridge <whatsapp@textbridge.example>"],
])("the chat's speaker is the lead and %s is no referrer", (_why, from) => {
  const lead = extractLeadFromEmail(mail(from), ctx).lead;
  expect([lead.name, lead.phone, lead.source]).toEqual(["Naledi Dlamini", "+27835550162", undefined]);
});
