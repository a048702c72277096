// Forward causes of issue 13 (emails-forwards15): Mail.ru's "От кого:" header, Yandex's verb-less attribution line,
// BlackBerry's name-only header, desk and nickname display names, and a few field wordings. Fresh fictional data.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext, Lead } from "../../../src/core/lead";
import { ownerInbox } from "../../helpers/owner-inbox";

const OWNER = "nora@pinewood-tools.example";
const ctx: ExtractContext = { ownerEmails: [OWNER], defaultRegion: "US" };

const { inbound } = ownerInbox("Wed, 2 Dec 2026 09:00:00 +0000");

/** The owner's forward as it lands in their own inbox (the shared builder, addressed to this file's owner). */
function mail(body: string, from = `Nora Pine <${OWNER}>`, subject = "Fwd: enquiry"): EmailInput {
  return inbound(from, subject, body, { to: OWNER });
}

const lines = (...l: string[]) => l.join("\n");

describe("forward layouts the tables did not read: the prospect inside is found", () => {
  test.each<[why: string, body: string, expected: Partial<Lead>]>([
    [
      "Mail.ru (ru) labels the sender 'От кого:' under its '-------- Пересылаемое сообщение --------' banner",
      lines(
        "Посмотри, пожалуйста.",
        "",
        "-------- Пересылаемое сообщение --------",
        "От кого: Павел Орлов <p.orlov@orlov-stanki.example>",
        `Кому: ${OWNER}`,
        "Дата: Вторник, 1 декабря 2026, 11:20 +03:00",
        "Тема: Запрос цены",
        "",
        "Добрый день! Пришлите прайс на фрезы.",
        "",
        "С уважением,",
        "Павел Орлов",
        "Главный инженер",
        "-------- Конец пересылаемого сообщения --------",
      ),
      { name: "Павел Орлов", email: "p.orlov@orlov-stanki.example" },
    ],
    [
      "Yandex (ru) writes 'date, time, \"Name\" <address>:' with no verb; a sender who only passes it on is no lead",
      lines(
        "Вот ещё один клиент.",
        "",
        "-------- Пересылаемое сообщение --------",
        '30.11.2026, 17:05, "Глеб Зайцев" <gleb@zaitsev-partners.example>:',
        "",
        "Нина, пересылаю письмо от Веры, ей нужны инструменты.",
        "",
        "-------- Пересылаемое сообщение --------",
        '30.11.2026, 15:40, "Вера Соколова" <vera@sokolova-mebel.example>:',
        "",
        "Глеб, добрый день! Посоветуйте поставщика инструмента.",
        "",
        "Вера Соколова",
        "директор",
        "-------- Конец пересылаемого сообщения --------",
      ),
      { name: "Вера Соколова", email: "vera@sokolova-mebel.example" },
    ],
    [
      "BlackBerry 10 writes 'From: Name' with no address; the signature's first-name address is theirs",
      lines(
        "Chase him next week.",
        "",
        "Sent from my BlackBerry 10 smartphone.",
        "  Original Message  ",
        "From: Rory Blake",
        "Sent: Tuesday, 1 December 2026 14:10",
        "To: Nora Pine",
        "Subject: drill bits",
        "",
        "Nora, can you price 200 drill bit sets?",
        "",
        "Rory Blake",
        "Workshop Manager",
        "Tidewell Joinery Ltd",
        "E: rory@tidewell-joinery.example",
      ),
      { name: "Rory Blake", email: "rory@tidewell-joinery.example" },
    ],
  ])("%s", (_why, body, expected) => {
    expect(extractLeadFromEmail(mail(body), ctx).lead).toMatchObject(expected);
  });
});

