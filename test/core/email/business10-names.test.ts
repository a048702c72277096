// The person's name when the header does not give it: a desk's display name, particles, prefixes, one-line sign-offs.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { normalizeName } from "../../../src/core/contact/name";
import { OWNER_CTX, forwardedMessage, ownerInbox } from "../../helpers/owner-inbox";

const { inbound, note } = ownerInbox("Mon, 7 Dec 2026 10:00:00 -0800");
const lead = (from: string, body: string) => extractLeadFromEmail(inbound(from, "Offer", body), OWNER_CTX).lead;

describe("a display name that opens with a desk word gives way to the person who signs", () => {
  test.each<[why: string, from: string, body: string, name: string]>([
    [
      "pl: 'Biuro …' is the company's office",
      "Biuro Kowmet <biuro@kowmet.example>",
      "Dzień dobry,\n\nproszę o ofertę.\n\nZ poważaniem\nAnna Lis\nKierownik zakupów\nKowmet Sp. z o.o.",
      "Anna Lis",
    ],
    [
      "it: 'Segreteria …' is a school's secretariat",
      "Segreteria Bianchi <segreteria@bianchi-musica.example>",
      "Buongiorno,\n\nvorremmo un preventivo.\n\nCordiali saluti\nPaola Neri\nDirigente\nLiceo Galvani",
      "Paola Neri",
    ],
    [
      "pt: 'Eventos …' is the events desk",
      "Eventos Marques <eventos@marques-grupo.example>",
      "Bom dia,\n\npodem enviar um orçamento?\n\nCumprimentos,\nRita Sousa\nGestora de Eventos\nVila Nova, Lda.",
      "Rita Sousa",
    ],
  ])("%s", (_why, from, body, name) => {
    expect(lead(from, body)).toMatchObject({ name });
  });
});

describe("a name line with small particles under a sign-off is the name, not the company", () => {
  test.each<[why: string, body: string, expected: Record<string, string>]>([
    [
      "pt: da/dos between the names",
      "Boa tarde,\n\nqueremos um orçamento.\n\nCumprimentos,\nMaria do Carmo dos Reis\nDiretora\nQuinta Azul, Lda.",
      { name: "Maria do Carmo dos Reis", title: "Diretora" },
    ],
    [
      "nl: van den",
      "Goedemorgen,\n\ngraag een offerte.\n\nMet vriendelijke groet,\nJoost van den Broek\nInkoper\nBroek Installatie B.V.",
      { name: "Joost van den Broek", title: "Inkoper" },
    ],
  ])("%s", (_why, body, expected) => {
    expect(lead("Orders <orders@shared.example>", body)).toMatchObject(expected);
  });
});

describe("the title written after the name on its line", () => {
  test.each<[why: string, line: string, name: string, title: string]>([
    ["es: 'Name – Gerente'", "Lucía Pérez Gil – Gerente", "Lucía Pérez Gil", "Gerente"],
    ["en: 'Name – Owner'", "Dana Whitlock – Owner", "Dana Whitlock", "Owner"],
  ])("%s", (_why, line, name, title) => {
    const body = `Hello,\n\nCould you quote us for a sign?\n\nBest regards,\n${line}\nWhitlock Home Bakery\n(503) 555-0147`;
    expect(lead("Whitlock Home Bakery <orders@whitlock.example>", body)).toMatchObject({ name, title });
  });
});

describe("a greeting sent from a place is a sign-off (de/at/ch, nl)", () => {
  test.each<[why: string, signOff: string]>([
    ["de: Herzliche Grüße aus …", "Herzliche Grüße aus dem Allgäu"],
    ["ch: Sonnige Grüsse vom …", "Sonnige Grüsse vom Zürichsee"],
    ["nl: Groeten uit …", "Hartelijke groeten uit Zwolle"],
  ])("%s", (_why, signOff) => {
    const body = `Guten Tag,\n\nbitte um ein Angebot.\n\n${signOff}\nHelga von Rottenau\nInhaberin\nGasthof Linde\nHandy 0152 55501299`;
    expect(lead("Gasthof Linde <info@gasthof-linde.example>", body)).toMatchObject({
      name: "Helga von Rottenau",
      title: "Inhaberin",
      company: "Gasthof Linde",
    });
  });
});

describe("an Italian Maestro's prefix is no part of the name", () => {
  test.each<[string, string]>([
    ["M° Carla Benedetti", "Carla Benedetti"],
    ["Mº Luca Ferri", "Luca Ferri"],
  ])("%s", (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });
});

describe("a sign-off written as one line of prose gives the name, title and company", () => {
  test.each<[why: string, from: string, last: string, expected: Record<string, string>]>([
    [
      "en: thanks, name, company",
      "Priya <priya@shahceramics.example>",
      "Many thanks, Priya Shah, Shah Ceramics",
      { name: "Priya Shah", company: "Shah Ceramics" },
    ],
    [
      "de: Vielen Dank, Name, Firma",
      "Jonas <jonas@weber-holz.example>",
      "Vielen Dank, Jonas Weber, Weber Holzbau",
      { name: "Jonas Weber", company: "Weber Holzbau" },
    ],
    [
      "en: name, owner of company (a shop mailbox)",
      "Mendes Bakery <hello@mendesbakery.example>",
      "Carlos Mendes, owner of Mendes Family Bakery",
      { name: "Carlos Mendes", title: "owner", company: "Mendes Family Bakery" },
    ],
  ])("%s", (_why, from, last, expected) => {
    const body = `Hi,\n\nCould you give us a rough price for the job next month?\n\n${last}\n(617) 555-0163`;
    expect(lead(from, body)).toMatchObject(expected);
  });
});

describe("a forwarder's one-line sign-off ('Saludos, Jorge') is no lead of its own", () => {
  test.each<[why: string, signOff: string]>([
    ["es", "Saludos, Marta"],
    ["en", "Regards, Sam"],
  ])("%s", (_why, signOff) => {
    const inner = forwardedMessage(
      "Fri, 4 Dec 2026 09:00:00 -0800",
      "Info Desk <info@corbel-group.example>",
      "Hello,\n\nWe would like a proposal.\n\nKind regards,\nHenry Corbel\nPurchasing Manager\nCorbel Group Ltd\n(415) 555-0188",
    );
    const { lead: got } = extractLeadFromEmail(note(`Can you call them?\n${signOff}`, inner), OWNER_CTX);
    expect(got).toMatchObject({ name: "Henry Corbel", email: "info@corbel-group.example" });
  });
});

describe("a login shown as the display name gives way to the full name the writer introduces themselves with", () => {
  test.each<[why: string, from: string, body: string, name: string]>([
    [
      "en: 'This is …' under 'jdoyle77'",
      "jdoyle77 <jdoyle77@freemail.example>",
      "Hi! This is Jenna Doyle, we spoke at the market. Can you quote a fence repair?\n\n- Jenna",
      "Jenna Doyle",
    ],
    [
      "de: 'ich bin …' under 'kfischer2001'",
      "kfischer2001 <kfischer2001@freemail.example>",
      "Hallo, ich bin Katrin Fischer aus Kiel und brauche ein Angebot für einen Zaun.\n\nKatrin",
      "Katrin Fischer",
    ],
  ])("%s", (_why, from, body, name) => {
    expect(lead(from, body)).toMatchObject({ name });
  });
});
