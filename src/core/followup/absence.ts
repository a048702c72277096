// A date the note's writer is away until ("I'm out until Monday"): when they are back, not when to follow up.

/**
 * The words right before a date that say the writer is away until then, by language: en "out / away / off (of the
 * office) until", es "fuera / de viaje / de vacaciones hasta el", fr "absent(e) / en congé(s) / en vacances jusqu'à",
 * de "im Urlaub / unterwegs / nicht im Büro bis (zum)", it "fuori (ufficio) / in ferie / via fino a", pt "fora / de
 * férias / viajando até", nl "weg / afwezig / op vakantie tot".
 */
const AWAY_UNTIL_RE = new RegExp(
  "(?<![\\p{L}])(?:" +
    [
      "(?:out|away|off)(?: of (?:the )?office)? (?:until|till|through)", // en
      "(?:on (?:leave|holiday|vacation)|travell?ing) (?:until|till)", // en
      "(?:fuera(?: de la oficina)?|de (?:viaje|vacaciones)) hasta(?: el)?", // es
      "(?:absente?|en congés?|en vacances|en déplacement) jusqu['’](?:à|au)", // fr
      "(?:im Urlaub|unterwegs|nicht im Büro) bis(?: zum)?", // de
      "(?:fuori(?: ufficio)?|in ferie|via) fino (?:a|al|all['’])", // it
      "(?:fora|de férias|viajando) até(?: (?:a|o))?", // pt
      "(?:weg|afwezig|op vakantie) tot(?: en met)?", // nl
    ].join("|") +
    ")\\s+(?:(?:next|this|el|le|il|a)\\s+)?$",
  "iu",
);

/** The hits that are not a date the writer is away until ("estoy fuera hasta el lunes. Llámale tú"). */
export function withoutAbsences<T extends { index: number }>(text: string, hits: T[]): T[] {
  return hits.filter((h) => !AWAY_UNTIL_RE.test(text.slice(Math.max(0, h.index - 40), h.index)));
}
