import { splitThread } from "../../../src/core/email/thread";
import { readSignature } from "../../../src/core/email/signature";
import { sourceFromNote } from "../../../src/core/email/note";
import { contactInNote, leadFromNote } from "../../../src/core/email/note-named";
import { readRawMessage } from "../../../src/core/email/mime";
import { htmlToText } from "../../../src/core/email/html-text";
import { normalizeName } from "../../../src/core/contact/name";

describe("thread splitting", () => {
  test("a reply chain inside a forward: the attribution line gives the name after the date and time", () => {
    const t = splitThread(
      "Thanks!\n\nOn Tue, Mar 4, 2025 at 9:05 AM Rosa Lind <rosa@lind-bakery.example.com> wrote:\n> Hi, we need 3 ovens serviced.\n> Rosa Lind\n",
      "",
    );
    expect(t.messages[0].from).toEqual({ name: "Rosa Lind", email: "rosa@lind-bakery.example.com" });
    expect(t.messages[0].kind).toBe("reply");
  });

  test.each<[string, string]>([
    [
      "Outlook desktop block without a separator",
      "note\n\nFrom: Ana Ruiz <ana@ruiz.example.com>\nSent: Monday, May 5, 2025 3:40 PM\nTo: Me <me@x.example.com>\nSubject: hi\n\nbody",
    ],
    [
      "French Outlook labels",
      "note\n\nDe : Ana Ruiz <ana@ruiz.example.com>\nEnvoyé : lundi 5 mai 2025 15:40\nÀ : Moi <me@x.example.com>\nObjet : salut\n\ncorps",
    ],
    [
      "Polish Gmail labels",
      "---------- Przekazana wiadomość ---------\nOd: Ana Ruiz <ana@ruiz.example.com>\nDate: pon., 5 maj 2025 o 15:40\nSubject: hi\nTo: <me@x.example.com>\n\ntreść",
    ],
  ])("%s", (_why, body) => {
    expect(splitThread(body, "Fwd: hi").messages[0]?.from?.email).toBe("ana@ruiz.example.com");
  });
});

describe("signatures", () => {
  const person = { name: "Ivo Marsh", email: "ivo@marsh-build.example.com" };
  test.each<[string, string, Record<string, string>]>([
    [
      "title | company on one line, where the title has a company word",
      "Ivo Marsh\nProperty Manager | Marsh Building Group\nCell: 303-555-0101",
      { title: "Property Manager", company: "Marsh Building Group", phone: "+13035550101" },
    ],
    [
      "a fax before the office number is skipped",
      "Ivo Marsh\nF: 303-555-0102\nT: 303-555-0103",
      { phone: "+13035550103" },
    ],
    [
      "a website line becomes a bare host, never from the e-mail domain",
      "Ivo Marsh\nMarsh Build LLC\nhttps://www.marsh-build.example.com/contact",
      { company: "Marsh Build LLC", website: "marsh-build.example.com" },
    ],
    [
      "French title",
      "Ivo Marsh\nArchitecte d'intérieur\nAtelier Marsh",
      { title: "Architecte d'intérieur", company: "Atelier Marsh" },
    ],
    [
      "a disclaimer's toll-free number is not the lead's",
      "Ivo Marsh\nMarsh Build\n\nCONFIDENTIALITY NOTICE: this message is confidential and intended only for the recipient; questions? call 1-800-555-0100 or write to privacy@marsh-build.example.com at any time please.",
      { company: "Marsh Build" },
    ],
  ])("%s", (_why, body, expected) => {
    const got = readSignature(body, person, "US");
    for (const [k, v] of Object.entries(expected)) expect(got[k as keyof typeof got]).toBe(v);
    if (!expected.phone) expect(got.phone).toBeUndefined();
  });
});

describe("more signatures", () => {
  test.each<[string, string, string, Record<string, string | undefined>]>([
    [
      "a Dutch compound title",
      "Ruud Smit",
      "Ruud Smit\nProjectbeheerder\nSmit Bouw\n06-55500199",
      { title: "Projectbeheerder", company: "Smit Bouw" },
    ],
    [
      "two lines the tables do not know: title, then company",
      "Ana Vidal",
      "Ana Vidal\nCurator\nMuseo Vidal\n",
      { title: "Curator", company: "Museo Vidal" },
    ],
    [
      '"Sent from my iPhone" is not the company',
      "Kai Berg",
      "Kai Berg\nBerg Haulage\n\nSent from my iPhone",
      { company: "Berg Haulage", title: undefined },
    ],
    [
      "a display name with the company after a bar still finds the name line",
      "Kai Berg | Berg Haulage",
      "Kai Berg\nBerg Haulage\n555-0100",
      { name: "Kai Berg", company: "Berg Haulage" },
    ],
  ])("%s", (_why, name, body, expected) => {
    const got = readSignature(body, { name, email: "x@example.com" }, "US");
    for (const [k, v] of Object.entries(expected)) expect(got[k as keyof typeof got]).toBe(v);
  });
});

