// A zh/ko/ja name line under a sign-off ("王丽华", "김민준 과장", "佐藤 健一"): a name in its own script, no case to tell it.
import { isCompanyLine } from "./line-kinds";
import { hasTitleWord } from "../contact/roles";
import { readNameLine } from "./sig-start";
import { isCjkDesk } from "./desk-words";

/**
 * A name in Han (zh 2–4 characters, ja kanji with a space between surname and given name), Hangul (ko 2–4 syllables)
 * or Han with kana (ja given names): what a zh/ko/ja signature writes on the line after its sign-off.
 */
const CJK_NAME_RE =
  /^(?:[\p{Script=Han}]{2,4}|[\p{Script=Hangul}]{2,4}|[\p{Script=Han}]{1,3}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}|[\p{Script=Hangul}]{1,2} [\p{Script=Hangul}]{1,3})$/u;

/** The line is a CJK person's name, alone or with the title written after it ("김민준 과장", "王丽 经理"). */
export function isCjkNameLine(line: string): boolean {
  if (!line || /[\d:@]/.test(line)) return false;
  const name = readNameLine(line).name;
  return CJK_NAME_RE.test(name) && !hasTitleWord(name) && !isCompanyLine(name) && !isCjkDesk(name);
}

/**
 * ja/zh/ko: under the sign-off a block that opens with a rule or the company ("--------" / "小林商事株式会社" /
 * "営業部 課長" / "小林 健太郎"): the name line within its first five lines (a blank line ends the block).
 */
export function cjkNameInBlock(lines: string[], from: number): number {
  for (let k = from; k < Math.min(lines.length, from + 5) && lines[k]; k++)
    if (isCjkNameLine(lines[k])) return k;
  return -1;
}
