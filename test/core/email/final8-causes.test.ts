// Forward causes of issue 13 (emails-final8, fictional forwards in 13 languages), one describe per cause: client
// header labels, stand-in free-mail domains, registry numbers, titles, arrival weekdays, ja signatures, taglines,
// a business named in brackets, form rows without colons, physiotherapists' titles.
// Fresh fictional data, not copies of fixtures.
import { headerLine } from "../../../src/core/email/forward-labels";
import { splitThread } from "../../../src/core/email/thread";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { pickPhone, readSignature } from "../../../src/core/email/signature";
import { readNameLine } from "../../../src/core/email/sig-start";
import { withoutTagline } from "../../../src/core/email/sig-lines";
import { isFreeMailDomain } from "../../../src/core/contact/email";
import { followUpFromNote } from "../../../src/core/followup/followup";
import { ownBusinessInBrackets } from "../../../src/core/email/own-business-brackets";
import { readFormFields } from "../../../src/core/email/form";
import { hasTitleWord } from "../../../src/core/contact/roles";
import type { EmailInput } from "../../../src/core/lead";

describe("forward header labels the tables lacked", () => {
  test.each<[string, string, string]>([
    ["tr Samsung Email: Alıcı is the recipient", "Alıcı: Okan Demir <okan@demir-yapi.example>", "to"],
    ["fr Orange webmail: Copie à is the copy line", "Copie à : lea@vigne.example", "cc"],
  ])("%s", (_why, line, field) => {
    expect(headerLine(line)?.field).toBe(field);
  });

  test.each<[string, string]>([
    [
      "tr Samsung Email over a Gmail forward: the inner block is read with its To and subject",
      "Bak lütfen\n\n-------- Orijinal mesaj --------\nKimden: Okan Demir <okan@demir-yapi.example>\n" +
        "Tarih: 02.12.2026 10:15 (GMT+03:00)\nAlıcı: Ece Tan <ece@tan-cam.example>\nKonu: Fwd: Cam cephe\n\nEce Hanım, iletiyorum.",
    ],
    [
      "tr, quoted with marks: the same labels under >",
      "Bak lütfen\n\n> Kimden: Okan Demir <okan@demir-yapi.example>\n> Tarih: 02.12.2026 10:15\n" +
        "> Alıcı: Ece Tan <ece@tan-cam.example>\n> Konu: Fwd: Cam cephe\n>\n> Ece Hanım, iletiyorum.",
    ],
  ])("%s", (_why, text) => {
    const t = splitThread(text, "Fwd: Cam cephe");
    expect(t.messages[0].to.map((a) => a.email)).toEqual(["ece@tan-cam.example"]);
    expect(t.messages[0].subject).toBe("Fwd: Cam cephe");
    expect(t.messages[0].body).toBe("Ece Hanım, iletiyorum.");
  });

  test.each<[string, string]>([
    [
      "Orange fr quoted: the 'Message du' line and the empty 'Copie à' line are not text",
      'Voici la demande.\n\n> Message du 02/12/26 18:05\n> De : "Lucie Faure" <lucie.faure@vigne.example>\n' +
        "> A : contact@toitures-roux.example\n> Copie à :\n> Objet : Devis toiture\n>\n> Bonjour, un devis svp.",
    ],
    [
      "Orange fr unquoted, a four-figure year",
      'Voici la demande.\n\nMessage du 02/12/2026 18:05\nDe : "Lucie Faure" <lucie.faure@vigne.example>\n' +
        "A : contact@toitures-roux.example\nCopie à :\nObjet : Devis toiture\n\nBonjour, un devis svp.",
    ],
  ])("%s", (_why, text) => {
    const t = splitThread(text, "TR: Devis toiture");
    expect(t.note).toBe("Voici la demande.");
    expect(t.messages[0].subject).toBe("Devis toiture");
    expect(t.messages[0].body).toBe("Bonjour, un devis svp.");
  });

  test("ja Apple Mail's banner is not the forwarder's note", () => {
    const text =
      "転送されたメッセージ:\n\n差出人: 佐藤 健 <ken.sato@sato-kogyo.example>\n件名: お見積り\n日付: 2026年12月2日 10:00:00 JST\n" +
      "宛先: info@tanaka-denki.example\n\nお見積りをお願いします。";
    expect(splitThread(text, "Fwd: お見積り").note).toBe("");
  });
});

