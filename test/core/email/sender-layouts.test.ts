// Whose mail a forwarded business message is (issue 13): delegates, Lotus Notes reply-to lines, out-of-office
// hand-overs, and the zone of the mail for numbers without a country code. Made-up people and companies.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";
import { ownerInbox } from "../../helpers/owner-inbox";

const OWNER = "owner@owner-co.example.com";
const ctx: ExtractContext = { ownerEmails: [OWNER], defaultRegion: "US" };

const { inbound } = ownerInbox("Tue, 1 Dec 2026 10:00:00 -0500");
/** A colleague forwarding `body` (note and forwarded message) to the owner. */
const forwarded = (body: string, patch: Partial<EmailInput> = {}): EmailInput =>
  inbound("Colleague <pat@owner-co.example.com>", "FW: Request for quote", body, patch);

describe("a delegate's mail is the person's", () => {
  test("new Outlook: 'Shared <box@…> on behalf of Person <person@…>' gives the person's own address", () => {
    const got = extractLeadFromEmail(
      forwarded(
        [
          "Can you handle this one?",
          "",
          "________________________________",
          "From: Westbrook Purchasing <purchasing@westbrook.example> on behalf of Lena Varga <lena.varga@westbrook.example>",
          "Sent: Monday, November 30, 2026 9:30 AM",
          "To: Owner <owner@owner-co.example.com>",
          "Subject: Request for quote",
          "",
          "Dear Supplier, please quote for 40 desks.",
          "",
          "Lena Varga | Senior Buyer",
          "Westbrook Clinics Inc.",
          "617-555-0166 (direct)",
        ].join("\n"),
      ),
      ctx,
    ).lead;
    expect(got).toMatchObject({
      name: "Lena Varga",
      email: "lena.varga@westbrook.example",
      phone: "+16175550166",
    });
  });
});

describe("Lotus Notes", () => {
  test("a 'Please respond to' line between the sender line and To: keeps the header", () => {
    const got = extractLeadFromEmail(
      forwarded(
        [
          "Can you take this tender?",
          "",
          "---------------------- Forwarded by Pat Lee/OPS/Owner on 11/18/2026 09:14 AM ---------------------------",
          "",
          '"Okafor, Chidi" <cokafor@riverport.example> on 11/17/2026 04:51:22 PM',
          "Please respond to cokafor@riverport.example",
          "To:   Pat Lee/OPS/Owner@Owner",
          "cc:   tenders@riverport.example",
          "Subject:  Invitation to tender",
          "",
          "Dear Supplier, the tender pack is on our portal.",
          "",
          "Chidi Okafor",
          "Contracts Officer | Procurement & Contracts",
          "Riverport Harbour Authority",
        ].join("\n"),
      ),
      ctx,
    ).lead;
    expect(got).toMatchObject({
      name: "Chidi Okafor",
      email: "cokafor@riverport.example",
      title: "Contracts Officer",
      company: "Riverport Harbour Authority",
    });
  });
});

describe("numbers written without a country code", () => {
  test("the mail's own date zone (+1100, Australia) reads a local mobile when nothing else says where", () => {
    const got = extractLeadFromEmail(
      forwarded(
        [
          "FYI",
          "",
          "---------- Forwarded message ---------",
          "From: Mia Tran <mia@tranfitouts.example>",
          "Date: 17 Nov 2026 16:51",
          "Subject: Fit-out",
          "To: <pat@owner-co.example.com>",
          "",
          "Hi, could you quote for the fit-out?",
          "",
          "Mia Tran",
          "Mob: 0491 570 159",
        ].join("\n"),
        { dateHeader: "Wed, 18 Nov 2026 09:14:05 +1100" },
      ),
      ctx,
    ).lead;
    expect(got.phone).toBe("+61491570159");
  });
});

describe("an out-of-office reply that hands over to a colleague", () => {
  const autoReply = (note: string) =>
    forwarded(
      [
        note,
        "",
        "-----Original Message-----",
        "From: Nora Quist <nquist@ashvale.example>",
        "Sent: Wednesday, December 2, 2026 4:12 PM",
        "To: Pat <pat@owner-co.example.com>",
        "Subject: Automatic reply: Roof survey",
        "",
        "I am out of the office until 11 January with limited access to email.",
        "",
        "For anything urgent, please contact:",
        "Tomas Brenner, Estates Manager",
        "Ashvale College",
        "tomas.brenner@ashvale.example",
        "Cell 608-555-0177",
        "",
        "Kind regards,",
        "Nora Quist",
      ].join("\n"),
      { subject: "FW: Automatic reply: Roof survey" },
    );
  test("the colleague, when the forwarder's note names them", () => {
    const got = extractLeadFromEmail(
      autoReply("Nora's away - Tomas Brenner is the one to chase now."),
      ctx,
    ).lead;
    expect(got).toMatchObject({
      name: "Tomas Brenner",
      email: "tomas.brenner@ashvale.example",
      phone: "+16085550177",
      title: "Estates Manager",
      company: "Ashvale College",
    });
  });
  test("the auto-reply's own writer, when the note does not name the colleague", () => {
    const got = extractLeadFromEmail(autoReply("See below."), ctx).lead;
    expect(got.email).toBe("nquist@ashvale.example");
  });
});
