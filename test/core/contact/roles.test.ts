import { withLegalForm } from "../../../src/core/contact/legal-form-ends";
import { isCompanyLine, isSentence, isTitleLine } from "../../../src/core/email/line-kinds";

// Signature lines in the languages of Europe and East Asia: a title line is never taken for the company.
describe("title lines by language", () => {
  test.each([
    ["pl: Kierownik Zakupów (purchasing manager)", "Kierownik Zakupów"],
    ["nb: Daglig leder (managing director)", "Daglig leder"],
    ["sv: a compound ending in -chef", "Inköpschef"],
    ["fi: a compound ending in -päällikkö", "Myyntipäällikkö"],
    ["nl: Hoofd (head of) a service", "Hoofd Facilitaire Dienst"],
    ["cs: Jednatel", "Jednatel společnosti"],
    ["tr: Satın Alma Müdürü", "Satın Alma Müdürü"],
    ["ru: Коммерческий директор", "Коммерческий директор"],
    ["ja: a department head, written without spaces", "営業部長"],
    ["zh: a sales manager", "销售经理"],
    ["ko: a team leader", "영업팀장"],
    ["ko: a clinic's director", "원장"],
    // Co-owners and co-founders, as small businesses sign: the compound is a title too.
    ["pl: co-owner (f.)", "Współwłaścicielka"],
    ["de: co-owner", "Mitinhaberin"],
    ["fr: co-manager", "Co-gérante"],
    ["it: co-holder", "Contitolare"],
    ["cs: co-owner", "Spolumajitel"],
    ["es: co-founder", "Cofundadora"],
  ])("%s", (_why, line) => {
    expect(isTitleLine(line)).toBe(true);
  });
});

describe("company lines by their legal form", () => {
  test.each([
    ["pl Sp. z o.o.", "Zielmet Sp. z o.o."],
    ["cs s.r.o.", "Novák Stavby s.r.o."],
    ["da/nb A/S and AS", "Haugen Elektro AS"],
    ["sv AB", "Lindqvist Bygg AB"],
    ["fi Oy", "Virtanen Oy"],
    ["it S.p.A.", "Ferraris Arredamenti S.p.A."],
    ["pt-BR Ltda.", "Souza Móveis Ltda."],
    ["hu Kft.", "Kovács Kft."],
    ["tr A.Ş.", "Yılmaz Makina A.Ş."],
    ["ru ООО before the name", "ООО Ромашка"],
    ["ja 株式会社 written against the name", "株式会社モリタ精工"],
    ["ja 株式会社 after the name", "モリタ精工株式会社"],
    ["sv: Konsult in a firm's name, without its AB", "Nilsson Konsult"],
  ])("%s", (_why, line) => {
    expect(isCompanyLine(line)).toBe(true);
  });
});

describe("a company read from prose keeps a legal form with dots", () => {
  test.each([
    [
      "pl: cut at its first dot by the reader",
      "Nowak Meble Sp.",
      " z o.o. – zadzwonić w poniedziałek.",
      "Nowak Meble Sp. z o.o.",
    ],
    ["cs: lower-case form after the name", "Novák Stavby", " s.r.o., volat v pondělí", "Novák Stavby s.r.o."],
    ["de: GmbH & Co. KG", "Krüger Bau GmbH & Co.", " KG. Call Monday", "Krüger Bau GmbH & Co. KG"],
    ["no legal form: cut at the sentence's end", "Acme Widgets. Call", " him", "Acme Widgets"],
    [
      "a one-word form at the sentence's end reads as before (its dot ends the sentence)",
      "Acme Inc.",
      " Call Monday",
      "Acme Inc",
    ],
  ])("%s", (_why, company, after, expected) => {
    expect(withLegalForm(company, after)).toBe(expected);
  });
});

describe("a signature line ending in a legal form's dot is no sentence", () => {
  test.each([
    ["tr: A.Ş. after abbreviated words", "Demir Gıda San. ve Tic. A.Ş.", false],
    ["de: GmbH with a dot after it", "Müller Bau und Söhne GmbH.", false],
    ["en: a sentence ending in an English word that is also a form (as)", "Let me know as soon as.", true],
    ["en: a plain sentence", "Please call me at the office.", true],
  ])("%s", (_why, line, sentence) => {
    expect(isSentence(line)).toBe(sentence);
  });
});
