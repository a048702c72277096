// A full name written with small name particles between capitalised words ("Ana Paula dos Santos Ferreira").
import { hasTitleWord } from "../contact/roles";
import { isCompanyLine } from "./line-kinds";

/**
 * Particles written small inside a name, by language: nl van/van der/van den/ter/ten, de von/vom/zu, fr de/du/des/le/la,
 * es de/del/de la/y, it di/da/del/della/de, pt da/das/do/dos/de/e, ms/id bin/binti, ar al.
 */
const PARTICLE = "(?:van|von|vom|zu|der|den|ter|ten|de|du|des|le|la|del|della|di|da|das|do|dos|y|e|bin|binti|al)";

/** Capitalised words with one to three particles before any but the first ("Maria do Carmo dos Reis"), up to six words. */
const PARTICLE_NAME_RE = new RegExp(
  `^\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:${PARTICLE}\\s+){0,3}\\p{Lu}[\\p{Ll}'’-]+){1,5}$`,
  "u",
);
const HAS_PARTICLE_RE = new RegExp(`\\s${PARTICLE}\\s`, "u");

/** "Friederike von Wendtheim", "María José de la Fuente Ortega": a person's name with its particles, not a title or company. */
export function looksLikeParticleName(line: string): boolean {
  return (
    PARTICLE_NAME_RE.test(line) &&
    HAS_PARTICLE_RE.test(line) &&
    line.split(/\s+/).length <= 8 &&
    !hasTitleWord(line) &&
    !isCompanyLine(line)
  );
}
