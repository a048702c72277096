// A "Title, Department" signature line: a rank is named with its area ("Director, Facilities", "VP, Operations"),
// while an occupation is a whole title and the department after it is only where they sit ("Senior Buyer, Procurement").

/**
 * Ranks that take their area after a comma in signatures (en, fr, es, de, it, pt, nl): the last word of the title
 * before the comma. Everything else ("Buyer", "Accountant", "Engineer") is an occupation, a title on its own.
 */
const RANK_RE =
  /(?:^|\s)(?:director|manager|head|vp|svp|evp|avp|president|vice[- ]president|chief|officer|lead|principal|supervisor|superintendent|coordinator|specialist|administrator|dean|chair|counsel|partner|directeur|directrice|vice-président|vice-présidente|responsable|chef|jefe|jefa|gerente|director[ae]|leiter|leiterin|dirigente|diretor|diretora|hoofd)\.?$/i;

/** "Senior Buyer, Procurement" -> "Senior Buyer"; "Director, Facilities" and any other line stay whole. */
export function titleWithoutDepartment(line: string, isDepartment: (text: string) => boolean): string {
  const m = /^([^,]+),\s+([^,]+)$/.exec(line.trim());
  return m && isDepartment(m[2]) && !RANK_RE.test(m[1].trim()) ? m[1].trim() : line;
}
