// Small shops sign casually: "Liz (owner)" under a sign-off, a shop mailbox shown by the shop's name, "Elizabeth (Liz)".
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { nameWithRole } from "../../../src/core/email/name-with-role";
import { normalizeName } from "../../../src/core/contact/name";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 10:00:00 -0800");
const mail = (from: string, body: string) => inbound(from, "Quote", body);

describe("a name with the writer's role in brackets", () => {
  test.each<[why: string, line: string, expected: { name: string; role: string } | undefined]>([
    ["en: a first name and the role", "Liz (owner)", { name: "Liz", role: "owner" }],
    ["es: a full name and the role", "Tomás Vidal (gerente)", { name: "Tomás Vidal", role: "gerente" }],
    ["a company in brackets is no role", "Liz (Rolling Pin)", undefined],
  ])("%s", (_why, line, expected) => {
    expect(nameWithRole(line)).toEqual(expected);
  });

  it("a shop's info@ signed 'Liz (owner)' under a sign-off gives Liz, her role and the shop", () => {
    const { lead } = extractLeadFromEmail(
      mail(
        "<info@bakery.example>",
        "Hi,\n\nWe'd like a quote for 3 ovens.\n\nThanks so much,\nLiz (owner)\nThe Rolling Pin Bakery\n(503) 555-0142",
      ),
      OWNER_CTX,
    );
    expect(lead).toMatchObject({ name: "Liz", title: "owner", company: "The Rolling Pin Bakery" });
  });
});

describe("a shop mailbox shown by the shop's name, its domain a short form of it", () => {
  it("'The Rolling Pin Bakery' <hello@rollingpin…> is the company; the person is the one who signs", () => {
    const { lead } = extractLeadFromEmail(
      mail(
        '"The Rolling Pin Bakery" <hello@rollingpin.example>',
        "Hi,\n\nQuote for 3 ovens please.\n\nCheers,\nLiz Harper\n(503) 555-0142",
      ),
      OWNER_CTX,
    );
    expect(lead).toMatchObject({ name: "Liz Harper", company: "The Rolling Pin Bakery" });
  });
});

describe("the name someone goes by, in brackets between their names, is no part of the name", () => {
  test.each<[string, string]>([
    ["Elizabeth (Liz) Harper", "Elizabeth Harper"],
    ["Jean-Baptiste (JB) Morel", "Jean-Baptiste Morel"],
  ])("%s", (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });
});
