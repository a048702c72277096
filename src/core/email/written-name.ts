// The name written beside an address in a message's text: right before it ("Dan Wu (dan@…)") or atop its contact block.
import { normalizeName, withoutHonorifics } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";

/**
 * A contact block in the writer's text: the address alone on its line (or after its label, "e-mail:") closes a block
 * whose nearest name line is the person's ("Dana Whitlock", ja "佐藤 健一様" with its honorific, "Ing. Tomáš Dvořák"
 * over "jednatel", the company and "mobil: …"), the way a person's details are passed on in any language.
 */
export function nameAbove(text: string, email: string): string | undefined {
  const at = text.toLowerCase().indexOf(email);
  if (at < 0) return undefined;
  const lines = text.slice(Math.max(0, at - 240), at).split("\n");
  const own = lines[lines.length - 1];
  if (own.trim() && !/^\s*[\p{L}-]{1,10}\s*[:：]\s*$/u.test(own)) return undefined;
  for (let k = lines.length - 2; k >= Math.max(1, lines.length - 7); k--) {
    const line = lines[k].replace(/^[\s\u3000]+|[\s\u3000:：]+$/g, "");
    if (!line) return undefined;
    const name = nameLine(line);
    if (name) return name;
  }
  return undefined;
}

/** A line that holds only a person's name (honorifics before it allowed), not a company's or a title. */
function nameLine(line: string): string | undefined {
  const cjk =
    /^([\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}]{1,4}[ \u3000]?[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}]{1,4}?)(?:様|さん|氏|先生|님|씨)?$/u.exec(
      line,
    );
  if (cjk) return cjk[1];
  const latin = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(withoutHonorifics(line));
  // "Purchasing Manager" between the name and the address is the title line, not the name.
  const named = latin && !COMPANY_WORDS_RE.test(latin[1]) && !hasTitleWord(latin[1]);
  return named ? normalizeName(latin[1]) : undefined;
}

/** Before an organisation's name: en from/at/of/with, fr de/chez, de von/bei, es/pt de/del/do, it di/da/presso, nl van/bij. */
const AT_ORG_RE =
  /(?<![\p{L}])(?:from|at|of|with|de|du|des|chez|von|vom|bei|del|di|da|della|presso|do|dos|van|bij)\s+$/iu;

/** "Dan Wu (dan@…)", "Dan Wu <dan@…>": the name written right before an address in the text. */
export function nameBeside(text: string, email: string): string | undefined {
  const at = text.toLowerCase().indexOf(email);
  if (at < 0) return undefined;
  const before = text.slice(Math.max(0, at - 80), at);
  const m = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*[(<[]\s*(?:mailto:)?$/u.exec(before);
  // "Ana Lima from Lima Dental (ana@…)": after a preposition the run is where they work, not who they are.
  return m && !AT_ORG_RE.test(before.slice(0, m.index)) ? normalizeName(m[1]) : undefined;
}
