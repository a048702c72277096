// A site chat widget's transcript: the "Website:" line names the owner's own site, and the chat came in through it.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { isOwnerSite } from "../../../src/core/email/owner-site";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");

describe("the owner's own site is never the lead's", () => {
  test.each<[why: string, site: string, leadEmail: string | undefined, own: boolean]>([
    ["the owner's mail domain", "owner-co.example.com", "jo@brightdeli.example", true],
    ["a subdomain of it (the shop)", "shop.owner-co.example.com", "jo@brightdeli.example", true],
    ["the lead's own site", "brightdeli.example", "jo@brightdeli.example", false],
    ["a colleague on the owner's domain keeps it", "owner-co.example.com", "pat@owner-co.example.com", false],
  ])("%s", (_why, site, leadEmail, own) => {
    expect(isOwnerSite(site, OWNER_CTX.ownerEmails, leadEmail)).toBe(own);
  });

  test("a live-chat transcript (LiveChat-style): the visitor without the widget's site line, source Website", () => {
    const lead = extractLeadFromEmail(
      inbound(
        "Chat Widget Transcripts <transcripts@chatwidget.example>",
        "Chat transcript: Catering enquiry (owner-co.example.com)",
        [
          "Chat transcript",
          "Website: owner-co.example.com",
          "Visitor: Jordan Blake (jordan@brightdeli.example)",
          "Agent: Alex (Owner Co)",
          "",
          "[10:02 am] Alex: Hi! How can I help?",
          "[10:03 am] Jordan Blake: Hi, we need coffee for a 40-person office event.",
          "",
          "Visitor details",
          "Name: Jordan Blake",
          "Email: jordan@brightdeli.example",
        ].join("\n"),
      ),
      OWNER_CTX,
    ).lead;
    expect(lead).toMatchObject({
      name: "Jordan Blake",
      email: "jordan@brightdeli.example",
      source: "Website",
    });
    expect(lead.website).toBeUndefined();
  });
});
