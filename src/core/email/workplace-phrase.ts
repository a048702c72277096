// "avocate associée au cabinet Lemaire & Associés": a firm's lowercase kind word between the preposition and the name.

/**
 * A preposition and a lowercase kind of firm before a capitalised name, by language: fr "au cabinet", "à la société", "de la société",
 * "au sein du cabinet", "dans l'entreprise"; es "en la empresa", "en el despacho"; it "presso lo studio", "nella
 * società"; pt "na empresa", "no escritório"; de "in der Kanzlei", "bei der Firma". The kind word, written lowercase,
 * is no part of the name: "Cabinet Besson" capitalised is kept by not matching.
 */
const FIRM_KIND_RES: [RegExp, string][] = [
  [
    /(?<![\p{L}])(?:au sein (?:du|de la|de l['’])\s*|au |du |à la |de la |à l['’]|de l['’]|dans (?:la |le |l['’]))(?:cabinet|société|entreprise|agence|étude|maison|groupe|clinique)\s+(?=\p{Lu})/gu,
    "chez ",
  ],
  [
    /(?<![\p{L}])en (?:la|el) (?:empresa|despacho|firma|clínica|agencia|consultora|gestoría)\s+(?=\p{Lu})/gu,
    "en ",
  ],
  [
    /(?<![\p{L}])(?:presso (?:lo|la|il|l['’])\s*|nello |nella |nell['’])(?:studio|società|azienda|agenzia|clinica)\s+(?=\p{Lu})/gu,
    "presso ",
  ],
  [/(?<![\p{L}])(?:na|no) (?:empresa|escritório|clínica|agência|consultoria)\s+(?=\p{Lu})/gu, "na "],
  [/(?<![\p{L}])(?:in der|bei der) (?:Kanzlei|Firma|Praxis|Agentur)\s+(?=\p{Lu})/gu, "bei "],
  // de genitive after a title: "IT-Leiter der Kanzlei X", "Inhaberin der Praxis X", "Prokurist des Unternehmens X".
  [/(?<![\p{L}])(?:der (?:Kanzlei|Firma|Praxis|Agentur)|des (?:Unternehmens|Büros))\s+(?=\p{Lu})/gu, "bei "],
];

/** `text` with each "preposition + firm kind" before a name read as the plain workplace preposition ("chez X"). */
export function withPlainWorkplace(text: string): string {
  let out = text;
  for (const [re, by] of FIRM_KIND_RES) out = out.replace(re, by);
  return out;
}
