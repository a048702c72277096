// A day and month written in figures without a year, the European way: "Rückruf am 14.12.", "ring 3.1.", "soitto 14.12".

/**
 * de/at/ch, da/nb/sv, fi, cs/sk, pl, ru write a date without its year as "14.12." (day, month, closing dot), hu as
 * "12.14." (month first); the closing dot may be left out when both have two figures ("am 14.12", "03.01"). Never part
 * of a longer number ("1.14.12", "v2.10", "€ 12.50"), nor a date with its year (chrono reads "14.12.2026"), nor a
 * time ("14.30 Uhr").
 */
const DAY_MONTH_RE =
  /(?<![\w.,])(?<![€$£¥]\s?)(?:(\d{1,2})\.(\d{1,2})\.(?![\d.])|(\d{2})\.(\d{2})(?![\d.]|,\d|\s*(?:uhr|h\b|am\b|pm\b)))/giu;

/** Each figure-written day and month as { index, month, day }; hu "12.14." (month first) is read when only it is a date. */
export function dayMonthHits(note: string): { index: number; month: number; day: number }[] {
  const out: { index: number; month: number; day: number }[] = [];
  for (const m of note.matchAll(DAY_MONTH_RE)) {
    const a = parseInt(m[1] ?? m[3], 10);
    const b = parseInt(m[2] ?? m[4], 10);
    if (a >= 1 && a <= 31 && b >= 1 && b <= 12) out.push({ index: m.index || 0, month: b, day: a });
    else if (m[1] && a >= 1 && a <= 12 && b >= 13 && b <= 31)
      out.push({ index: m.index || 0, month: a, day: b });
  }
  return out;
}