describe("a display name that is a desk, or a nickname, gives way to the name signed", () => {
  test.each<[why: string, from: string, signature: string[], name: string]>([
    [
      "en 'Front Desk - Clinic' mailbox signed by the vet",
      "Front Desk - Maple Vet Clinic <frontdesk@maplevet.example>",
      ["Dr. Ines Walsh, DVM", "Practice Owner", "Maple Vet Clinic"],
      "Ines Walsh",
    ],
    [
      "a showroom's mailbox ('Showroom - Company') signed by its manager",
      "Showroom - Lindgren Kitchens <showroom@lindgren-kitchens.example>",
      ["Elsa Lindgren", "Sales Manager", "Lindgren Kitchens Ltd"],
      "Elsa Lindgren",
    ],
    [
      "zh QQ nickname: surname + 师傅 (master) over the signed full name",
      '"刘师傅" <555001234@qq.example>',
      ["谢谢！", "", "刘志强", "总经理", "杭州刘记装饰有限公司"],
      "刘志强",
    ],
  ])("%s", (_why, from, signature, name) => {
    const body = lines(
      "See below.",
      "",
      "---------- Forwarded message ---------",
      `From: ${from}`,
      "Date: Tue, 1 Dec 2026 at 10:00",
      "Subject: enquiry",
      `To: <${OWNER}>`,
      "",
      "Hello, could you send a quote?",
      "",
      ...signature,
    );
    expect(extractLeadFromEmail(mail(body), ctx).lead.name).toBe(name);
  });
});

describe("field wordings of the owner's and the prospect's language", () => {
  const forward = (note: string, sender: string, text: string[]) =>
    lines(
      note,
      "",
      "---------- Forwarded message ---------",
      `From: ${sender}`,
      "Date: Tue, 1 Dec 2026 at 10:00",
      "Subject: enquiry",
      `To: <${OWNER}>`,
      "",
      ...text,
    );
  test.each<[why: string, body: string, expected: Partial<Lead>]>([
    [
      "tr: the note's corrected mobile ('doğrusu 0532 … dedi') beats the signature's old one",
      forward(
        "İmzadaki cep numarası eskiymiş, doğrusu 0532 555 01 88 dedi.",
        "Kerem Aksoy <kerem@aksoy-yapi.example>",
        [
          "Merhaba, fiyat teklifi rica ediyoruz.",
          "",
          "Kerem Aksoy",
          "Satın Alma Müdürü",
          "Cep: 0532 555 01 22",
        ],
      ),
      { phone: "+905325550188" },
    ],
    [
      "id: a national number in Indonesian mail is read in Indonesia",
      forward("Tolong ditindaklanjuti.", "Rina Wijaya <rina@wijaya-kopi.example>", [
        "Selamat siang Bapak/Ibu,",
        "Kami ingin meminta penawaran harga untuk mesin kopi. Mohon dikirimkan.",
        "",
        "Hormat kami,",
        "Rina Wijaya",
        "HP: 0812-5555-0190",
      ]),
      { phone: "+6281255550190" },
    ],
    [
      "de: a gender-neutral '-leitung' compound is a title",
      forward("Bitte anrufen.", "Eva Moser <eva@moser-schule.example>", [
        "Guten Tag, wir brauchen ein Angebot.",
        "",
        "Eva Moser",
        "Schulleitung",
        "Musikschule Moser e.U.",
      ]),
      { title: "Schulleitung" },
    ],
    [
      "fr: 'par le formulaire du site' is the website",
      forward("Demande arrivée par le formulaire du site hier.", "Luc Perrin <luc@perrin-bois.example>", [
        "Bonjour, pouvez-vous nous faire un devis ?",
        "",
        "Luc Perrin",
      ]),
      { source: "Website" },
    ],
    [
      "el: 'τον σύστησε ο …' (recommended him) is a referral",
      forward("Τον σύστησε ο Πέτρος Λάμπρου.", "Άρης Νικολάου <aris@nikolaou-ktiria.example>", [
        "Καλημέρα, θα θέλαμε τιμές.",
        "",
        "Άρης Νικολάου",
      ]),
      { source: expect.stringMatching(/^Referral/) },
    ],
  ])("%s", (_why, body, expected) => {
    expect(extractLeadFromEmail(mail(body), ctx).lead).toMatchObject(expected);
  });

  test("a form tool's footer under the fields is no company", () => {
    const body = forward("Fra nettsiden.", "Ola Dahl via Kontaktskjema <skjema@pinewood-tools.example>", [
      "Navn: Ola Dahl",
      "E-post: ola@dahl-bygg.example",
      "Telefon: 915 55 012",
      "Melding: Kan vi få et tilbud?",
      "",
      "--",
      "Denne meldingen ble sendt fra kontaktskjemaet på pinewood-tools.example",
    ]);
    expect(extractLeadFromEmail(mail(body), ctx).lead.company).toBeUndefined();
  });
});
