// A reply written under a quote the thread does not split, and a site chat's visitor giving their number in a turn.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { visitorTurns } from "../../../src/core/email/visitor-turns";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:30:00 +1300");

describe("the replier's own number, not the quoted signature's", () => {
  test("bottom-posted under an attribution without an address (Thunderbird): the number under the quote", () => {
    const lead = extractLeadFromEmail(
      inbound(
        "Hemi Walker <hemi.walker@mailbox.example>",
        "Re: Deck repairs",
        [
          "On 4/12/2026 2:10 pm, Rewi Parata - Bay Decks wrote:",
          "> Hi Hemi,",
          ">",
          "> We can look at the deck next week.",
          ">",
          "> Rewi Parata",
          "> Bay Decks Ltd, Whangarei",
          "> 09 555 0144 | 027 555 0145",
          "",
          "Hi, Thursday works for us.",
          "",
          "Cheers",
          "Hemi Walker",
          "021 555 0178",
        ].join("\n"),
      ),
      OWNER_CTX,
    ).lead;
    expect(lead).toMatchObject({ name: "Hemi Walker", phone: "+64215550178" });
  });
});

describe("a site chat transcript: the number the visitor says in their own turn", () => {
  const transcript = [
    "Chat transcript",
    "Visitor: Jordan Blake (jordan@brightdeli.example)",
    "",
    "[10:02 am] Alex: Hi! What's the best number to reach you?",
    "[10:03 am] Jordan Blake: 0491 570 159, any time after 2",
    "[10:04 am] Alex: Thanks! My own line is 03 5550 1199",
    "",
    "Visitor details",
    "Name: Jordan Blake",
    "Email: jordan@brightdeli.example",
    "Location: Melbourne, Victoria, AU",
  ].join("\n");

  test("only the visitor's turns are theirs (the agent's line is the owner's)", () => {
    expect(visitorTurns(transcript, "Jordan Blake")).toBe("0491 570 159, any time after 2");
  });

  test("the visitor's mobile read in the place the transcript names", () => {
    const lead = extractLeadFromEmail(
      inbound("Chat Widget <transcripts@chatwidget.example>", "Chat transcript: Catering", transcript),
      OWNER_CTX,
    ).lead;
    expect(lead).toMatchObject({ name: "Jordan Blake", phone: "+61491570159", source: "Website" });
  });
});
