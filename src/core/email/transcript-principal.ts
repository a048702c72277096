// A voicemail left by an assistant for their principal ("I'm calling for Mr Tom Healy of Healy Homes"): the principal.

/** Each word of a "|"-list matched with its first letter in either case (the name after it stays case-sensitive). */
function casedFirst(words: string): string {
  return words
    .split("|")
    .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
    .join("|");
}

/** Honorifics and professional prefixes before a name (en, de, fr, es, it, pt, nl), either case of their first letter. */
const HONORIFICS = casedFirst(
  "mr|mrs|ms|dr|prof|herrn?|frau|m|mme|monsieur|madame|señora?|sr|sra|don|doña|dottor(?:e|essa)?|dott|ingegner(?:e)?|ing|avvocato|avv|architetto|arch|signora?|sig|senhora?|engenheiro|eng|meneer|mevrouw|dhr|mevr",
);

/** An assistant's role word (en, de, fr, es, it, pt, nl, sv), either case of its first letter. */
const ROLES = casedFirst(
  "assistant|secretary|assistentin|assistent(?:e|in)?|sekretärin|sekretär|assistante|secrétaire|asistente|secretaria|secretario|segretari[ao]|assistente|secretária|secretaresse|sekreterare",
);

/**
 * Speaking for someone in a voicemail or call transcript, by language, with the honorifics and professional prefixes
 * before the principal's name: en "assistant/secretary/PA to|of|for X", "calling on behalf of X"; de "Assistentin/
 * Sekretärin von (Herrn Dr.) X", "im Auftrag von X"; fr "l'assistante/la secrétaire de (M.) X", "de la part de X"; es
 * "la secretaria/asistente de(l señor) X", "de parte de X"; it "la segretaria/l'assistente del/dell'/di (ingegner/
 * dottor/avvocato) X", "per conto di X"; pt "a secretária/assistente do/da/de X", "em nome de X"; nl "de secretaresse/
 * assistent(e) van X", "namens X"; sv "assistent/sekreterare till X", "på uppdrag av X".
 */
const FOR_WHOM_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:PA|EA|${ROLES})` +
    "\\s+(?:to|of|for|von|de|des|du|del|della|dell['’]|dello|di|da|do|dos|van|till)\\s*" +
    "|(?:on behalf of|im auftrag von|de la part de|de parte de|per conto (?:di|del|della|dell['’])|em nome de|namens|på uppdrag av)\\s+)" +
    `(?:(?:${HONORIFICS})\\.?\\s+){0,2}` +
    "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|da|van|von|der|di|del)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,2})" +
    // The principal's company: en "of/from/at", de "von/bei (der)", fr "de/chez", es "de", it "della/di/del", pt
    // "da/do/de", nl "van/bij", sv "på/från".
    "(?:,?\\s+(?:of|from|at|von(?:\\s+der)?|bei(?:\\s+der)?|de|chez|della|di|del|dello|da|do|van|bij|på|från)\\s+" +
    "(\\p{Lu}[\\p{L}\\d'’&.-]*(?:\\s+(?:(?:&|and|und|et|y|e|en)\\s+)?\\p{Lu}[\\p{L}\\d'’&.-]*){0,4}))?",
  "u",
);

/** The one a transcript's speaker calls for (their boss), with the company said after the name, if any. */
export function principalInTranscript(flat: string): { name: string; company?: string } | undefined {
  const m = FOR_WHOM_RE.exec(flat.slice(0, 2000));
  if (!m) return undefined;
  // The sentence may end inside the company's run of capitals ("… della Ferri Costruzioni. L'ingegnere …").
  const company = m[2]?.replace(/\.\s.*$/u, "").replace(/\.$/, "");
  return { name: m[1], ...(company ? { company } : {}) };
}
