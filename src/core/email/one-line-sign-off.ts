// A sign-off written as one line of prose: "Thanks very much, Tom Aldridge, Aldridge & Sons Antiques", "Nadia Haddad,
// owner of Olive & Thyme Deli": the writer's name, and the title and company said with it.
import { hasTitleWord } from "../contact/roles";
import { normalizeName } from "../contact/name";
import { isTitleLine, looksLikePersonName } from "./line-kinds";
import { looksLikeParticleName } from "./particle-name";
import { DEVICE_LINE_RE, SIGN_OFF_RE } from "./sign-off-lines";

/** Thanks said before the name, by language: en "Thanks very much", "Thank you so much"; de "Vielen Dank"; fr
 * "Merci beaucoup", "Merci d'avance"; es "Muchas gracias"; it "Grazie mille"; nl "Alvast bedankt"; pt "Muito obrigado". */
export const THANKS_RE =
  /^(?:(?:thanks|thank you)(?: (?:very|so) much| again| in advance)?|many thanks|vielen dank(?: im voraus)?|merci (?:beaucoup|d['’]avance)|muchas gracias|grazie mille|alvast bedankt|muito obrigad[oa])$/i;

/** Between a title and its company: en of/at, fr de/chez, de bei/von, es/pt/it de/di/da, nl bij/van. */
const TITLE_OF_RE = /^(.{2,40}?)\s+(?:of|at|chez|bei|von|de|di|da|bij|van)\s+(\p{Lu}.{1,60})$/u;

const isName = (s: string) => looksLikePersonName(s) || looksLikeParticleName(s);

/** The name, title and company of such a line, else undefined. */
function readLine(line: string): { name: string; title?: string; company?: string } | undefined {
  const parts = line.replace(/[.!]$/, "").split(/\s*,\s*/);
  const signedOff = parts.length > 1 && (SIGN_OFF_RE.test(parts[0]) || THANKS_RE.test(parts[0]));
  if (signedOff) parts.shift();
  if (!parts.length || parts.length > 3 || !isName(parts[0])) return undefined;
  const name = normalizeName(parts[0]);
  const rest = parts.slice(1);
  // "…, owner of Olive & Thyme Deli": a title and its company in one part.
  const of = rest.length === 1 ? TITLE_OF_RE.exec(rest[0]) : null;
  if (of && hasTitleWord(of[1])) return { name, title: of[1], company: of[2] };
  // Without a sign-off, a name alone or a name and a company are a plain name line: read elsewhere.
  if (!signedOff) return undefined;
  const title = rest.find((p) => isTitleLine(p));
  const company = rest.find((p) => p !== title && /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 6);
  return { name, ...(title ? { title } : {}), ...(company ? { company } : {}) };
}

/** Such a line among the last three written lines (under it, only a phone or a mail app's line). */
export function oneLineSignOff(lines: string[]): { name: string; title?: string; company?: string } | undefined {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < 3; i--) {
    const line = lines[i].trim();
    if (!line || DEVICE_LINE_RE.test(line)) continue;
    seen++;
    if (line.length > 120) continue;
    const read = readLine(line);
    if (read) return read;
  }
  return undefined;
}
