// Last-resort country cues for numbers without a country code: the company's legal form, the sender's time zone.

/** Legal forms that belong to one country (or one calling region), by how they are written in signatures. */
const LEGAL_FORM_REGIONS: [RegExp, string][] = [
  [/\(Pty\)\s*Ltd\b/, "ZA"], // South Africa writes "(Pty) Ltd", read before Australia's "Pty Ltd"
  [/\bPty\.? Ltd\b|\bPty\b/, "AU"], // Australia: "Parkside Bakehouse Group Pty Ltd"
  [/\bPte\.? Ltd\b/, "SG"], // Singapore
  [/\bS\.? ?A\.?\s+de\s+C\.? ?V\.?/, "MX"], // Mexico: "S.A. de C.V." (a text split at its dots keeps it)
  [/\bLtda\.?(?=\s|$|,)/, "BR"], // Brazil (Portugal writes "Lda")
  [/\bLda\.?(?=\s|$|,)/, "PT"], // Portugal
  [/\bSp\. z o\.o\./, "PL"], // Poland
  [/\b(?:ApS|A\/S)(?=\s|$|,)/, "DK"], // Denmark (Norway writes "AS")
  [/\bLimited\b.*\bNZ\b|\bNZ Ltd\b/, "NZ"], // New Zealand
  [/\b(?:GmbH|gGmbH|UG \(haftungsbeschränkt\)|e\.K\.|KG|AG)\b/, "DE"], // Germany (Austria/Switzerland share them)
  [/\b(?:SARL|SAS|SASU|EURL)\b|\bS\.A\.R\.L\.|\bS\.A\.S\./, "FR"], // France
  [/\b(?:S\.L\.U?\.?|SLU)(?=\s|$)|\bS\.L\.(?=\s|$)/, "ES"], // Spain
  [/\b(?:S\.r\.l\.|S\.p\.A\.|Srl|SpA|S\.n\.c\.)(?=\s|$|,)/, "IT"], // Italy
  [/\b(?:B\.V\.|BV|N\.V\.)(?=\s|$|,)/, "NL"], // Netherlands (Belgium writes BV/NV too)
  [/\b(?:PLC|Plc|plc|LLP)\b|\bLtd\.?(?=\s|$|,)|\bLimited\b/, "GB"], // UK (after Pty Ltd, NZ Ltd)
];

/** Time-zone names in mail date lines ("4 March 2025 at 4:05:33 pm AEDT", "Thu, 1 May … (BST)"). */
const ZONE_NAMES: [RegExp, string][] = [
  [/\b(?:AEDT|AEST|ACDT|ACST|AWST)\b/, "AU"],
  [/\b(?:NZDT|NZST)\b/, "NZ"],
  [/\bBST\b/, "GB"],
  [/\bWES?T\b/, "PT"], // Western European (Summer) Time: Portugal's mainland (Madeira, the Canaries' clocks too)
  [/\bIST\b/, "IN"],
  [/\bJST\b/, "JP"],
  [/\bSGT\b/, "SG"],
  [/\bHKT\b/, "HK"],
  [/\bKST\b/, "KR"],
  [/\bSAST\b/, "ZA"],
];

/** UTC offsets that point at one country: Australia's, New Zealand's, India's, Japan's (Europe's are shared). */
const OFFSET_REGIONS: Record<string, string> = {
  "+0800": "AU",
  "+0930": "AU",
  "+1000": "AU",
  "+1030": "AU",
  "+1100": "AU",
  "+1200": "NZ",
  "+1300": "NZ",
  "+0530": "IN",
  "+0900": "JP",
};

/** The country a company's legal form names ("… Pty Ltd" -> AU, "… GmbH" -> DE), or undefined. */
export function regionFromLegalForm(text: string): string | undefined {
  // India writes "Pvt Ltd" / "Private Limited", read before the UK's "Ltd".
  if (/\b(?:Pvt\.? Ltd|Private Limited)\b/.test(text)) return "IN";
  for (const [re, region] of LEGAL_FORM_REGIONS) if (re.test(text)) return region;
  return undefined;
}

/** The country a date line's zone names ("AEDT", "+1100"), or undefined. */
export function regionFromDate(date: string): string | undefined {
  for (const [re, region] of ZONE_NAMES) if (re.test(date)) return region;
  const offset = /([+-]\d{4})\s*(?:\(|$)/.exec(date.trim())?.[1];
  return offset ? OFFSET_REGIONS[offset] : undefined;
}

/**
 * Ways of writing a number that only one country uses: Brazil's mobile "(11) 95555-0138" (a two-digit area code in
 * brackets, then nine digits opening with 9, dashed 5-4; Mexico's two-digit areas have eight digits after them);
 * a UK mobile "07700 900562", an Irish mobile "087 555 0193".
 */
const NUMBER_SHAPES: [RegExp, string][] = [
  [/\(\d{2}\)\s?9\d{4}-\d{4}(?!\d)/, "BR"],
  // A UK mobile grouped 5-6 ("07700 900562"); Nigeria's 11-digit mobiles are grouped 4-3-4.
  [/(?<![\d+])07\d{3} \d{6}(?!\d)/, "GB"],
  // An Irish mobile grouped 3-3-4 ("087 555 0193"); Australia's 08 areas are grouped 2-4-4, and South Africa's
  // mobiles, grouped 3-3-4 too, open 082-084 (083 is both countries': left out).
  [/(?<![\d+])08[5-9] \d{3} \d{4}(?!\d)/, "IE"],
  // A Nigerian mobile grouped 4-3-4 ("0803 555 0123"): 070x, 080x, 081x, 090x, 091x. The UK writes its freephone
  // 0800 and 0808 numbers 4-3-4 too: left out.
  [/(?<![\d+])(?:070[1-9]|080[2-79]|081\d|090[1-9]|091[1-6]) \d{3} \d{4}(?!\d)/, "NG"],
  // A South African mobile grouped 3-3-4 ("082 555 0166", "072 …", "061 …"): 06x, 071-079, 081, 082, 084 (083 is
  // Ireland's too).
  [/(?<![\d+])0(?:6\d|7[1-9]|8[124]) \d{3} \d{4}(?!\d)/, "ZA"],
];

/**
 * Where the person probably is, for numbers the default region cannot read: the legal form in their text first,
 * then the way the number itself is written, then the zone of their messages' dates. "Ltd" is written across the
 * Commonwealth (Ireland, Nigeria, Kenya …), so a number only one country writes that way outranks it.
 */
export function regionFromContext(text: string, dates: string[]): string | undefined {
  const legal = regionFromLegalForm(text);
  const shape = legal && legal !== "GB" ? undefined : NUMBER_SHAPES.find(([re]) => re.test(text))?.[1];
  return shape ?? legal ?? dates.map(regionFromDate).find(Boolean);
}
