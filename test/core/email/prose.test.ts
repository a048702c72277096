import { isDepartment } from "../../../src/core/email/departments";
import { describedInIntro } from "../../../src/core/email/described";
import { describedBySelf } from "../../../src/core/email/self-described";
import { greetsBoth, introBySubject } from "../../../src/core/email/intro";
import { regionFromLanguage } from "../../../src/core/email/region-language";
import { leadInNoteProse } from "../../../src/core/email/note-lead";
import { isOrganisationSender } from "../../../src/core/email/people";
import { isInboundReply } from "../../../src/core/email/reply";
import type { ThreadMessage } from "../../../src/core/email/thread";

const quoted = (kind: ThreadMessage["kind"]): ThreadMessage => ({
  from: { name: "Owner", email: "owner@owner-co.example" },
  to: [],
  cc: [],
  subject: "",
  date: "",
  body: "",
  kind,
});

describe("an inbound reply is told from a forward", () => {
  const cases: [string, ThreadMessage["kind"], boolean, string][] = [
    ["RE: Quote for reception desk", "forward", true, "Outlook's reply header block under RE:"],
    ["AW: Angebot", "forward", true, "German Outlook's reply prefix"],
    ["RE : Soumission", "forward", true, "French Outlook writes a space before the colon"],
    ["Storefront sign", "reply", true, "an edited subject, but an attribution line under the text"],
    ["Fwd: Re: Banner order", "reply", false, "a forward of a thread, even if a reply is quoted"],
    ["WG: AW: Angebot", "forward", false, "a German forward of a reply"],
    ["Quote request", "forward", false, "a forward header block with no reply subject"],
  ];
  test.each(cases)("%s (%s) -> %s: %s", (subject, kind, expected) => {
    expect(isInboundReply(subject, quoted(kind))).toBe(expected);
  });
});

describe("title and company written in prose", () => {
  const person = { name: "Anjali Mehta", email: "anjali@lakeview.example" };
  test.each([
    [
      "Meet Anjali Mehta, Director of Operations at Lakeview Dental Group.",
      "Director of Operations",
      "Lakeview Dental Group",
      "the workplace preposition wins over the title's own 'of'",
    ],
    [
      "Meet Anjali Mehta, President of Mehta Construction.",
      "President",
      "Mehta Construction",
      "a lone 'of' still opens the company",
    ],
    [
      "Meet Anjali Mehta (cc'd), VP, Development at Ridgeline Homes.",
      "VP, Development",
      "Ridgeline Homes",
      "a cc aside and a comma inside the title",
    ],
    [
      "Je te présente Anjali Mehta (en copie), directeur général de Boulangeries Rivard.",
      "directeur général",
      "Boulangeries Rivard",
      "the French cc aside",
    ],
    [
      "Te presento a Anjali Mehta, gerente de compras en Hoteles Marea.",
      "gerente de compras",
      "Hoteles Marea",
      "Spanish: 'en' is the workplace",
    ],
    [
      "Ti presento Anjali Mehta, titolare di Mehta Serramenti s.n.c., che ho messo in copia.",
      "titolare",
      "Mehta Serramenti s.n.c.",
      "a legal form in small letters after the company's capitalised words is part of it",
    ],
    [
      "Meet Anjali Mehta, CEO at Mehta Stavby s.r.o. She is looking for windows.",
      "CEO",
      "Mehta Stavby s.r.o.",
      "Czech s.r.o. keeps its last dot, which also ends the sentence",
    ],
  ])("%s", (text, title, company) => {
    expect(describedInIntro(text, person, "US")).toMatchObject({ title, company });
  });

  test("a sender introducing themselves, and not a sender who only mentions a company", () => {
    const odile = { name: "Odile Brandt", email: "odile.b@gmail.com" };
    expect(
      describedBySelf("Hello,\n\nI'm Odile Brandt, office manager at Birchwood Vets.", odile, "US"),
    ).toEqual({ title: "office manager", company: "Birchwood Vets" });
    expect(describedBySelf("We met Odile Brandt at Birchwood Vets.", odile, "US")).toEqual({});
  });
});

describe("departments are part of a title", () => {
  test.each([
    ["Marketing", true],
    ["Business Development", true],
    ["Research & Development", true],
    ["Ventas y Marketing", true],
    ["Brightline Cinemas", false],
    ["Development Corp", false],
  ])("%s -> %s", (text, expected) => {
    expect(isDepartment(text)).toBe(expected);
  });
});

