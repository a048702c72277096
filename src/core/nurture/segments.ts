// Segments: a lost lead's *Lost reason* (free text, any language the owner writes in) as one of a few groups.

export const SEGMENTS = ["budget", "timing", "competitor", "needs", "any"] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Words that put a Lost reason in a segment; first match wins. Annotated by language. */
const SEGMENT_WORDS: { segment: Exclude<Segment, "any">; re: RegExp; note: string }[] = [
  {
    segment: "competitor",
    note: "en/fr/de: chose someone else",
    re: /compet|concurren|konkurren|wettbewerb|someone else|another (vendor|supplier|company|firm|provider)|went with|chose|choisi|autre fournisseur|anderen anbieter/i,
  },
  {
    segment: "budget",
    note: "en/fr/de: money",
    re: /budget|price|pricing|cost|expensive|afford|money|cher|prix|coût|argent|teuer|preis|kosten|geld/i,
  },
  {
    segment: "timing",
    note: "en/fr/de: not now",
    re: /timing|not now|later|next (year|quarter|season)|too (early|soon|busy)|on hold|paused|moment|plus tard|pas maintenant|später|zeitpunkt|nicht jetzt/i,
  },
  {
    segment: "needs",
    note: "en/fr/de: wanted something we do not offer",
    re: /special|specific|need|requirement|feature|fit|custom|besoin|spécifique|sur mesure|anforderung|bedarf|speziell/i,
  },
];

/** The segment of a Lost reason; no reason (or one no word matches) is "any". */
export function segmentOf(lostReason: unknown): Segment {
  const text = String(lostReason ?? "").trim();
  if (!text) return "any";
  return SEGMENT_WORDS.find((w) => w.re.test(text))?.segment ?? "any";
}

/** A Templates row's Segment cell as a segment ("" / "any" / "all" → any); unknown text → undefined. */
export function templateSegment(cell: unknown): Segment | undefined {
  const text = String(cell ?? "")
    .trim()
    .toLowerCase();
  if (!text || /^(any|all|\*|default|everyone|no reason)$/.test(text)) return "any";
  if ((SEGMENTS as readonly string[]).includes(text)) return text as Segment;
  const s = segmentOf(text);
  return s === "any" ? undefined : s;
}
