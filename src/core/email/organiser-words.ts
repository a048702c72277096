// Display-name words that mark an organiser or a mailing sender (fairs, associations, newsletters), by language.

/**
 * Display-name words of organisers and mailing senders (events, fairs, associations, newsletters), by language:
 * "Portland Garden Show", "Feria Construcción Sur", "Salon Habitat Québec", "SignPro Webinars".
 */
export const ORGANISER_NAME_WORDS: RegExp[] = [
  /* en */ /\b(?:expo|show|fair|conference|summit|congress|convention|chamber|association|council|institute|society|webinars?|newsletter|bulletin|events|news|team|updates|digest|academy|club)\b/i,
  /* fr */ /\b(?:salon|foire|congrès|chambre|association|infolettre|équipe|événements|actualités)\b/i,
  // German compounds end in the word: "Handwerksmesse", "Fachverband".
  /* de */ /(?:messe|kongress|kammer|verband|verein)\b|\b(?:newsletter|rundbrief|team|veranstaltungen)\b/i,
  /* es */ /\b(?:feria|congreso|cámara|asociación|boletín|equipo|eventos|noticias)\b/i,
  // Dutch compounds end in the word: "Installatie Vakbeurs", "Bouwbeurs".
  /* nl */ /(?:beurs|congres)\b|\b(?:nieuwsbrief|evenementen|nieuws)\b/i,
  // A conference's office signs its mailings: "Segreteria organizzativa", "Segreteria Convegno …".
  /* it */ /\b(?:fiera|congresso|convegno|segreteria|camera di commercio|associazione|notiziario|eventi|notizie)\b/i,
  /* pt */ /\b(?:feira|congresso|câmara|associação|boletim|eventos|notícias)\b/i,
];
