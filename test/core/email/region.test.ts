import { regionFromEmail, regionFromText } from "../../../src/core/contact/region";
import { regionHint, regionHints } from "../../../src/core/email/region-language";

// Where a number without a country code belongs: a named place beats a sign-off's language, which beats prose.
describe("region of a lead's numbers", () => {
  test.each([
    [
      "a Brussels address outranks the French sign-off",
      "Cordialement,\nRue de la Loi 16, 1000 Bruxelles",
      "BE",
    ],
    [
      "a Zürich address outranks the German-language sign-off",
      "Mit freundlichen Grüßen\nBahnhofstrasse 1, 8001 Zürich",
      "CH",
    ],
    ["Geneva in English is Switzerland", "Best regards,\nGeneva office", "CH"],
    ["a sign-off alone names its language's main country", "Cordialement,\nClaire", "FR"],
    ["Luxembourg is its own country", "Bien à vous\nL-1234 Luxembourg", "LU"],
    ["nothing named: no region", "Thanks,\nPat", undefined],
    ["a Swedish city ending in a letter \\b does not see", "Storgatan 3, 211 34 Malmö", "SE"],
    ["a Polish city in its own spelling", "ul. Przemysłowa 7, 61-001 Poznań", "PL"],
    ["a Japanese city written in kanji, inside a longer word", "東京都港区芝5-1", "JP"],
    ["a Norwegian sign-off names Norway", "Med vennlig hilsen\nKari", "NO"],
    ["a Polish sign-off names Poland", "Z poważaniem\nMarek", "PL"],
    ["a Russian sign-off names Russia", "С уважением,\nИван", "RU"],
    ['a Swiss sign-off ("Grüsse", no ß) names Switzerland', "Freundliche Grüsse\nKlaus", "CH"],
  ])("%s", (_why, text, region) => {
    expect(regionFromText(text)).toBe(region);
  });

  test.each([
    ["German prose", "Vielen Dank für das Gespräch, wir melden uns gerne bei Ihnen.", "DE"],
    ["Swedish prose", "Hej, vi behöver fasadställning. Kan ni lämna pris?", "SE"],
    ["Norwegian prose, not Danish", "Hei Lars, vi trenger tilbud. Kan du ringe meg?", "NO"],
    ["Danish prose, not Norwegian", "Hej Lars, vi behøver et tilbud. Tak!", "DK"],
    ["Polish prose", "Dzień dobry, prosimy o ofertę.", "PL"],
    ["Turkish prose", "Merhaba, bu teklif için çok teşekkürler.", "TR"],
    ["kana with no place or sign-off: Japan, as a last resort", "お見積りをお願いできますでしょうか。", "JP"],
    ["Cyrillic with no word known: Russia, as a last resort", "Ждём ответа.", "RU"],
    [
      "a short Spanish request with no sign-off",
      "Hola, necesito cambiar la cerradura de mi local. ¿Podrían pasar esta semana?",
      "ES",
    ],
    ["a short French request", "Bonjour, nous avons besoin d'un devis pour trois portes.", "FR"],
    [
      "Portuguese, not Spanish, for the same request",
      "Olá, preciso de um orçamento para esta semana, obrigado.",
      "BR",
    ],
    ["one common word is not a language", "Thanks for the pro tip", undefined],
  ])("prose language, then script, is the last resort: %s", (_why, text, region) => {
    expect(regionHint(text)).toBe(region);
  });

  test.each([
    ["a country domain", "a@firm.be", "BE"],
    ["a .co.uk domain", "a@firm.co.uk", "GB"],
    ["a generic-use ccTLD says nothing", "a@startup.io", "US"],
  ])("%s", (_why, email, region) => {
    expect(regionFromEmail(email, "US")).toBe(region);
  });

  test("every region a text implies, most telling first: the Swiss sign-off, then the German prose", () => {
    expect(regionHints("Vielen Dank, wir melden uns gerne.\nMit freundlichen Grüssen\nKlaus")).toEqual([
      "CH",
      "DE",
    ]);
  });
});
