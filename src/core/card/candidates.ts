// Choosing among a card's scored pieces: the best for a field, the ones left once a piece is taken, a name or logo
// broken over two lines, and the company in its fullest written form.
import type { Piece, Scored } from "./classify";
import { letters } from "./ocr-repair";

/** The candidate scoring highest for `key` (at least `min`); of equal titles, the one spread over more pieces. */
export function pick(
  candidates: Scored[],
  key: "name" | "title" | "company",
  min: number,
): Scored | undefined {
  let best: Scored | undefined;
  for (const c of candidates)
    if (
      c[key] >= min &&
      (!best ||
        c[key] > best[key] ||
        (key === "title" && c[key] === best[key] && c.parts.length > best.parts.length))
    )
      best = c;
  return best;
}

/** Candidates other than `chosen` that share no line piece with it. */
export function without(candidates: Scored[], chosen: Scored | undefined): Scored[] {
  if (!chosen) return candidates;
  return candidates.filter((c) => !c.parts.some((p) => chosen.parts.includes(p)));
}

/**
 * A name or logo broken over two lines ("Priyanka" / "Sharma", "NORTHSTAR" / "CONSULTING GROUP"): two
 * neighbouring lines, each a single short piece written in the same style, are also tried as one.
 */
export function joinedLines(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  const alone = (p: Piece) => pieces.filter((q) => q.line === p.line).length === 1;
  const style = (t: string) =>
    /^[\p{Lu}\s&.'’-]+$/u.test(t)
      ? "caps"
      : /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}[\p{Ll}'’]+)*$/u.test(t)
        ? "title"
        : "other";
  const CONNECTOR = /(?:^|\s)(of|and|for|de|des|du|del|la|et|y|e|und|für|fur|&)$/i;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const [a, b] = [pieces[i], pieces[i + 1]];
    if (b.line !== a.line + 1 || !alone(a) || !alone(b)) continue;
    const text = `${a.text} ${b.text}`;
    const words = text.split(/\s+/).length;
    const sameStyle = style(a.text) !== "other" && style(a.text) === style(b.text) && words <= 4;
    // "Director of" / "Operations": a line that ends on a connecting word goes on in the next one.
    const continued = CONNECTOR.test(a.text) && /^\p{L}/u.test(b.text) && words <= 7;
    if (sameStyle || continued) out.push({ text, line: a.line, order: a.order, parts: [a.order, b.order] });
  }
  return out;
}

/** The company in its fullest written form: a piece that holds every word of the chosen one and more. */
export function fullestCompany(chosen: Scored, others: Scored[]): Scored {
  const wordsOf = (t: string) => t.split(/\s+/).map(letters).filter(Boolean);
  const words = wordsOf(chosen.text);
  const fuller = others.find(
    (o) =>
      o.company >= chosen.company - 1 &&
      o.title < 0 &&
      o.parts.length === 1 &&
      o.text.length > chosen.text.length &&
      words.every((w) => wordsOf(o.text).includes(w)),
  );
  return fuller ?? chosen;
}
