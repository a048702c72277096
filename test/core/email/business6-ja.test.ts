import { readSignature } from "../../../src/core/email/signature";

// ja signatures: company, department and title over the name (issue 13, blind set emails-business6), made-up people.
const read = (above: string) =>
  readSignature(
    [
      "よろしくお願いいたします。",
      "",
      "━━━━━━━━━━",
      "株式会社サクラ精工",
      above,
      "高田 美咲",
      "TEL: 03-5555-0140",
    ].join("\n"),
    { name: "高田 美咲", email: "m.takada@sakura-seiko.example" },
    "JP",
  );

describe("ja: a department before the title", () => {
  test.each([
    ["a title that names its own section drops the department", "営業部 営業課長", "営業課長"],
    ["a bare rank keeps its department", "総務部 課長", "総務部 課長"],
    ["a one-word title stays", "営業部長", "営業部長"],
  ])("%s", (_why, above, title) => {
    expect(read(above)).toMatchObject({ title, company: "株式会社サクラ精工" });
  });
});
