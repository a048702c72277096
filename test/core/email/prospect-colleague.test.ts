// A prospect forwarding their own colleague's request: the colleague is the lead, never nobody, and no referral.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 10:00:00 -0500");
const mail = (subject: string, body: string) =>
  inbound("Mark Evans <mark@evans-plumbing.example>", subject, body);

const BODY =
  "Hi Sam, see below from my colleague Anna, she'll handle it from here. Her mobile is 416-555-0177.\n\nMark\n\n" +
  "-----Original Message-----\nFrom: Anna Lopez <anna@evans-plumbing.example>\nSent: Thursday, December 3, 2026 4:00 PM\n" +
  "To: Mark Evans <mark@evans-plumbing.example>\nSubject: bathroom\n\nMark, can you ask Ledger Shop for a quote?\n\n" +
  "Anna Lopez\nProject Coordinator\nEvans Plumbing Ltd";

describe("a prospect passing on their colleague's mail", () => {
  test.each<[why: string, subject: string]>([
    ["an Outlook forward (FW:)", "FW: bathroom"],
    ["a forward with no subject prefix", "bathroom quote"],
  ])("%s: the colleague, with the mobile the note gives, and no referral", (_why, subject) => {
    const r = extractLeadFromEmail(mail(subject, BODY), OWNER_CTX);
    expect(r.lead).toMatchObject({
      name: "Anna Lopez",
      email: "anna@evans-plumbing.example",
      phone: "+14165550177",
      company: "Evans Plumbing Ltd",
    });
    expect(r.lead.source).toBeUndefined();
    expect(r.needsReview).toBe(false);
  });
});
