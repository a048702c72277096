// The shared scorer's field rules (../shared/tools/score.mjs) for in-process tests: same normalisation, micro F1.
import { LEAD_FIELDS, type Lead } from "../../src/core/lead";

/** The fields scored: the lead's own field list. */
export const FIELDS = LEAD_FIELDS;

const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}";
const CJK_GAP = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, "gu");
const normText = (s: string) =>
  s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").replace(EDGE, "").replace(CJK_GAP, "");
const LEGAL = [
  "s\\.?\\s?a\\.?\\s+de\\s+c\\.?\\s?v",
  "s\\.?\\s?de\\s+r\\.?\\s?l",
  "gmbh\\s*&\\s*co\\.?\\s*kg",
  "pty\\.?\\s+ltd",
  "co\\.?,?\\s+ltd",
  "incorporated",
  "corporation",
  "limited",
  "inc",
  "ltd",
  "llc",
  "l\\.l\\.c",
  "llp",
  "pllc",
  "plc",
  "gmbh",
  "ag",
  "kg",
  "s\\.?\\s?a\\.?\\s?s",
  "s\\.?\\s?a\\.?\\s?r\\.?\\s?l",
  "s\\.?\\s?r\\.?\\s?l",
  "s\\.?\\s?p\\.?\\s?a",
  "s\\.?\\s?l",
  "s\\.?\\s?a",
  "ltda",
  "corp",
  "co",
  "pty",
  "ab",
  "b\\.?\\s?v",
  "n\\.?\\s?v",
  "oy",
  "a/s",
  "k\\.?\\s?k",
];
const LEGAL_RE = new RegExp(`(?:^|[\\s,]+)(?:${LEGAL.join("|")})\\.?$`, "u");
function normCompany(s: string): string {
  let t = normText(s);
  for (let i = 0; i < 4; i++) {
    const n = t.replace(LEGAL_RE, "").replace(EDGE, "");
    if (n === t || !n) break;
    t = n;
  }
  return t;
}
const digits = (s: string) =>
  s
    .replace(/(?:;ext=|\s*(?:ext\.?|extension|x|poste|p\.|#|dw\.?|durchwahl)\s*)\d{1,6}\s*$/i, "")
    .replace(/\D/g, "");
const host = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .split(/[/?#]/)[0]
    .replace(/:\d+$/, "")
    .replace(/\.$/, "")
    .replace(/^www\d*\./, "");
const category = (s: string) => normText(s.split(":")[0]);

export function sameField(field: (typeof FIELDS)[number], truth: string, got: string): boolean {
  switch (field) {
    case "company":
      return normCompany(truth) === normCompany(got);
    case "email":
      return truth.trim().toLowerCase() === got.trim().toLowerCase();
    case "phone": {
      const [x, y] = [digits(truth), digits(got)];
      return !!x && !!y && (x.length >= 10 && y.length >= 10 ? x.slice(-10) === y.slice(-10) : x === y);
    }
    case "website":
      return host(truth) === host(got);
    case "followUp":
      return truth.trim() === got.trim();
    case "source":
      return category(truth) === category(got);
    default:
      return normText(truth) === normText(got);
  }
}

export interface Tally {
  correct: number;
  predicted: number;
  gold: number;
}

/** Adds one case to per-field tallies; returns the fields that were wrong, missing or extra. */
export function tally(per: Record<string, Tally>, truth: Lead, got: Lead): string[] {
  const bad: string[] = [];
  for (const f of FIELDS) {
    const t = per[f] ?? (per[f] = { correct: 0, predicted: 0, gold: 0 });
    const a = truth[f];
    const b = got[f];
    if (a) t.gold++;
    if (b) t.predicted++;
    if (a && b && sameField(f, a, b)) t.correct++;
    else if (a || b) bad.push(`${f}: expected ${JSON.stringify(a ?? null)} got ${JSON.stringify(b ?? null)}`);
  }
  return bad;
}

export function f1(t: Tally): number {
  const p = t.predicted ? t.correct / t.predicted : t.gold ? 0 : 1;
  const r = t.gold ? t.correct / t.gold : t.predicted ? 0 : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function micro(per: Record<string, Tally>): Tally {
  const all = { correct: 0, predicted: 0, gold: 0 };
  for (const t of Object.values(per)) {
    all.correct += t.correct;
    all.predicted += t.predicted;
    all.gold += t.gold;
  }
  return all;
}
