// The shared corpus (../shared beside the repository, or LEAD_LEDGER_SHARED): tests that need it skip with a
// visible message on a fresh clone, and fail when LEAD_LEDGER_CORPUS=required (what .ci/run sets) says it must be there.
import fs from "node:fs";
import path from "node:path";

export const SHARED = process.env.LEAD_LEDGER_SHARED ?? path.resolve(__dirname, "../../..", "shared");
/** Set by .ci/run: a missing corpus is a failure there, not a skip. */
export const CORPUS_REQUIRED = process.env.LEAD_LEDGER_CORPUS === "required";

/** A folder of the shared corpus ("corpus/emails"), and whether it is there. */
export function sharedDir(...parts: string[]): { dir: string; present: boolean } {
  const dir = path.join(SHARED, ...parts);
  return { dir, present: fs.existsSync(dir) };
}

const warned = new Set<string>();

/**
 * `describe` when the corpus folder is there. When it is absent: one failing test if the corpus is required,
 * else a skipped block whose title says why, and a warning printed once per folder.
 */
export function describeWithCorpus(title: string, where: { dir: string; present: boolean }, body: () => void): void {
  if (where.present) return describe(title, body);
  const why = `${where.dir} is absent (a clone without ../shared; set LEAD_LEDGER_SHARED to the shared folder)`;
  if (CORPUS_REQUIRED) {
    describe(title, () =>
      test("the shared corpus is required here (LEAD_LEDGER_CORPUS=required)", () => {
        throw new Error(`the shared corpus is required, but ${why}`);
      }),
    );
    return;
  }
  if (!warned.has(where.dir)) {
    warned.add(where.dir);
    console.warn(`SKIPPED: ${title}: ${why}`);
  }
  describe.skip(`${title} (skipped: ${why})`, body);
}

/** `test` when the corpus folder is there; else a failing test (corpus required) or a skipped one, with the warning. */
export function testWithCorpus(where: { dir: string; present: boolean }): (name: string, fn: () => unknown) => void {
  if (where.present) return (name, fn) => test(name, fn as () => void);
  const why = `${where.dir} is absent (a clone without ../shared; set LEAD_LEDGER_SHARED to the shared folder)`;
  if (CORPUS_REQUIRED)
    return (name) =>
      test(`${name} (the shared corpus is required here: LEAD_LEDGER_CORPUS=required)`, () => {
        throw new Error(`the shared corpus is required, but ${why}`);
      });
  if (!warned.has(where.dir)) {
    warned.add(where.dir);
    console.warn(`SKIPPED: tests that read ${why}`);
  }
  return (name, fn) => test.skip(`${name} (skipped: ${why})`, fn as () => void);
}
