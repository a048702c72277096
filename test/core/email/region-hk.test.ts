// Hong Kong mail in traditional characters: its 8-digit numbers are +852, not Taiwan's +886.
import { regionFromText } from "../../../src/core/contact/region";
import { regionHints } from "../../../src/core/email/region-language";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

describe("Hong Kong and Taiwan cues", () => {
  test.each<[why: string, text: string, region: string]>([
    ["a 香港 address under a 中國 one is Hong Kong's", "中國香港九龍彌敦道88號", "HK"],
    ["Kowloon in English", "Unit 5, 12/F, Kowloon Bay", "HK"],
    ["a Taipei address in traditional characters", "臺北市信義區松仁路100號", "TW"],
  ])("%s", (_why, text, region) => {
    expect(regionFromText(text)).toBe(region);
  });

  test.each<[why: string, text: string, region: string]>([
    ["written Cantonese (嘅, 咗, 佢) is Hong Kong's", "我哋已經同佢講咗，報價嘅細節請直接聯絡。", "HK"],
    ["formal traditional Chinese without Cantonese stays Taiwan's", "我們想詢問報價，請與我聯繫。", "TW"],
  ])("%s", (_why, text, region) => {
    expect(regionHints(text)[0]).toBe(region);
  });
});

test("a Cantonese reply's signature numbers are read as +852", () => {
  const body = [
    "何生，",
    "",
    "多謝你嘅報價，我哋想下星期約你傾下。",
    "",
    "李美玲",
    "採購經理",
    "寶華印刷有限公司",
    "手提：6555 0147",
  ].join("\n");
  const input: EmailInput = {
    from: "李美玲 <may.lee@pohwa-print.example>",
    to: "Owner Person <owner@owner-co.example>",
    cc: "",
    subject: "報價",
    dateHeader: "Thu, 3 Dec 2026 09:00:00 +0800",
    date: new Date("2026-12-03T01:00:00Z"),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
  const ctx: ExtractContext = { ownerEmails: ["owner@owner-co.example"], defaultRegion: "US" };
  expect(extractLeadFromEmail(input, ctx).lead.phone).toBe("+85265550147");
});
