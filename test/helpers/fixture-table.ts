// One check for every tuning folder of e-mails: each fixture on disk is in its table and gives its answer's lead.
import fs from "node:fs";
import path from "node:path";
import { parseEmlFile } from "../../sandbox/cli/parse-eml";
import type { Extraction } from "../../src/core/lead";
import { expectedOf } from "./email-fixtures";
import { tally, type Tally } from "./lead-score";

/** A row of a tuning table: why the case exists, then the fixture's file name without `.eml`. */
export type FixtureCase = [why: string, fixture: string];

/** The fixtures in a folder, by name without `.eml`. */
export function fixturesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => f.replace(/\.eml$/, ""));
}

/** What `lead-ledger parse FILE` gets wrong against FILE's answer, by the scorer's rules; `ignored` fields left out. */
export async function fixtureMisses(
  file: string,
  ignored: readonly string[] = [],
): Promise<{ got: Extraction; bad: string[] }> {
  const expected = expectedOf(file);
  const got = await parseEmlFile(file);
  for (const k of ignored) {
    delete (expected.lead as Record<string, unknown>)[k];
    delete (got.lead as Record<string, unknown>)[k];
  }
  const bad = tally({} as Record<string, Tally>, expected.lead, got.lead);
  if (got.needsReview !== expected.needsReview) bad.push(`needsReview: expected ${expected.needsReview}`);
  return { got, bad };
}

/**
 * A tuning folder's table as a describe block: every fixture on disk is in it, each case gives its answer, and the
 * known-weak ones are kept visible as failing tests (they fail loudly once fixed, to be moved up).
 */
export function describeFixtureTable(
  title: string,
  dir: string,
  cases: FixtureCase[],
  knownWeak: ReadonlySet<string> = new Set(),
): void {
  const misses = async (fixture: string) => (await fixtureMisses(path.join(dir, `${fixture}.eml`))).bad;
  describe(title, () => {
    test("every fixture on disk is in the table", () => {
      expect(fixturesIn(dir).sort()).toEqual(cases.map((c) => c[1]).sort());
    });

    test.each(cases.filter((c) => !knownWeak.has(c[1])))("%s (%s)", async (_why, fixture) => {
      expect(await misses(fixture)).toEqual([]);
    });

    const weak = cases.filter((c) => knownWeak.has(c[1]));
    if (weak.length)
      test.failing.each(weak)("not yet: %s (%s)", async (_why, fixture) => {
        expect(await misses(fixture)).toEqual([]);
      });
  });
}

/** The fields a who-is-the-lead fix is not about: its fixtures are checked for the person (and source) only. */
const NOT_THE_PERSON = ["company", "title", "phone", "website", "followUp"] as const;

/** Fixtures (under test/fixtures, without `.eml`) that a who-is-the-lead fix made right: the person is checked. */
export function describePersonFixed(title: string, cases: FixtureCase[]): void {
  describe(title, () => {
    test.each(cases)("%s (%s)", async (_why, file) => {
      const { bad } = await fixtureMisses(path.join(__dirname, "../fixtures", `${file}.eml`), NOT_THE_PERSON);
      expect(bad).toEqual([]);
    });
  });
}
