// A lead's Source grouped into its kind: "Referral: Jane Doe" → Referral (referrer Jane Doe), blank → Unknown.

export const SOURCE_KINDS = [
  "Referral",
  "Business card",
  "Trade show",
  "Website",
  "Inbound email",
  "Quick add",
  "Other",
  "Unknown",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Patterns by kind; the words capture writes (src/core/ledger/plan.ts, email/note.ts) and what people type. */
const KIND_PATTERNS: [SourceKind, RegExp][] = [
  ["Referral", /^(referred by|referral|referred|ref|introduction|intro)\b/i],
  ["Business card", /^(business card|card|carte)\b/i],
  ["Trade show", /^(trade ?show|tradeshow|expo|fair|conference|salon|feria|messe)\b/i],
  ["Website", /^(website|web site|web form|site|contact form|form)\b/i],
  ["Inbound email", /^(inbound email|inbound e-mail|email|e-mail)\b/i],
  ["Quick add", /^quick add\b/i],
];

export interface SourceOf {
  kind: SourceKind;
  /** What follows the kind: the referrer's name, the trade show's name ("" when none). */
  detail: string;
}

export function sourceKind(source: unknown): SourceOf {
  const text = String(source ?? "").trim();
  if (!text) return { kind: "Unknown", detail: "" };
  for (const [kind, re] of KIND_PATTERNS) {
    const m = re.exec(text);
    if (m)
      return {
        kind,
        detail: text
          .slice(m[0].length)
          .replace(/^[\s:\-–—,]+/, "")
          .trim(),
      };
  }
  return { kind: "Other", detail: text };
}
