// A signature line that is a name with the writer's role in brackets: "Liz (owner)", "Tomás Vidal (gerente)".
import { hasTitleWord } from "../contact/roles";

/** One or two capitalised words, then a role in brackets that is a job title (any language the title table knows). */
const NAME_ROLE_RE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s*[(（]([^()（）]{2,40})[)）]$/u;

/** The name and the role of such a line, else undefined. */
export function nameWithRole(line: string): { name: string; role: string } | undefined {
  const m = NAME_ROLE_RE.exec(line.trim());
  if (!m || !hasTitleWord(m[2])) return undefined;
  return { name: m[1], role: m[2].trim() };
}
