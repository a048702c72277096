// ja: the writer names themselves in the opening lines ("営業部の山本と申します"), as a shared mailbox's writer does.

/**
 * The surname (or full name) a Japanese writer gives with the humble self-introduction "〜と申します" or
 * "〜でございます" ("さくら販売株式会社 営業部の山本と申します", "山本 美咲と申します"): Han characters, after "の", a
 * space or the start of a line. Undefined when the text has no such wording.
 */
export function jaSelfIntroduced(text: string): string | undefined {
  const m =
    /(?:^|[の\s、。])(\p{Script=Han}{1,4}(?:[ \u3000]\p{Script=Han}{1,4})?)(?:と申します|でございます)/mu.exec(
      text.slice(0, 3000),
    );
  return m?.[1];
}

/**
 * ja: the shop or firm a writer names in that self-introduction ("カフェ花水木の山本と申します"), when their signature
 * writes it on a line of its own too (a place, "東京の山本と申します", is on no line alone). Undefined otherwise.
 */
export function jaSelfIntroducedCompany(text: string): string | undefined {
  const head = text.slice(0, 3000);
  if (!head.includes("と申します") && !head.includes("でございます")) return undefined;
  const m =
    /(?:^|[\s、。])([^\s、。の]{2,20})の\p{Script=Han}{1,4}(?:[ \u3000]\p{Script=Han}{1,4})?(?:と申します|でございます)/mu.exec(
      head,
    );
  return m && text.split(/\r?\n/).some((l) => l.trim() === m[1]) ? m[1] : undefined;
}
