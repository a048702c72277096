// A sender whose display name is their company's: the person is the one who signs, the company the signature's line.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 10:00:00 +0100");
const mail = (from: string, body: string) => inbound(from, "Enquiry", body);

describe("a display name that a signature line shows with a legal form is the company, not the person", () => {
  test.each<[why: string, from: string, body: string, name: string, company: string]>([
    [
      "de: a personal mailbox shown as the firm, signed by a person over the firm's line",
      '"Berger Metallbau" <k.berger@berger-metall.example>',
      "Guten Tag,\n\nbitte um ein Angebot.\n\nMit freundlichen Grüßen\n\nKlaus Berger\nEinkaufsleiter\nBerger Metallbau GmbH\nMobil +49 151 23125 142",
      "Klaus Berger",
      "Berger Metallbau GmbH",
    ],
    [
      "en-AU: a personal mailbox shown as the practice",
      '"Lakeside Dental" <mia@lsd-clinic.example>',
      "Hi there,\n\nCould you quote for two chairs?\n\nCheers,\nMia Turner\nPractice Manager\nLakeside Dental Pty Ltd\nM 0491 570 156",
      "Mia Turner",
      "Lakeside Dental Pty Ltd",
    ],
  ])("%s", (_why, from, body, name, company) => {
    const { lead } = extractLeadFromEmail(mail(from, body), OWNER_CTX);
    expect(lead.name).toBe(name);
    expect(lead.company).toBe(company);
  });

  it("a person's own name over a line that only starts like it stays the person's name", () => {
    const { lead } = extractLeadFromEmail(
      mail(
        '"Anna Roth" <anna@roth-design.example>',
        "Hello,\n\nPlease send prices.\n\nAnna Roth\nOwner\nAnna Roth Design Ltd\n+1 416 555 0142",
      ),
      OWNER_CTX,
    );
    expect(lead.name).toBe("Anna Roth");
  });
});
