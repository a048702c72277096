// "From your website" as chat widgets and form tools write it in their notice headings, by language.

/**
 * A notice saying it came from the business's own site: sv "från din/er webbplats", "via webbplatsen", "från hemsidan";
 * da "fra din/jeres hjemmeside", "via hjemmesiden"; nb "fra din/deres nettside", "via nettsiden"; fi
 * "verkkosivuiltanne", "verkkosivuiltasi"; pl "z Twojej/Waszej strony (internetowej)"; cs "z vašeho webu", "z vašich
 * webových stránek" (a word "hemsida" alone is no cue: a web designer's subjects ask for one).
 */
export const FROM_YOUR_SITE =
  "(?:från (?:din|er|vår) webbplats|via webbplatsen|från hemsidan|fra (?:din|jeres|deres) (?:hjemmeside|nettside)|via (?:hjemmesiden|nettsiden)|verkkosivuilta(?:nne|si)|z (?:twojej|waszej) strony(?: internetowej)?|z (?:vašeho|tvého) webu|z vašich webových stránek)";
