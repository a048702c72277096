import fs from "node:fs";
import path from "node:path";
import { extractLeadFromCardText } from "../../../src/core/card/extract";
import { f1, micro, tally, type Tally } from "../../helpers/lead-score";

// The shared corpus sits beside the repository (../shared); LEAD_LEDGER_SHARED points elsewhere.
const repoRoot = path.resolve(__dirname, "../../..");
const shared = process.env.LEAD_LEDGER_SHARED ?? path.resolve(repoRoot, "..", "shared");
const dir = path.join(shared, "corpus", "cards");
const present = fs.existsSync(dir);
const txt = present ? fs.readdirSync(dir).filter((f) => f.endsWith(".txt")) : [];

(present ? describe : describe.skip)(
  `card corpus text cases (${present ? dir : "skipped: ../shared is absent"})`,
  () => {
    const results = txt.map((f) => {
      const truth = JSON.parse(
        fs.readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8"),
      );
      const got = extractLeadFromCardText(fs.readFileSync(path.join(dir, f), "utf8"), {
        defaultRegion: "US",
      });
      return { f, truth, got };
    });

    test("field F1 is at least 95% over the OCR texts", () => {
      const per: Record<string, Tally> = {};
      for (const r of results) tally(per, r.truth.lead, r.got.lead);
      expect(f1(micro(per))).toBeGreaterThanOrEqual(0.95);
    });

    test("needsReview agrees with the answer on every card", () => {
      const wrong = results.filter((r) => r.truth.needsReview !== r.got.needsReview).map((r) => r.f);
      expect(wrong).toEqual([]);
    });
  },
);
