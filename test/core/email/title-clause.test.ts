// A title said in prose ends where the sentence goes on, and a title alone between commas is read (any language).
import { describedInIntro } from "../../../src/core/email/described";

describe("a title beside the name in prose", () => {
  test.each<[why: string, body: string, name: string, title: string | undefined]>([
    [
      "de: the sentence goes on after the title's comma; its 'für' names no workplace",
      "Im Namen von Herrn Markus Vogt, Leiter Einkauf, bitten wir um ein Angebot für 40 Bürostühle.",
      "Markus Vogt",
      "Leiter Einkauf",
    ],
    [
      "en: the same with 'for'",
      "On behalf of Dana Whitfield, Head of Facilities, we would like a quote for 30 desks.",
      "Dana Whitfield",
      "Head of Facilities",
    ],
    [
      "fr: an English title in small letters between commas",
      "Mon collègue Thomas Lemaire, office manager, en copie, gère le projet.",
      "Thomas Lemaire",
      "office manager",
    ],
    [
      "de: a German title between commas before the verb",
      "Unsere Kollegin Petra Haas, Einkäuferin, meldet sich bei Ihnen.",
      "Petra Haas",
      "Einkäuferin",
    ],
    [
      "a place between commas is no title",
      "Jonas Berg, Uppsala, asked for a quote.",
      "Jonas Berg",
      undefined,
    ],
  ])("%s", (_why, body, name, title) => {
    expect(describedInIntro(body, { name, email: "" }, "US").title).toBe(title);
  });

  test("a title's own part after a comma stays with it, and the company after it is read", () => {
    expect(
      describedInIntro(
        "Meet Rhea Lund, VP, sales and marketing at Nordkap Freight AB.",
        { name: "Rhea Lund", email: "" },
        "US",
      ),
    ).toMatchObject({ company: "Nordkap Freight AB" });
  });
});
