// A unit of an organisation named by its opening words ("Center for Indkøb og Udbud", "Avdelningen för Upphandling").

/**
 * Words that open the name of a unit inside a council, university or firm, by language: da "Center for", "Afdeling(en)
 * for", "Kontor for", "Enhed for"; nb "Avdeling(en) for", "Seksjon for", "Enhet for"; sv "Avdelning(en) för",
 * "Enhet(en) för", "Sektion(en) för"; de "Fachbereich", "Referat", "Stabsstelle", "Amt für"; nl "Afdeling", "Dienst";
 * en "Office of", "Center/Centre for", "School of", "Faculty of"; fr "Pôle", "Bureau des"; es/it "Área de", "Ufficio".
 * Read only over a line that names the organisation (a public body's or university's signature, any client).
 */
const OPENER_RE =
  /^(?:(?:center|centre|afdeling(?:en)?|kontor|enhed|avdeling(?:en)?|seksjon(?:en)?|enhet(?:en)?) for|(?:avdelning(?:en)?|enhet(?:en)?|sektion(?:en)?) för|fachbereich|referat|stabsstelle|amt für|afdeling|dienst|office of|school of|faculty of|pôle|bureau des|área de|ufficio)\s+\p{L}/iu;

/** "Center for Indkøb og Udbud", "Office of Research Services": a line that opens with a unit's word. */
export function opensWithUnit(line: string): boolean {
  return line.length <= 60 && OPENER_RE.test(line.trim());
}
