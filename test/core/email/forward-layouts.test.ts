// Forward layouts and field wordings by client and language (issue 13, emails-forwards3 causes), with fresh data.
import { splitThread } from "../../../src/core/email/thread";
import { readSignature } from "../../../src/core/email/signature";
import { sourceFromNote } from "../../../src/core/email/note";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { isIntroduction } from "../../../src/core/email/intro";
import { normalizeName } from "../../../src/core/contact/name";
import { bestPhone } from "../../../src/core/contact/phone-rank";
import { dateOfHeader } from "../../../src/core/followup/calendar";
import { followUpFromNote } from "../../../src/core/followup/followup";
import type { EmailInput, ExtractContext, Lead } from "../../../src/core/lead";

describe("forward headers the label tables now read", () => {
  test.each<[string, string, string, string[]]>([
    [
      "Outlook desktop in Chinese (发件人 / 发送时间 / 收件人 / 抄送 / 主题)",
      "备注\n\n发件人: 周晓峰 <zhou.xf@tianhe-gear.example>\n发送时间: 2026年3月2日 9:15\n收件人: 刘洋 <liu.yang@liu-pump.example>\n抄送: 孙丽 <sun.li@qingshan-mat.example>\n主题: 你好\n\n正文",
      "zhou.xf@tianhe-gear.example",
      ["sun.li@qingshan-mat.example"],
    ],
    [
      "Outlook on the web in Korean (보낸 사람 / 보낸 날짜 / 받는 사람 / 참조 / 제목)",
      "메모\n\n________________________________\n보낸 사람: 이서준 <seojun.lee@dasan-parts.example>\n보낸 날짜: 2026년 3월 2일 월요일 오전 9:15\n받는 사람: 최유진 <yujin@choi-metal.example>\n참조: 한도윤 <doyun@hanul-sys.example>\n제목: 견적\n\n본문",
      "seojun.lee@dasan-parts.example",
      ["doyun@hanul-sys.example"],
    ],
    [
      'Thunderbird in Polish: "DW:" is the Cc line',
      "-------- Przekazana wiadomość --------\nTemat: \tOferta\nData: \tMon, 2 Mar 2026 09:15:00 +0100\nOd: \tJan Kowal <jan@kowal-stal.example>\nDo: \tEwa Lis <ewa@lis-drewno.example>\nDW: \tOla Wrona <ola@wrona-druk.example>\n\ntreść",
      "jan@kowal-stal.example",
      ["ola@wrona-druk.example"],
    ],
    [
      "an HTML-only Outlook header table as Gmail's plain text shows it: each label over its value, blank lines between",
      "Can you call her?\n\nFrom:\nQuist, Marta <mquist@harbor-dental.example>\n\nSent:\nMonday, March 2, 2026 9:15 AM\n\nTo:\ninfo@owner-co.example\n\nCc:\n\nSubject:\nQuote request\n\nHello, we need a quote.",
      "mquist@harbor-dental.example",
      [],
    ],
    [
      'Lotus Notes in Hungarian: "Továbbította: …, <year-first date>" banner, sender over its date, labels alone',
      'Kérlek hívd fel.\n\n----- Továbbította: Kiss Péter/Szeged/Acme, 2026.03.02 09:15 -----\n\n"Varga Dóra" <varga.dora@tisza-fem.example>\n2026.03.01 17:40\n\nCímzett\ninfo@acme-gep.example\nMásolat\n\nTárgy\nAjánlatkérés\n\n\n\nTisztelt Cím!',
      "varga.dora@tisza-fem.example",
      [],
    ],
  ])("%s", (_why, body, from, cc) => {
    const m = splitThread(body, "Fwd: x").messages[0];
    expect(m?.from?.email).toBe(from);
    expect(m?.cc.map((a) => a.email)).toEqual(cc);
  });

  test('Gmail es attribution "Name (<address>) escribió:" gives the name without its bracket', () => {
    const t = splitThread(
      "nota\n\nEl lun, 2 mar 2026 a las 9:15, Irene Sanz (<irene@sanz-vinos.example>) escribió:\n> Hola",
      "",
    );
    expect(t.messages[0].from).toEqual({ name: "Irene Sanz", email: "irene@sanz-vinos.example" });
  });

  test("the Outlook header table's body starts under the subject, with the sender's text", () => {
    const t = splitThread(
      "note\n\nFrom:\nMarta Quist <mquist@harbor-dental.example>\n\nSent:\nMonday, March 2, 2026 9:15 AM\n\nSubject:\nQuote\n\nHello, we need a quote.\nMarta",
      "",
    );
    expect(t.note).toBe("note");
    expect(t.messages[0].subject).toBe("Quote");
    expect(t.messages[0].body).toBe("Hello, we need a quote.\nMarta");
  });
});

const ctx: ExtractContext = { ownerEmails: ["owner@owner-co.example"], defaultRegion: "US" };

