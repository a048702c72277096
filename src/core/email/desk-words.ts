// A shared mailbox's display name by its office or desk word in the writer's language ("Biuro Termex", "Segreteria …").

/**
 * Words that name an office, secretariat, desk or events team rather than a person, by language: pl biuro
 * (office), sekretariat; it segreteria, ufficio; es/pt secretaría/secretaria, oficina, escritório, contacto/contato,
 * eventos (events desk); fr secrétariat, accueil; de Sekretariat, Büro, Empfang, Kontakt; nl secretariaat, kantoor;
 * cs/sk kancelář/kancelária; hu iroda; ro secretariat, birou. Whole words only, in any case.
 */
const DESK_WORDS =
  "biuro|sekretariat|segreteria|ufficio|secretar[ií]a|oficina|escrit[óo]rio|contacto|contato|eventos|eventi|secr[ée]tariat|accueil|b[üu]ro|empfang|kontakt|secretariaat|kantoor|kancel[áa][řr]|kancel[áa]ria|iroda|birou";

const DESK_WORD_RE = new RegExp(`^(?:${DESK_WORDS})$`, "iu");

/** "Biuro Termex", "Segreteria Scuola Armonia", "Eventos Corporativos": a display name that opens with a desk word. */
export function opensWithDeskWord(display: string): boolean {
  return DESK_WORD_RE.test(display.trim().split(/\s+/)[0] ?? "");
}
