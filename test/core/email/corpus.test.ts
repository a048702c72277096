import fs from "node:fs";
import path from "node:path";
import { parseEmlFile } from "../../../sandbox/cli/parse-eml";
import { SHARED, expectedOf } from "../../helpers/email-fixtures";
import { describeWithCorpus } from "../../helpers/shared-corpus";
import { f1, micro, tally, type Tally } from "../../helpers/lead-score";

const emails = path.join(SHARED, "corpus", "emails");
const peer = path.join(SHARED, "peer-corpus");
const present = fs.existsSync(emails);
const emlIn = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".eml"))
        .sort()
    : [];

describeWithCorpus("the shared corpus, scored by the corpus scorer's rules", { dir: emails, present }, () => {
  test("sample e-mails: field F1 of at least 97% and the right needsReview on every message", async () => {
    const per: Record<string, Tally> = {};
    const misses: string[] = [];
    for (const f of emlIn(emails)) {
      const file = path.join(emails, f);
      const expected = expectedOf(file);
      const got = await parseEmlFile(file);
      for (const b of tally(per, expected.lead, got.lead)) misses.push(`${f} ${b}`);
      if (got.needsReview !== expected.needsReview)
        misses.push(`${f} needsReview: expected ${expected.needsReview}`);
    }
    const score = f1(micro(per));
    if (score < 0.97) throw new Error(`field F1 ${(100 * score).toFixed(1)}%\n${misses.join("\n")}`);
    expect(misses.filter((m) => m.includes("needsReview"))).toEqual([]);
  });

  test("peer corpus (12 clients, 23 languages): the original sender's e-mail in 99% and name in 95% of forwards", async () => {
    const files = emlIn(peer);
    const per: Record<string, Tally> = {};
    for (const f of files) {
      const file = path.join(peer, f);
      tally(per, expectedOf(file).lead, (await parseEmlFile(file)).lead);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(per.email.correct / per.email.gold).toBeGreaterThanOrEqual(0.99);
    expect(per.name.correct / per.name.gold).toBeGreaterThanOrEqual(0.95);
  });
});
