// The company part of a ja/zh/ko signature line: firms named as an office, and a legal form written as a word of its own.
import { cjkCompany } from "../../../src/core/email/line-kinds";

describe("the company of a line written without spaces between words", () => {
  test.each<[why: string, line: string, expected: string | undefined]>([
    ["ja: a law office is a firm", "さくら法律事務所", "さくら法律事務所"],
    ["zh: a law firm (律师事务所) is a firm", "明远律师事务所", "明远律师事务所"],
    ["ja: a place's office alone (a branch) is no company", "大阪事務所", undefined],
    [
      "ja: the company, not its branch office beside it",
      "株式会社みどり工業 大阪事務所",
      "株式会社みどり工業",
    ],
    [
      "ja: 株式会社 written as a word of its own keeps the name after it",
      "株式会社 山田工務店",
      "株式会社 山田工務店",
    ],
    ["ko: 주식회사 as a word of its own, before the name", "주식회사 한결테크", "주식회사 한결테크"],
  ])("%s", (_why, line, expected) => {
    expect(cjkCompany(line)).toBe(expected);
  });
});
