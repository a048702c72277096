import { describedInIntro } from "../../../src/core/email/described";

// What an introducer's prose says about the person (issue 13, blind set emails-business6), with made-up people.
describe("title and company in an introduction's prose", () => {
  test.each([
    [
      "es: the display name has both surnames, the prose only the first; an aside in brackets follows the company",
      "Marina Quesada Llorente",
      "Pablo, Marina Quesada es la gerente de compras de Ópticas Vista Clara (tienen cuatro tiendas en Teruel y quieren renovar). Os dejo en contacto.",
      { title: "gerente de compras", company: "Ópticas Vista Clara" },
    ],
    [
      "en: a bracketed aside after the company is not read as its workplace",
      "Tom Ardent",
      "Nina, Tom Ardent is the operations manager of Ardent Cold Storage (they run two sites in Fresno and want a quote).",
      { title: "operations manager", company: "Ardent Cold Storage" },
    ],
  ])("%s", (_why, name, text, want) => {
    expect(describedInIntro(text, { name, email: "x@firm.example" }, "US")).toMatchObject(want);
  });
});
