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
