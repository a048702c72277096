// One check for the table-driven cause tests: the lead read from an e-mail holds these fields and lacks those.
import { extractLeadFromEmail } from "../../src/core/email/extract";
import type { EmailInput, ExtractContext, Lead } from "../../src/core/lead";

/** Extracts `input` and asserts the lead matches `expected` and has none of the `absent` fields. */
export function expectLeadOf(
  input: EmailInput,
  ctx: ExtractContext,
  expected: Partial<Lead>,
  absent: readonly (keyof Lead)[] = [],
): void {
  const r = extractLeadFromEmail(input, ctx);
  expect(r.lead).toMatchObject(expected);
  for (const f of absent) expect(r.lead[f]).toBeUndefined();
}