describe("the note", () => {
  test.each<[string, string, string | undefined]>([
    [
      "a named trade show",
      "met her at the Toronto trade show, follow up next Tuesday",
      "Trade show: Toronto",
    ],
    [
      "a fair named after the word",
      "La conocí en la feria Expohotel. Llamarla el jueves.",
      "Trade show: Expohotel",
    ],
    ["a networking night", "Met him at the chamber networking night.", "Networking event"],
    ["a referral", "Felix, referral from Liz.", "Referral"],
    ["no source stated", "Follow up in 2 weeks.", undefined],
    ["pl: a fair in its genitive (z targów)", "Kontakt z targów: Piotr Nowak", "Trade show"],
    ["ja: a trade show written without spaces", "展示会で名刺交換。", "Trade show"],
    [
      "tr: a fair with a case ending the old \\b edge did not see",
      "Fuarda tanıştık, pazartesi ara.",
      "Trade show",
    ],
    ["sv: a fair, with its name after", "Träffade henne på mässan Elmia", "Trade show: Elmia"],
    ["ru: a conference", "Познакомились на конференции", "Conference"],
    ["pl: a referral", "Kontakt z polecenia Anny", "Referral"],
    [
      "fi: the verb before a fair's case form is no fair's name",
      "Tavattiin messuilla. Soita maanantaina.",
      "Trade show",
    ],
    ["a market (pl targ) is no fair", "kupił na targu", undefined],
    [
      "en: a capitalised named show",
      "Met Siobhan at the Facilities Show at ExCeL.",
      "Trade show: Facilities",
    ],
    ["en: a TV show is no trade show", "Saw it on a TV show", undefined],
    ["pt: the site's form", "pedido que chegou pelo formulário do site", "Website"],
    ["cs: a webinar in its locative case", "ozval se po našem webináři", "Webinar"],
    ["sv: webbinarium, with two b's", "hon var med på vårt webbinarium", "Webinar"],
  ])("source: %s", (_why, note, expected) => {
    expect(sourceFromNote(note)).toBe(expected);
  });

  test.each([
    [
      "pl",
      "Kontakt z targów: Piotr Nowak, Nowak Meble Sp. z o.o., tel. 600 555 017 – zadzwonić jutro.",
      "+48600555017",
    ],
    [
      "de",
      "Frank Brandt, Brandt Logistik GmbH, Handy 0171 5550123, am Stand getroffen. Nächste Woche anrufen.",
      "+491715550123",
    ],
  ])(
    "a number in a %s note without a country code is read in the note's language's country",
    (_lang, note, phone) => {
      expect(contactInNote(note, () => false, "US").phone).toBe(phone);
    },
  );

  test('a lead named only in the note, with a company after "at"', () => {
    expect(leadFromNote("Lead: Dana Whitfield at Harbourfront Dental, call back Jan 5")).toEqual({
      name: "Dana Whitfield",
      company: "Harbourfront Dental",
    });
  });
});

describe("names", () => {
  test.each<[string, string, string]>([
    ["Last, First", "Núñez, José", "José Núñez"],
    ["ALL CAPS", "JANE DOE", "Jane Doe"],
    ["honorific and post-nominal", "Dr. Ellen Whitaker, PhD", "Ellen Whitaker"],
    ["German academic prefix", "Dr. med. Sabine Hoffmann", "Sabine Hoffmann"],
    ["accents kept", "zoë müller", "Zoë Müller"],
    ["another script kept as written", "高橋 優子", "高橋 優子"],
    [
      "a name particle written in lower case stays so, as written in prose",
      "Joost van Leeuwen",
      "Joost van Leeuwen",
    ],
    ["a particle in an all-lower-case name stays lower case", "ana de souza", "Ana de Souza"],
    ["a first name that is also a particle is capitalised", "da silva", "Da Silva"],
  ])("%s", (_why, raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });
});

describe("core MIME reader (no TextDecoder)", () => {
  test("RFC 2047 headers in UTF-8 and Latin-1, a windows-1252 quoted-printable body", () => {
    const m = readRawMessage(
      "From: =?UTF-8?B?Wm/DqyBNw7xsbGVy?= <zoe@example.com>\r\nSubject: =?ISO-8859-1?Q?Caf=E9?=\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCost =80 5 =96 thanks\r\n",
    );
    expect(m.from).toBe("Zoë Müller <zoe@example.com>");
    expect(m.subject).toBe("Café");
    expect(m.text).toContain("Cost € 5 – thanks");
  });

  test("an unknown charset goes through the hook; without one it is flagged", () => {
    const raw = "Content-Type: text/plain; charset=koi8-r\r\n\r\nabc";
    expect(readRawMessage(raw, () => "via hook").text).toBe("via hook");
    expect(readRawMessage(raw).unknownCharsets).toEqual(["koi8-r"]);
  });

  test("HTML-only text without DOM APIs", () => {
    expect(htmlToText("<p>Hi&nbsp;there</p><div>Tanya Reed<br>M: 512&#8209;555</div>")).toBe(
      "Hi there\n\nTanya Reed\nM: 512‑555",
    );
  });
});
