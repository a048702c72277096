// Who the person is when the From name is not theirs: desks in other scripts, practices, prefixes, he/ko/ja layouts.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 10:00:00 -0800");
const lead = (from: string, body: string, replyTo?: string) =>
  extractLeadFromEmail(inbound(from, "Offer", body, replyTo ? { replyTo } : {}), OWNER_CTX).lead;

describe("the person who signs, not the desk, practice or short name in the header", () => {
  test.each<[why: string, from: string, body: string, expected: Record<string, string>]>([
    [
      "el: a secretariat's display name (Γραμματεία)",
      "Γραμματεία <info@lykeio-orfeas.example>",
      "Καλημέρα σας,\n\nθα θέλαμε μια προσφορά.\n\nΜε εκτίμηση,\n\nΜαρία Οικονόμου\nΔιευθύντρια\nΛύκειο Ορφέας",
      { name: "Μαρία Οικονόμου" },
    ],
    [
      "ja: a sales department's display name over a boxed signature",
      "営業部 <sales@yamato-kiko.example>",
      "はじめまして。\n見積もりをお願いできますでしょうか。\n\nよろしくお願いいたします。\n\n----------------\n大和機工株式会社\n営業部 主任\n森田 美咲\n----------------",
      { name: "森田 美咲", company: "大和機工株式会社" },
    ],
    [
      "de: a practice's display name (Praxis …) over the doctor who signs",
      '"Praxis Dr. Wendel" <praxis@wendel-physio.example>',
      "Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns ein Angebot.\n\nMit freundlichen Grüßen\n\nDr. med. Sabine Wendel-Roth\nPraxisinhaberin\n\nPhysiotherapie Wendel-Roth\nwww.wendel-physio.example",
      { name: "Sabine Wendel-Roth" },
    ],
    [
      "de/at: initials over 'Mag.' and a name with its particle, the company line holding the surname",
      '"T. v. Arnstein" <t.arnstein@arnstein-immo.example>',
      "Sehr geehrte Damen und Herren,\n\nbitte um ein Angebot.\n\nFreundliche Grüße\n\nMag. Theresa von Arnstein\nGeschäftsführerin\nArnstein Immobilien GmbH",
      { name: "Theresa von Arnstein", company: "Arnstein Immobilien GmbH" },
    ],
    [
      "vi: 'BS.' (doctor) before the name, a romanised header",
      "Minh Pham <minhpham@phongkham-an.example>",
      "Kính gửi Quý công ty,\n\nXin vui lòng gửi báo giá.\n\nTrân trọng,\n\nBS. Phạm Văn Minh\nGiám đốc\nPhòng khám An Khang",
      { name: "Phạm Văn Minh", company: "Phòng khám An Khang" },
    ],
    [
      "he: 'name | title | company' on one line under the thanks, a Latin given name in the header",
      "Yael <yael@ofek-design.example>",
      "שלום,\n\nאשמח לקבל הצעת מחיר.\n\nתודה,\nיעל שמעוני | מנהלת משרד | סטודיו אופק",
      { name: "יעל שמעוני", company: "סטודיו אופק" },
    ],
    [
      "ko: the team written after the company is not part of it",
      "SY Park <sypark@daon-living.example>",
      "안녕하세요,\n\n견적 부탁드립니다.\n\n감사합니다.\n\n박서연 과장 | 다온리빙 구매팀\n휴대폰 010-5555-0121",
      { name: "박서연", company: "다온리빙" },
    ],
  ])("%s", (_why, from, body, expected) => {
    expect(lead(from, body)).toMatchObject(expected);
  });
});

describe("a company's shared sender: 'Name via Company' with the person's own address in Reply-To", () => {
  test.each<[why: string, from: string, replyTo: string, expected: Record<string, string>]>([
    [
      "en: the Reply-To on the company's domain carries the same name",
      "Dana Reyes via Reyes & Lowe Studio <hello@reyeslowe.example>",
      "Dana Reyes <dana@reyeslowe.example>",
      { name: "Dana Reyes", email: "dana@reyeslowe.example" },
    ],
    [
      "fr: the same for a French sender",
      "Claire Aubert via Atelier Aubert <contact@atelier-aubert.example>",
      "Claire Aubert <claire@atelier-aubert.example>",
      { name: "Claire Aubert", email: "claire@atelier-aubert.example" },
    ],
  ])("%s", (_why, from, replyTo, expected) => {
    expect(lead(from, "Hello,\n\ncould you send a quote?\n\nThanks,\nSigned Below", replyTo)).toMatchObject(
      expected,
    );
  });
});

describe("pt-PT: 'Tlm.' (telemóvel) places a mobile without a country code in Portugal", () => {
  test("a freemail sender with a Portuguese mobile", () => {
    const body =
      "Boa tarde,\n\nprocuro um orçamento para o escritório.\n\nObrigado,\nRui Matos\nTlm. 913 555 027";
    expect(lead("rui.matos@webmail.example", body)).toMatchObject({ phone: "+351913555027" });
  });
});
