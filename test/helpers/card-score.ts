// Field-level precision/recall/F1 of leads against answers, compared the way the corpus README says.
import type { Lead } from "../../src/core/lead";

const LEGAL = /[\s,]+(inc|ltd|llc|gmbh|s\.?a\.?|corp|co|ag|s\.?l\.?|sarl|plc|s\.?p\.?a\.?)\.?$/i;

function norm(field: string, v: string): string {
  const s = v
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s.,;:'"-]+|[\s.,;:'"-]+$/g, "");
  if (field === "phone") return v.replace(/\D/g, "").slice(-10);
  if (field === "website") return s.replace(/^www\./, "");
  if (field === "company") return s.replace(LEGAL, "").trim();
  return s;
}

export function cardFieldScore(pairs: { expected: Lead; got: Lead }[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  let gold = 0;
  let pred = 0;
  let ok = 0;
  for (const { expected, got } of pairs) {
    for (const k of [
      "name",
      "email",
      "phone",
      "company",
      "title",
      "website",
      "followUp",
      "source",
    ] as const) {
      const e = expected[k];
      const g = got[k];
      if (e) gold++;
      if (g) pred++;
      if (e && g && norm(k, e) === norm(k, g)) ok++;
    }
  }
  const precision = pred ? ok / pred : 1;
  const recall = gold ? ok / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