describe("a lead named in the owner's note", () => {
  test.each([
    ["Priyanka from Bloom & Vine stopped by - call Thursday.", "Priyanka", "Bloom & Vine"],
    ["Talked to Rosa from Petal & Stem at the garden show.", "Rosa", "Petal & Stem"],
    ["Gestern mit Frank Brandt, Brandt Logistik GmbH, gesprochen.", "Frank Brandt", "Brandt Logistik GmbH"],
    ["Conocí a Inés Vidal, de Talleres Vidal S.L., en la feria.", "Inés Vidal", "Talleres Vidal S.L"],
    ["Vu Bruno Lefebvre de Fromagerie Lefebvre au salon.", "Bruno Lefebvre", "Fromagerie Lefebvre"],
    ["Carla M. from Little Oaks Daycare called.", "Carla M.", "Little Oaks Daycare"],
  ])("%s", (note, name, company) => {
    expect(leadInNoteProse(note)).toEqual({ name, company });
  });

  test.each([
    "Roman - for you.",
    "Helen, see below - they want a price by Friday.",
    "Call Friday about the quote from Acme.",
  ])("no lead in %j", (note) => {
    expect(leadInNoteProse(note)).toBeUndefined();
  });
});

describe("organisers are not people", () => {
  test.each([
    [{ name: "Portland Garden Show", email: "bulletin@pdxgardenshow.example" }, true],
    [{ name: "Handwerksmesse Süd", email: "rundbrief@handwerksmesse.example" }, true],
    [{ name: "Expo West 2026", email: "hello@expowest.example" }, true],
    [{ name: "Laura Simmons", email: "lsimmons@mercyhospital.example" }, false],
  ])("%j -> %s", (a, expected) => {
    expect(isOrganisationSender(a)).toBe(expected);
  });
});

describe("an introduction told by its shape, in any wording (wave/accuracy)", () => {
  const msg = (subject: string, from: string, cc: string): ThreadMessage => ({
    from: { name: from, email: `${from.toLowerCase()}@introducer.example` },
    to: [{ name: "Tom Brandt", email: "tom@brandtsigns.example" }],
    cc: [{ name: `${cc} Hale`, email: `${cc.toLowerCase()}@brightwater.example` }],
    subject,
    date: "",
    body: "",
    kind: "forward",
  });
  const outside = () => true;
  test.each([
    ["Tom, Marcus -- connecting you two.", true, "greeting names the recipient and the copied person"],
    ["Hallo Tom, hallo Marcus,", true, "German greeting to both"],
    ["Hola Tom y Marcus:", true, "Spanish greeting to both"],
    ["Tom, Lisa and I think …", false, "the second name is nobody copied"],
    ["Hi Tom,", false, "one person greeted"],
  ])("greets both: %j -> %s (%s)", (text, expected) => {
    expect(greetsBoth(msg("Hello", "Leah", "Marcus"), text, outside)).toBe(expected);
  });
  test.each([
    [
      "Tom <> Marcus (Brightwater)",
      "Leah",
      "Marcus is mentioned",
      true,
      "the <> subject from a third person",
    ],
    ["Intro: Tom / Marcus", "Leah", "Marcus is mentioned", true, "an Intro: subject"],
    ["Tom <> Marcus", "Marcus", "Tom is mentioned, thanks Leah", false, "one of the two answering"],
    ["RE: Intro", "Leah", "Marcus is mentioned", false, "a reply to an intro is not one"],
    [
      "Intro: Tom / Marcus",
      "Leah",
      "Thanks for the coffee",
      false,
      "the copied person is not named in the text",
    ],
    [
      "Intro call next week",
      "Leah",
      "Marcus is mentioned",
      false,
      "an intro call is a meeting, not an introduction",
    ],
  ])("intro by subject: %j from %s -> %s", (subject, from, text, expected) => {
    expect(introBySubject(msg(subject, from, "Marcus"), text, outside)).toBe(expected);
  });
});

describe("the region a number without a country code belongs to, from the text's language (wave/accuracy)", () => {
  test.each([
    ["Vielen Dank für das Angebot. Wir würden gerne im Januar starten.", "DE"],
    ["Hola Pablo: perfecto, aceptamos el presupuesto. ¿Podéis empezar en mayo?", "ES"],
    ["Le devis nous convient. Pouvez-vous m'appeler pour fixer une date ? Merci", "FR"],
    ["Bedankt voor de offerte. Wij gaan graag akkoord met de planning.", "NL"],
    ["Il preventivo va bene, procediamo pure. Grazie anche per il sopralluogo.", "IT"],
    ["Thanks for the quote, we would like to go ahead.", undefined],
  ])("%j -> %s", (text, region) => {
    expect(regionFromLanguage(text)).toBe(region);
  });
});