describe("a documentation domain standing for a country's free-mail provider is free mail too", () => {
  test.each<[string, boolean]>([
    ["orange.example", true], // Orange fr (orange.fr)
    ["web.example", true], // WEB.DE
    ["libero.example", true], // Libero it
    ["laposte.example", true], // La Poste fr (laposte.net)
    ["vigne-faure.example", false],
    ["orange-solar.example", false],
  ])("%s", (domain, free) => {
    expect(isFreeMailDomain(domain)).toBe(free);
  });

  test("a spouse forwarding from the same free-mail provider as the lead does not make the lead a colleague", () => {
    const body =
      "Bonjour Hugo, une demande pour toi.\nClaire\n\n> Message du 01/12/26 20:10\n" +
      '> De : "Paul Mercier" <paul.mercier@orange.example>\n> A : contact@menuiserie-blanc.example\n' +
      "> Objet : Fenêtres\n>\n> Bonjour,\n> Je souhaite changer quatre fenêtres.\n> Joignable au 06 39 98 01 47.\n>\n" +
      "> Cordialement\n> Paul Mercier";
    const lead = extractLeadFromEmail(
      mail(body, "Claire Blanc <claire.blanc@orange.example>", "hugo@menuiserie-blanc.example"),
      { ownerEmails: ["hugo@menuiserie-blanc.example"], defaultRegion: "FR" },
    ).lead;
    expect(lead.name).toBe("Paul Mercier");
    expect(lead.email).toBe("paul.mercier@orange.example");
  });
});

describe("company and tax registry numbers are never the phone", () => {
  test.each<[string, string, string, string | undefined]>([
    ["pl NIP under a mobile in prose", "PL", "Tel. kom. 605 555 014\nNIP 555-012-34-99", "+48605555014"],
    ["pl NIP alone", "PL", "NIP 555-012-34-99", undefined],
    ["cs IČO and DIČ", "CZ", "IČO: 55501234\nDIČ: CZ55501234", undefined],
    ["da CVR-nr.", "DK", "CVR-nr. 55501299", undefined],
    ["sv Org.nr", "SE", "Org.nr 555012-3499", undefined],
    ["tr Vergi No", "TR", "Vergi No: 555 012 3499", undefined],
  ])("%s", (_why, region, text, phone) => {
    expect(pickPhone(text, region)).toBe(phone);
  });
});

describe("a profession and a rank on one line, over the company with its legal form, are one title", () => {
  test.each<[string, string, string, string]>([
    ["da", "Statsautoriseret revisor, partner", "Lund & Kragh Revision ApS", "lk@lundkragh.example"],
    ["de", "Steuerberater, Partner", "Wendt Steuerberatung GmbH", "wendt@wendt-stb.example"],
  ])("%s", (_lang, titleLine, company, email) => {
    const sig = readSignature(
      `Tak.\n\nJonas Wendt\n${titleLine}\n${company}`,
      { name: "Jonas Wendt", email },
      "DE",
    );
    expect(sig.title).toBe(titleLine);
    expect(sig.company).toBe(company);
  });
});

describe("a weekday after a word saying the mail came in is no follow-up date", () => {
  const ref = { y: 2026, m: 12, d: 2 };
  test.each<[string, string, string | undefined]>([
    ["cs: přišlo v pátek", "Tohle přišlo v pátek, zavolej mu prosím.", undefined],
    ["en: came in on Friday", "This came in on Friday, please call him.", undefined],
    ["es: llegó el viernes, a call on Monday", "Llegó el viernes, llámalo el lunes.", "2026-12-07"],
    ["a weekday the note asks for is still read", "Zavolej mu v pátek.", "2026-12-04"],
  ])("%s", (_why, note, date) => {
    expect(followUpFromNote(note, ref).date).toBe(date);
  });
});

describe("ja/zh signatures: a title written before the name, the shop the writer introduces themselves with", () => {
  test.each<[string, string, string]>([
    ["ja 店長", "店長 佐藤 健", "佐藤 健"],
    ["ja 院長", "院長 高橋 誠", "高橋 誠"],
  ])("%s", (_why, line, name) => {
    const read = readNameLine(line);
    expect(read.name).toBe(name);
    expect(read.more[0]).toBe(line.split(" ")[0]);
  });

  test("ja: 'ベーカリー小麦堂の佐藤と申します' over a signature with the shop on its own line", () => {
    const body =
      "田中電機 御中\n\nお世話になります。ベーカリー小麦堂の佐藤と申します。\nオーブンの修理をお願いできますでしょうか。\n\n" +
      "ベーカリー小麦堂\n店長 佐藤 健\n携帯:090-5555-0177";
    const lead = extractLeadFromEmail(
      mail(body, "佐藤 健 <ken@komugido.example>", "info@tanaka-denki.example"),
      {
        ownerEmails: ["info@tanaka-denki.example"],
        defaultRegion: "JP",
      },
    ).lead;
    expect(lead).toMatchObject({
      name: "佐藤 健",
      title: "店長",
      company: "ベーカリー小麦堂",
    });
  });

  test("ja: a place named in the self-introduction is no company", () => {
    const body =
      "お世話になります。大阪の佐藤と申します。\nお見積りをお願いします。\n\n佐藤 健\n携帯:090-5555-0177";
    const lead = extractLeadFromEmail(
      mail(body, "佐藤 健 <ken@komugido.example>", "info@tanaka-denki.example"),
      {
        ownerEmails: ["info@tanaka-denki.example"],
        defaultRegion: "JP",
      },
    ).lead;
    expect(lead.company).toBeUndefined();
  });
});

