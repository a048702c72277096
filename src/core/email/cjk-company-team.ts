// ko/ja/zh write the team or department after the company on its line ("한빛인테리어 총무팀"): the company is the first part.

/**
 * A last word that names a team or department, by language: ko 팀 (team), 부/본부 (department, division), 실 (office),
 * 센터 (centre); ja 部, 課, 室, センター, グループ; zh 部, 处, 科, 室, 中心. Hangul, kana or Han only, two letters or more.
 */
const TEAM_AFTER_RE =
  /^([\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}()（）]{2,})\s+[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]{1,8}(?:팀|본부|부|실|센터|部|課|室|センター|グループ|处|科|中心)$/u;

/** "한빛인테리어 총무팀" -> "한빛인테리어", "山田工業株式会社 営業部" -> "山田工業株式会社"; anything else unchanged. */
export function withoutCjkTeam(company: string): string {
  return TEAM_AFTER_RE.exec(company.trim())?.[1] ?? company;
}
