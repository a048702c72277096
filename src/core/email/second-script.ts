// A signature written twice, in Latin letters then in the writer's own script: the second copy adds no company.

const digitsOf = (s: string) => s.replace(/\D/g, "");

/**
 * ar/he/fa/el/ru/uk signatures repeat the block in their own script under the Latin one ("Ahmed Haddad" / "Engineer"
 * / "Mobile: +…" then "أحمد حداد" / "مهندس" / "جوال: +…"): a line with no Latin letters, under a Latin name, whose
 * block repeats a number already given above it is that copy's name or title line, never the company.
 */
export function isSecondScriptCopy(segs: string[], at: number, name: string | undefined): boolean {
  const line = segs[at];
  if (!name || !/[A-Za-z]/.test(name) || /[A-Za-z]/.test(line) || !/\p{L}{2}/u.test(line)) return false;
  const earlier = segs
    .slice(0, at)
    .map(digitsOf)
    .filter((d) => d.length >= 7);
  if (!earlier.length) return false;
  return segs
    .slice(at + 1, at + 5)
    .map(digitsOf)
    .some((d) => d.length >= 7 && earlier.some((e) => e.endsWith(d.slice(-7)) && d.endsWith(e.slice(-7))));
}
