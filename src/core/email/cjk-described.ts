// ja/zh/ko: what an introduction says about a person around their name ("株式会社X の 課長、高橋 優子さん", "高橋さんは…の課長で").
import { isTitle } from "./title-aside";
import type { ContactDetails } from "./signature";

/** A name written in Han/Hangul/Kana: the scripts without letter case, where the company may stand before it. */
export const CJK_NAME_RE = /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana}]/u;

/** ja honorifics after a name, zh/ko forms of address; a mention of a family name alone needs one ("高橋さん"). */
const HONORIFIC_AFTER_RE = /^[ \u3000]?(?:さん|様|さま|氏|先生|君|님|씨|女士|小姐)/u;

/** Whether the text right after a family name mentioned alone says it is the person (not part of "高田カフェ"). */
export function cjkMentionEnds(after: string): boolean {
  return HONORIFIC_AFTER_RE.test(after) || /^[\s、。,，（(：:]/u.test(after) || after === "";
}

/**
 * A company with its legal form right before the name, joined by the possessive particle, maybe with the title
 * between: ja "株式会社さくら食品の高橋優子さん", "高田カフェ株式会社の代表取締役、高田直樹さん", zh "华东机电有限公司的王芳",
 * ko "한빛상사 주식회사의 김민수"; a name in ja corner brackets, no legal form ("「カフェ・ミナト」のオーナー、高橋 優子様"). `before`
 * is the text up to the name.
 */
const BEFORE_NAME_RE =
  /(「[^」\n]{1,20}」|『[^』\n]{1,20}』|(?:株式会社|有限会社|合同会社)[^\s、。,，の的의]{1,20}|[^\s、。,，の的의]{1,20}(?:株式会社|有限会社|合同会社|有限公司|股份有限公司|集团|公司|주식회사|\(주\)))[ \u3000]?[の的의][ \u3000]?(?:([^\s、。,，の的의]{2,12})[、,，\s\u3000]{0,2})?$/u;

/**
 * ja "高橋さんは商品企画部の課長で、…", zh "王芳是销售部的经理", ko "김민수 씨는 영업팀의 팀장으로": the title the
 * sentence right after the name gives, the department before it dropped.
 */
const TITLE_AFTER_RE =
  /^[ \u3000]?(?:さん|様|氏|씨|님)?(?:は|是|는|은)[ \u3000]?(?:[^\s、。,，の的의]{2,20}[の的의])?([^\s、。,，の的의]{2,12}?)(?:で|です|でいらっしゃ|として|으로|로|。|、|，|,)/u;

/** What the text says about the person named at `at` (length `len`) in `text`, when the name is in a CJK script. */
export function cjkDescribed(text: string, at: number, len: number): ContactDetails | undefined {
  const out: ContactDetails = {};
  const before = BEFORE_NAME_RE.exec(text.slice(Math.max(0, at - 60), at));
  if (before) {
    // ja writes a shop's or firm's name in corner brackets ("「カフェ・ミナト」のオーナー、高橋 優子様"): the name inside.
    out.company = before[1].replace(/^[「『](.*)[」』]$/u, "$1");
    if (before[2] && isTitle(before[2])) out.title = before[2];
  }
  // zh/ja/ko "我们的总经理 周建国", "代表取締役 山本健一": a title right before the name, set off by a space.
  // zh "代表本公司總經理 張建華": "on behalf of (our company's)" run into the title is not part of it.
  const titled = /([^\s、。,，の的의]{2,8})[ \u3000]$/u
    .exec(text.slice(Math.max(0, at - 12), at))?.[1]
    .replace(/^(?:代表)?(?:本公司|我们|我們|敝公司|我司|公司)/u, ""); // not ja "代表取締役"
  if (!out.title && titled && titled.length > 1 && isTitle(titled)) out.title = titled;
  const after = TITLE_AFTER_RE.exec(text.slice(at + len, at + len + 60));
  if (!out.title && after && isTitle(after[1])) out.title = after[1];
  return out.company || out.title ? out : undefined;
}
