// How the owner's note says a lead came in: referral and website wordings across languages.
import { sourceFromNote } from "../../../src/core/email/note";

describe("a note that says who passed the lead on is a referral, in any language", () => {
  test.each<[why: string, note: string]>([
    ["en: introduced by someone", "Introduced by Kate Morrow, call Tuesday."],
    ["en: someone put us in touch", "Kate put us in touch last week."],
    ["en: passed on by a contact", "Passed on by Dave from the chamber."],
    ["en: sent over by the accountant", "Sent over by our accountant."],
    ["nl: doorverwezen door", "Doorverwezen door Pieter de Wit."],
    ["nl: via via (through friends of friends)", "Via via bij ons terechtgekomen."],
    ["de: Tipp von", "Tipp von Herrn Maier, bitte Montag anrufen."],
    ["fr: mis en relation", "Mis en relation par Claire."],
    ["pt-BR: indicado pelo", "Indicado pelo Carlos."],
    ["pl: polecony przez", "Polecony przez Marka."],
    ["tr: referans", "Referans: Ahmet Bey."],
    ["zh: introduced by a friend", "朋友介绍的，周五回电话"],
    ["ko: was introduced", "소개받음. 목요일 연락"],
    ["ja: 紹介 with a colon", "紹介：山田さん"],
  ])("%s", (_why, note) => {
    expect(sourceFromNote(note)).toBe("Referral");
  });

  test.each<[why: string, note: string]>([
    ["zh: a self-introduction is no referral", "他的自我介绍在下面"],
    ["ko: a self-introduction is no referral", "자기소개 메일입니다"],
    ["en: a product introduced is no referral", "They want the range we introduced in May."],
  ])("%s", (_why, note) => {
    expect(sourceFromNote(note)).toBeUndefined();
  });
});

describe("a note that says they found the business's site is a website lead", () => {
  test.each<[why: string, note: string]>([
    ["en: found us on our website", "She found us on our website."],
    ["fr: sur notre site", "Nous a trouvés sur notre site."],
    ["it: sul sito", "Ci ha trovati sul sito."],
  ])("%s", (_why, note) => {
    expect(sourceFromNote(note)).toBe("Website");
  });
});
