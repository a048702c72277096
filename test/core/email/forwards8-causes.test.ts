// Forward causes of issue 13 (emails-forwards8): sources, follow-ups, phone labels and reply attributions in
// Vietnamese, Thai, Croatian, Indonesian, Polish, Spanish and Korean. Fresh fictional data, not copies of fixtures.
import { splitThread } from "../../../src/core/email/thread";
import { sourceFromNote } from "../../../src/core/email/note";
import { pickPhone, readSignature } from "../../../src/core/email/signature";
import { followUpFromNote } from "../../../src/core/followup/followup";

describe("how the lead came in, from the note, in more languages", () => {
  test.each<[string, string, string]>([
    ["vi: met at a fair (hội chợ)", "Gặp chị ấy ở hội chợ nội thất tuần trước.", "Trade show"],
    ["id: met at an exhibition (pameran)", "Ketemu di pameran bangunan kemarin.", "Trade show"],
    ["hr: met at a fair (na sajmu)", "Upoznali smo se na sajmu u Splitu.", "Trade show"],
    ["th: a trade exhibition, unspaced (งานแสดงสินค้า)", "เจอที่งานแสดงสินค้าเมื่อวาน", "Trade show"],
    ["vi: a conference (hội nghị)", "Gặp anh ấy tại hội nghị du lịch.", "Conference"],
    // The Croatian forms were added beside the Polish ones, which must keep working.
    [
      "pl: a conference (konferencja), beside hr konferencija",
      "Poznałam ją, to była konferencja branżowa w Poznaniu.",
      "Conference",
    ],
    ["hr: a conference (konferencija)", "Upoznali smo se, bila je to konferencija o turizmu.", "Conference"],
    ["pl: the site's form (z formularza na stronie)", "Anka, zapytanie z formularza na stronie.", "Website"],
    [
      "es: came from the web page (viene de la página web)",
      "Esta solicitud viene de la página web.",
      "Website",
    ],
    ["ko: a homepage inquiry (홈페이지 문의)", "김 과장님, 홈페이지 문의 건입니다.", "Website"],
    ["id: from the website (dari website)", "Ada pertanyaan masuk dari website kita.", "Website"],
    ["hr: through the web page (preko web stranice)", "Upit je stigao preko web stranice.", "Website"],
  ])("%s", (_why, note, source) => {
    expect(sourceFromNote(note)?.split(":")[0]).toBe(source);
  });

  test("a web site the lead wants built is no channel (es: rediseñar la página web)", () => {
    expect(sourceFromNote("Quieren rediseñar la página web, pásale presupuesto.")).toBeUndefined();
  });
});

describe("follow-up dates in notes in more languages", () => {
  // Monday 7 December 2026.
  const ref = { y: 2026, m: 12, d: 7 };
  test.each<[string, string, string | undefined]>([
    [
      'vi: "call back on Thursday" (Gọi lại vào thứ Năm)',
      "Gọi lại cho chị ấy vào thứ Năm nhé.",
      "2026-12-10",
    ],
    ["vi: a numbered weekday (thứ 6 = Friday)", "Gọi lại thứ 6.", "2026-12-11"],
    ['th: "call back Friday", no spaces (โทรกลับวันศุกร์)', "เจอที่บูธ โทรกลับวันศุกร์", "2026-12-11"],
    ['th: "call back tomorrow" (โทรกลับพรุ่งนี้)', "โทรกลับพรุ่งนี้", "2026-12-08"],
    ['hr: "call her tomorrow" (Nazovi je sutra)', "Ona odlučuje. Nazovi je sutra.", "2026-12-08"],
    ['hr: "call on Wednesday" (nazovi u srijedu)', "Nazovi ga u srijedu.", "2026-12-09"],
    ['id: "contact him on Thursday" (hubungi hari Kamis)', "Tolong hubungi beliau hari Kamis.", "2026-12-10"],
    ['id: "minggu" alone is a week, not Sunday', "Hubungi dia minggu depan.", "2026-12-14"],
    [
      "hr: a weekday without a call to action is no follow-up",
      "Upoznali smo se u petak na sajmu.",
      undefined,
    ],
  ])("%s", (_why, note, date) => {
    expect(followUpFromNote(note, ref).date).toBe(date);
  });
});

