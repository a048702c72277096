// Shared helper for e-mail extraction tests: fixtures under test/fixtures/emails, the shared corpus, and the scorer.
import fs from "node:fs";
import path from "node:path";
import { parseEml } from "../../sandbox/eml";
import { emailInputFromEml, ownerContext, parseEmlFile } from "../../sandbox/cli/parse-eml";
import type { EmailInput, ExtractContext, Extraction, Lead } from "../../src/core/lead";

export const FIXTURES = path.resolve(__dirname, "../fixtures/emails");
export const REPO_ROOT = path.resolve(__dirname, "../..");
/** The shared corpus sits beside the repository (CI), or where LEAD_LEDGER_SHARED points. */
export { SHARED } from "./shared-corpus";

export interface Expected {
  lead: Lead;
  needsReview: boolean;
}

/** A fixture's extraction, the same path as `lead-ledger parse NAME.eml`. */
export function extractFixture(name: string): Promise<Extraction> {
  return parseEmlFile(path.join(FIXTURES, `${name}.eml`));
}

export function expectedOf(file: string): Expected {
  return JSON.parse(fs.readFileSync(file.replace(/\.eml$/, ".expected.json"), "utf8")) as Expected;
}

/** A raw message built in a test, read as Gmail would show it, with the owner context the CLI derives. */
export async function inputOf(raw: string | Uint8Array): Promise<{ input: EmailInput; ctx: ExtractContext }> {
  const eml = await parseEml(raw);
  return { input: emailInputFromEml(eml), ctx: ownerContext(eml) };
}

/** A plain-text forward from the owner, for tests that only vary the body. */
export function plainForward(body: string, headers: Record<string, string> = {}): string {
  const h: Record<string, string> = {
    From: "Owner Person <owner@owner-co.example.com>",
    To: "Owner Person <owner@owner-co.example.com>",
    Subject: "Fwd: test",
    Date: "Mon, 3 Mar 2025 09:00:00 -0500",
    "MIME-Version": "1.0",
    "Content-Type": 'text/plain; charset="utf-8"',
    ...headers,
  };
  return `${Object.entries(h)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n")}\r\n\r\n${body.replace(/\r?\n/g, "\r\n")}`;
}

// The scorer's comparison rules (../shared/tools/score.mjs), for in-process checks.
const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const normText = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").replace(EDGE, "");
export function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && normText(a) === normText(b);
}
