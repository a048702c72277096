// A note's sentence about the lead's mobile may say more before the number ("not above, he gave it on the phone: …").
import { mobileForLeadInNote } from "../../../src/core/email/note-mobile";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

describe("the note's mobile a few words after its label", () => {
  const lead = { name: "Selin Kaya", email: "selin@kaya-mobilya.example" };
  test.each<[why: string, note: string, known: string, mobile: string]>([
    [
      "tr: 'cep numarası' then why, then the number",
      "Selin Hanım'ın cep numarası imzada yok, telefonda verdi: 0533 555 01 62.",
      "+902165550120",
      "+905335550162",
    ],
    [
      "en: 'her mobile' then where she gave it",
      "Her mobile isn't in the signature, she read it out on the phone: 07700 900 418.",
      "+442075550100",
      "+447700900418",
    ],
  ])("%s", (_why, note, known, mobile) => {
    expect(mobileForLeadInNote(note, lead, known, "US")).toBe(mobile);
  });
});

test("tr: the note typed under the forwarded signature gives the mobile, and it beats the landline", () => {
  const body = [
    "________________________________",
    "Kimden: Kaya Mobilya <info@kaya-mobilya.example>",
    "Gönderildi: 2 Aralık 2026 Çarşamba 10:05",
    "Kime: Owner Person <owner@owner-co.example>",
    "Konu: Ofis mobilyası",
    "",
    "Merhaba,",
    "",
    "Yeni ofisimiz için 40 masa ve sandalye fiyatı alabilir miyiz?",
    "",
    "Saygılarımızla,",
    "",
    "Selin Kaya",
    "Satın Alma Müdürü",
    "Kaya Mobilya Ltd. Şti.",
    "Tel: 0216 555 01 20",
    "",
    "------",
    "Not: Selin Hanım'ın cep numarası yukarıda yok, telefonda verdi: 0533 555 01 62.",
    "",
  ].join("\n");
  const input: EmailInput = {
    from: "Owner Person <owner@owner-co.example>",
    to: "Owner Person <owner@owner-co.example>",
    cc: "",
    subject: "Fwd: Ofis mobilyası",
    dateHeader: "Thu, 3 Dec 2026 09:00:00 +0300",
    date: new Date("2026-12-03T06:00:00Z"),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
  const ctx: ExtractContext = { ownerEmails: ["owner@owner-co.example"], defaultRegion: "US" };
  expect(extractLeadFromEmail(input, ctx).lead.phone).toBe("+905335550162");
});