describe("mobile labels in more languages beat the office line", () => {
  test.each<[string, string, string, string]>([
    ["vi: Di động under ĐT", "ĐT: (024) 3555 0117\nDi động: 091 555 0188", "VN", "+84915550188"],
    ["id: HP (handphone) under Telp.", "Telp. (022) 555 0161\nHP: 0813 5555 0142", "ID", "+6281355550142"],
    [
      "th: มือถือ after โทร, with vowel signs inside the word",
      "โทร: 02 555 0133\nมือถือ: 089 555 0176",
      "TH",
      "+66895550176",
    ],
  ])("%s", (_why, text, region, phone) => {
    expect(pickPhone(text, region)).toBe(phone);
  });
});

describe("reply attributions in more languages", () => {
  test("hr/bs/sr Gmail: 'U sri, 2. pro 2026. u 10:05 X <x@…> napisao je:' opens the quoted message", () => {
    const body =
      "Hvala, javim se.\n\nU sri, 2. pro 2026. u 10:05 Tomislav Kralj <tomislav@kralj-drvo.example.hr> napisao je:\n> Poštovani,\n> molim ponudu.\n> Tomislav Kralj\n> Direktor";
    const m = splitThread(body, "Re: Ponuda").messages[0];
    expect(m?.from?.email).toBe("tomislav@kralj-drvo.example.hr");
    expect(m?.from?.name).toBe("Tomislav Kralj");
  });
});

describe("signatures in more languages: titles, companies and bare web addresses", () => {
  const sig = (text: string, name: string, email: string, region: string) =>
    readSignature(text, { name, email }, region);

  test.each<
    [string, string, string, string, string, Partial<Record<"title" | "company" | "website", string>>]
  >([
    [
      "th: a title against its department and 'บริษัท … จำกัด' (Company … Limited), no spaces inside words",
      "ขอบคุณค่ะ\nมาลี สุขใจ\nหัวหน้าฝ่ายบัญชี\nบริษัท ทะเลทองอาหาร จำกัด\nมือถือ: 081 555 0143",
      "มาลี สุขใจ",
      "malee@taleethong.example.co.th",
      "TH",
      { title: "หัวหน้าฝ่ายบัญชี", company: "บริษัท ทะเลทองอาหาร จำกัด" },
    ],
    [
      "cs: a lower-case title ('správce sítě') over a company with its legal form",
      "S pozdravem\nOndřej Kříž\nsprávce sítě\nVltava Data s.r.o.\nmob.: 777 555 018",
      "Ondřej Kříž",
      "kriz@vltavadata.example.cz",
      "CZ",
      { title: "správce sítě", company: "Vltava Data s.r.o." },
    ],
    [
      "hr: 'Voditeljica nabave' over 'd.o.o.'",
      "Lijep pozdrav,\nMarija Novak\nVoditeljica nabave\nAdria Trgovina d.o.o.\nMob: 091 555 0121",
      "Marija Novak",
      "marija@adriatrg.example.hr",
      "HR",
      { title: "Voditeljica nabave", company: "Adria Trgovina d.o.o." },
    ],
    [
      "uk: a bare host on a country-code domain (.ua) is the site",
      "З повагою,\nПетро Коваль\nДиректор\nТОВ «Сонячний Дім»\nsonyachnyi-dim.ua",
      "Петро Коваль",
      "petro@sonyachnyi-dim.ua",
      "UA",
      { title: "Директор", company: "ТОВ «Сонячний Дім»", website: "sonyachnyi-dim.ua" },
    ],
  ])("%s", (_why, text, name, email, region, want) => {
    const got = sig(text, name, email, region);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof typeof got]]))).toEqual(want);
  });
});
