import fs from "node:fs";
import path from "node:path";
import { extractLeadFromCardText } from "../../../src/core/card/extract";
import { f1, micro, tally, type Tally } from "../../helpers/lead-score";
import { describeWithCorpus, sharedDir } from "../../helpers/shared-corpus";

// The shared corpus sits beside the repository (../shared); LEAD_LEDGER_SHARED points elsewhere.
const cards = sharedDir("corpus", "cards");
const { dir, present } = cards;
const txt = present ? fs.readdirSync(dir).filter((f) => f.endsWith(".txt")) : [];

describeWithCorpus(
  "card corpus text cases",
  cards,
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