function mail(from: string, body: string, to = "Owner Person <owner@owner-co.example>"): EmailInput {
  return {
    from,
    to,
    cc: "",
    subject: "Fwd: hello",
    dateHeader: "Tue, 3 Mar 2026 10:30:00 +0100",
    date: new Date("2026-03-03T09:30:00Z"),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
}

describe("who and what, in forwards written in more languages", () => {
  test.each<[string, EmailInput, Partial<Lead>, (keyof Lead)[]]>([
    [
      'a Turkish intro: the person "(bilgide)" in Bilgi is introduced; "Company\'de Title" after "Hanım"',
      mail(
        "Owner Person <owner@owner-co.example>",
        "Not.\n\nİletilen ileti başlangıcı:\n\nKimden: Kaan Er <kaan@er-danismanlik.example>\nKonu: Tanışma\nTarih: 2 Mart 2026 10:00:00 GMT+3\nKime: Owner Person <owner@owner-co.example>\nBilgi: Deniz Aksoy <deniz.aksoy@mavi-boya.example>\n\nMerhaba,\n\nSeni Deniz Aksoy ile tanıştırmak istiyorum (bilgide). Deniz Hanım, Mavi Boya A.Ş.'de Satış Müdürü; yeni bir tedarikçi arıyorlar.\n\nSevgiler,\nKaan",
      ),
      {
        name: "Deniz Aksoy",
        email: "deniz.aksoy@mavi-boya.example",
        company: "Mavi Boya A.Ş.",
        title: "Satış Müdürü",
      },
      [],
    ],
    [
      'a Chinese intro: "（已抄送）" marks the person; "公司的经理" gives company and title',
      mail(
        "Owner Person <owner@owner-co.example>",
        "备注\n\n发件人: 周晓峰 <zhou.xf@tianhe-consult.example>\n发送时间: 2026年3月2日 9:15\n收件人: Owner Person <owner@owner-co.example>\n抄送: 孙丽 <sun.li@qingshan-mat.example>\n主题: 介绍：孙丽\n\n您好，\n\n给您介绍一下孙丽（已抄送），青山材料有限公司的销售经理。\n\n祝好，\n周晓峰",
      ),
      {
        name: "孙丽",
        email: "sun.li@qingshan-mat.example",
        company: "青山材料有限公司",
        title: "销售经理",
      },
      [],
    ],
    [
      "an intro with the person's signature pasted under the introducer's sign-off, its number read in Poland",
      mail(
        "Owner Person <owner@owner-co.example>",
        "-------- Przekazana wiadomość --------\nTemat: \tPoznajcie się\nData: \tMon, 2 Mar 2026 09:15:00 +0100\nOd: \tJan Kowal <jan@kowal-stal.example>\nDo: \tOwner Person <owner@owner-co.example>\nDW: \tOla Wrona <ola@wrona-druk.example>\n\nCześć,\n\nprzedstawiam Ci Olę z Wrona Druk (w kopii).\n\nPozdrawiam\nJan\n\nDane Oli:\nOla Wrona\nKierownik Sprzedaży\nWrona Druk sp. z o.o.\ntel. kom. 601 555 019",
      ),
      {
        name: "Ola Wrona",
        phone: "+48601555019",
        company: "Wrona Druk sp. z o.o.",
        title: "Kierownik Sprzedaży",
      },
      [],
    ],
    [
      "a card the owner typed into the note fills what the forwarded message lacks (Swedish mobile)",
      mail(
        "Owner Person <owner@owner-co.example>",
        "Från visitkortet:\n\nLinnea Berg\nInköpschef\nBerg Marin AB\nMobil 070-555 01 77\nlinnea@bergmarin.example\n\n----- Vidarebefordrat meddelande -----\nFrån: Linnea Berg <linnea@bergmarin.example>\nTill: Owner Person <owner@owner-co.example>\nSkickat: måndag 2 mars 2026 14:31\nÄmne: Ritningar\n\nHej!\n\nHär kommer ritningarna.\n\n/Linnea",
      ),
      {
        name: "Linnea Berg",
        phone: "+46705550177",
        company: "Berg Marin AB",
        title: "Inköpschef",
      },
      [],
    ],
    [
      "the owner forwarding from a personal mailbox of their own (same name as in To) is no outside referrer",
      mail(
        "Owner Person <owner.person@yahoo.example>",
        "Rappeler lundi.\n\n----- Message transféré -----\nDe : Lise Caron <lise@caron-avocats.example>\nÀ : Owner Person <owner.person@yahoo.example>\nEnvoyé : lundi 2 mars 2026 à 18:05:41 UTC+1\nObjet : Devis\n\nBonjour,\n\nPourriez-vous m'envoyer un devis ?\n\nLise Caron\nAvocate\nCaron Avocats SELARL",
      ),
      { name: "Lise Caron", followUp: "2026-03-09" },
      ["source"],
    ],
    [
      "a card typed out in a note with no forwarded message: name, title, company and a Finnish number around the address",
      mail(
        "Owner Person <owner@owner-co.example>",
        "Tapasin hänet messuilla. Soita maanantaina.\n\nMikko Laine\nMyyntipäällikkö\nLaine Valo Oy\nAleksanterinkatu 5, 00100 Helsinki\npuh. 040 555 0177\nmikko.laine@lainevalo.example",
      ),
      {
        name: "Mikko Laine",
        email: "mikko.laine@lainevalo.example",
        phone: "+358405550177",
        company: "Laine Valo Oy",
        title: "Myyntipäällikkö",
      },
      [],
    ],
    [
      'the lead says in their first message they came to the business\'s own webinar ("Asistí a vuestro webinar")',
      mail(
        "Owner Person <owner@owner-co.example>",
        "Llamar el lunes.\n\n---------- Forwarded message ---------\nDe: Irene Sanz <irene@sanz-vinos.example>\nDate: lun, 2 mar 2026 a las 11:52\nSubject: Re: Precios\nTo: Owner Person <owner@owner-co.example>\n\nPerfecto.\n\nEl dom, 1 mar 2026 a las 9:15, Irene Sanz (<irene@sanz-vinos.example>) escribió:\n> Asistí a vuestro webinar y me gustaría pedir precio.\n>\n> Irene Sanz",
      ),
      { name: "Irene Sanz", source: "Webinar" },
      [],
    ],
  ])("%s", (_why, input, expected, absent) => {
    const { lead } = extractLeadFromEmail(input, ctx);
    expect(lead).toMatchObject(expected);
    for (const k of absent) expect(lead[k]).toBeUndefined();
  });
});

describe("introduction wordings in more languages", () => {
  test.each<[string, string, boolean]>([
    ["tr", "Seni Ece Tan ile tanıştırmak istiyorum.", true],
    ["ru", "Хочу познакомить вас с Ириной Волковой.", true],
    ["hu", "Szeretném bemutatni Tóth Annát.", true],
    ["fi", "Haluan esitellä sinulle Liisa Mäen.", true],
    ["zh", "给您介绍一下王芳。", true],
    ["ja", "山本さんをご紹介します。", true],
    ["ko", "김하늘 님을 소개해 드립니다.", true],
    ["a Russian inquiry that only asks for prices is no introduction", "Прошу прислать цены.", false],
  ])("%s", (_why, text, yes) => {
    expect(isIntroduction(text)).toBe(yes);
  });
});

describe("field wordings", () => {
  test('ja signature: company and "department title" written over the name', () => {
    const sig =
      "よろしくお願いいたします。\n\n――――――――\n株式会社サクラ工機\n営業部 部長\n田中 一郎\nTEL 03-5555-0101";
    expect(
      readSignature(sig, { name: "田中 一郎", email: "tanaka@sakura-koki.example" }, "JP"),
    ).toMatchObject({ company: "株式会社サクラ工機", title: "営業部 部長" });
  });

  test.each<[string, string, string]>([
    ['ko sign-off "드림" after the name', "이서준 드림", "이서준"],
    ['ko sign-off "올림" after the name', "최유진 올림", "최유진"],
  ])("%s", (_why, written, name) => {
    expect(normalizeName(written)).toBe(name);
  });

  test('a lone "P" (Phone in English) gives way to a number labelled "(Mobile)" after it', () => {
    expect(bestPhone("P (02) 5550 1234 | 0491 570 177 (Mobile)", "AU")?.e164).toBe("+61491570177");
  });

  test.each<[string, string, string]>([
    ["nb compound: nettverksmøtet", "Møtte ham på nettverksmøtet i Tromsø.", "Networking event"],
    ["ru: заявка с сайта", "Это заявка с сайта, посмотрите.", "Website"],
    ["ko: 엑스포 (expo)", "부산 해양 엑스포에서 받은 명함", "Trade show"],
  ])("source, %s", (_why, note, source) => {
    expect(sourceFromNote(note)?.split(":")[0]).toBe(source);
  });

  const MON = dateOfHeader("Mon, 2 Mar 2026 10:00:00 +0100");
  test.each<[string, string, string]>([
    ['ja "3月20日に電話する": month and day', "展示会で名刺交換。3月20日に電話する。", "2026-03-20"],
    ['ko "4월 3일 연락": month and day', "4월 3일 연락", "2026-04-03"],
    ['ro "de revenit pe 15 aprilie"', "De revenit pe 15 aprilie.", "2026-04-15"],
    ['pl genitive month "zadzwonić 9 kwietnia"', "Zadzwonić 9 kwietnia.", "2026-04-09"],
    ['ru genitive month "позвонить 5 марта"', "Позвонить 5 марта.", "2026-03-05"],
    ['ro weekday "De sunat joi" (Thursday)', "De sunat joi.", "2026-03-05"],
  ])("follow-up, %s", (_why, note, date) => {
    expect(followUpFromNote(note, MON).date).toBe(date);
  });
});