describe("a tagline after a dash is cut, unless the legal form after it makes it one registered name", () => {
  test.each<[string, string]>([
    ["Quinta da Ribeira - Turismo Rural, Lda.", "Quinta da Ribeira - Turismo Rural, Lda."],
    ["Berger – Haustechnik GmbH", "Berger – Haustechnik GmbH"],
    ["Fernhill - Open Source Search Tools", "Fernhill"],
  ])("%s", (line, company) => {
    expect(withoutTagline(line)).toBe(company);
  });
});

describe("the business a writer calls their own and names in brackets is the company", () => {
  test.each<[string, string, string | undefined]>([
    [
      "de: eine eigene Praxis … (name)",
      "ich bin Ergotherapeut und eröffne im März eine eigene Praxis in Celle (Ergotherapie Jonas Brandt). Bitte um Rückruf.",
      "Ergotherapie Jonas Brandt",
    ],
    [
      "fr: propriétaire de … (name)",
      "Je suis propriétaire de deux chambres d'hôtes (Le Clos des Tilleuls) près de Dinan.",
      "Le Clos des Tilleuls",
    ],
    [
      "en: my own studio (name)",
      "I'm opening my own studio downtown (Brightline Pilates) in May.",
      "Brightline Pilates",
    ],
    ["a bracket that is no name: a date", "I'm opening my own studio downtown (by 1 May).", undefined],
    [
      "a bracket with no ownership before it",
      "We need a quote for the lobby (Main Street entrance).",
      undefined,
    ],
  ])("%s", (_why, text, company) => {
    expect(ownBusinessInBrackets(text)).toBe(company);
  });
});

describe("a form row without its colon is read with the longest label it starts with", () => {
  test.each<[string, string, string, string]>([
    [
      "Business name",
      "Your name Omar Haddad\nBusiness name Cedar Grill House",
      "company",
      "Cedar Grill House",
    ],
    [
      "Company website",
      "Name Lina Park\nCompany website https://parkdesign.example",
      "website",
      "https://parkdesign.example",
    ],
    [
      "pl marketplace: Klient names the customer",
      "Klient: Zofia Wrona\nFirma: Wrona Catering",
      "name",
      "Zofia Wrona",
    ],
    ["cs marketplace: Klient", "Klient: Jan Beneš\nTelefon: +420 555 012 345", "name", "Jan Beneš"],
  ])("%s", (_why, body, field, value) => {
    expect((readFormFields(body) as Record<string, string>)[field]).toBe(value);
  });
});

describe("a practice's own profession is a title, so the practice's name under it stays the company", () => {
  test.each<[string, string]>([
    ["nl", "Fysiotherapeut"],
    ["nl holder", "Praktijkhouder"],
    ["de", "Physiotherapeutin"],
    ["fr", "Kinésithérapeute"],
    ["pl", "Fizjoterapeutka"],
  ])("%s", (_lang, title) => {
    expect(hasTitleWord(title)).toBe(true);
  });

  test("nl: 'Praktijkhouder | Fysiotherapeut' over the practice", () => {
    const sig = readSignature(
      "Groet,\n\nLotte Vink\nPraktijkhouder | Fysiotherapeut\nVink Fysiotherapie & Sportrevalidatie\nT 030 555 0123",
      { name: "Lotte Vink", email: "lotte@vinkfysio.example" },
      "NL",
    );
    expect(sig.company).toBe("Vink Fysiotherapie & Sportrevalidatie");
  });
});

function mail(body: string, from: string, to: string): EmailInput {
  return {
    from,
    to,
    cc: "",
    subject: "Fwd: Anfrage",
    dateHeader: "Wed, 2 Dec 2026 09:00:00 +0100",
    date: new Date("2026-12-02T08:00:00Z"),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
}
