// Which name wins when the From display name is a degraded form of the name the sender signs with.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:00:00 -0500");
const ask = "Hello,\n\nCould you send a quote for 40 shelving units? Delivery in March.\n\nThanks,\n";

describe("display name against the signed name", () => {
  test.each([
    // Clients with no display name set show the address's local part (Outlook on the web, some phone clients).
    [
      "the display name is the address's local part",
      "jane.orlov",
      "Jane Orlov\nBuyer, Orlov Fixtures",
      "Jane Orlov",
    ],
    ["the local part alone, nothing signed", "jane.orlov", "J.", "Jane Orlov"],
    // Exchange/Active Directory directories that store only the first initial.
    ["a directory's initial for the first name", "J. Orlov", "Jane Orlov\nSales Coordinator", "Jane Orlov"],
    ["an initial without its dot", "J Orlov", "Jane Orlov\nSales Coordinator", "Jane Orlov"],
    // The signature may be a different person (an assistant signing): a different surname keeps the display name.
    [
      "an initial but a different surname signed",
      "J. Orlov",
      "Mia Tran\nAssistant to Jane Orlov",
      "J. Orlov",
    ],
    // Gateways and old clients that write headers in ASCII only drop the accents the person signs with.
    [
      "a header without the accents of the signed name",
      "Rene Lefevre",
      "René Lefèvre\nDirecteur technique",
      "René Lefèvre",
    ],
    [
      "Polish letters dropped in the header",
      "Malgorzata Wisniewska",
      "Małgorzata Wiśniewska",
      "Małgorzata Wiśniewska",
    ],
    [
      "accents in the header and none signed: the header keeps them",
      "René Lefèvre",
      "Rene Lefevre",
      "René Lefèvre",
    ],
  ])("%s", (_why, display, signature, name) => {
    const r = extractLeadFromEmail(
      inbound(`${display} <jane.orlov@orlov-fixtures.example>`, "Quote", ask + signature),
      OWNER_CTX,
    );
    expect(r.lead.name).toBe(name);
  });
});

describe("what a display name carries beside the name", () => {
  const from = (display: string, email = "jane.orlov@orlovfixtures.example") => `"${display}" <${email}>`;
  test.each([
    // Outlook and Gmail users who put their firm after their name; nothing signed but a first name.
    ["a firm in brackets the domain spells", from("Jane Orlov (Orlov Fixtures)"), "Orlov Fixtures"],
    [
      "a firm with its legal form after a bar",
      from("Jane Orlov | Northgate Supply Ltd"),
      "Northgate Supply Ltd",
    ],
    [
      "a firm after a dash, on a free mailbox, with a company word",
      from("Jane Orlov - Orlov Fixtures Inc", "jorlov@gmail.com"),
      "Orlov Fixtures Inc",
    ],
    // Beside-the-name tags that are not a company.
    ["pronouns", from("Jane Orlov (she/her)"), undefined],
    ["an external-sender tag", from("Jane Orlov (External)"), undefined],
    ["a city", from("Jane Orlov (Toronto)"), undefined],
    ["a title", from("Jane Orlov | Buyer"), undefined],
  ])("%s", (_why, sender, company) => {
    const r = extractLeadFromEmail(inbound(sender, "Quote", ask + "Jane"), OWNER_CTX);
    expect(r.lead.name).toBe("Jane Orlov");
    expect(r.lead.company).toBe(company);
  });

  test.each([
    // A display name with a legal form beside the name used to hide the signed first name, which became the company.
    [
      "a legal form beside the name does not make the signed name a company",
      from("Jane Orlov (Orlov Fixtures Ltd.)"),
    ],
    // Exchange and Google Workspace rules that tag outside senders.
    ["a gateway's tag before the name", from("[EXTERNAL] Jane Orlov")],
    ["a gateway's tag after the name", from("Jane Orlov [EXT]")],
  ])("%s", (_why, sender) => {
    const r = extractLeadFromEmail(inbound(sender, "Quote", ask + "Jane"), OWNER_CTX);
    expect(r.lead.name).toBe("Jane Orlov");
    expect(r.lead.company).not.toBe("Jane");
  });
});
