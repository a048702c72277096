// Companies' legal forms by country: a line holding one names a company, and a company cut at a dot gets it back.

/** Legal forms as written, by country, "|" between them; "." and " " are literal, case is ignored. */
export const LEGAL_FORMS: string[] = [
  ...new Set(
    [
      "inc.|inc|incorporated|ltd.|ltd|limited|llc|l.l.c.|llp|pllc|plc|corp.|corp|corporation|co.|lp|p.c.", // US UK IE CA
      "pty|pty ltd|pte ltd|pvt ltd|sdn bhd|sdn. bhd.|bhd|k.k.|g.k.", // AU NZ SG IN MY JP
      "gmbh & co. kg|gmbh|ag|kg|kgaa|ug|ohg|e.k.|e.v.|gbr", // DE AT CH
      "s.a.|s.a|s.a.s.|s.a.s|sas|sasu|sarl|s.a.r.l.|eurl|snc|sprl", // FR BE LU CH
      "s.l.|s.l|sl|s.l.u.|slu|s.a. de c.v.|s. de r.l.", // ES, Latin America
      "s.r.l.|s.r.l|srl|s.r.l.s.|s.p.a.|s.p.a|spa|s.n.c.", // IT, RO
      "lda.|lda|ltda.|ltda|eireli", // PT BR
      "b.v.|bv|n.v.|nv|v.o.f.|vof|bvba|cvba", // NL BE
      "ab|aps|a/s|as|asa|i/s|oy|oyj|ehf|hf", // SE DK NO FI IS
      "sp. z o.o.|sp. z o. o.|sp. z.o.o.|sp.z o.o.|spółka z o.o.|sp. j.|sp. k.|s.c.", // PL
      "s.r.o.|spol. s r.o.|a.s.|v.o.s.|k.s.", // CZ SK
      "kft.|kft|zrt.|zrt|nyrt.|bt.|d.o.o.|d.d.", // HU HR SI RS
      "a.ş.|ltd. şti.|ltd.şti.", // TR
      "ооо|оао|зао|пао|ао|тов|ип", // RU UA BY KZ
    ]
      .join("|")
      .split("|"),
  ),
];

/** Written without spaces around them: a company name runs straight into these (JP, CN/TW/HK, KR). */
export const UNSPACED_LEGAL_FORMS =
  "株式会社 有限会社 合同会社 (株) ㈱ 股份有限公司 有限公司 주식회사 (주)".split(" ");

function pattern(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s*");
}

const ALL = [...LEGAL_FORMS].sort((a, b) => b.length - a.length);

/** The legal forms as one alternation (longest first), for COMPANY_WORDS_RE. */
export const LEGAL_FORMS_SOURCE = ALL.map(pattern).join("|");
export const UNSPACED_LEGAL_SOURCE = UNSPACED_LEGAL_FORMS.map(pattern).join("|");

/** Forms of several parts ("Sp. z o.o.", "S.A. de C.V.", "GmbH & Co. KG"), which a capitalised-words reader cuts. */
const MULTI_PART_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:${ALL.filter((f) => /[. &]./.test(f))
    .map(pattern)
    .join("|")})(?![\\p{L}\\d])`,
  "giu",
);

/**
 * A company read from prose, given the text right after it: "Nowak Meble Sp." + " z o.o. – call Monday" ->
 * "Nowak Meble Sp. z o.o."; with no legal form across its end, it is cut at its sentence's end ("Acme Inc. Call").
 */
export function withLegalForm(company: string, after: string): string {
  const full = company + after.slice(0, 40);
  let end = -1;
  for (const m of full.matchAll(MULTI_PART_RE)) {
    const at = m.index ?? 0;
    if (at > company.length + 1) break;
    if (at + m[0].length > company.length - 1) end = Math.max(end, at + m[0].length);
  }
  if (end > 0) return full.slice(0, end).trim();
  return company
    .split(/\.\s/)[0]
    .replace(/[.,;)]+$/, "")
    .trim();
}

/** A name ending in a legal form ("Patel Spice Co.", "Construcciones Pérez SL", "Nowak Meble Sp. z o.o."): cards. */
export const ENDS_WITH_LEGAL_FORM_RE = new RegExp(`(?:^|[\\s,])(?:${LEGAL_FORMS_SOURCE})$`, "iu");

/** A line ending in a legal form whose last dot is the form's, not a sentence's ("… San. ve Tic. A.Ş.", "… GmbH."). */
export const ENDS_WITH_DOTTED_FORM_RE = new RegExp(
  `(?:^|[\\s,(])(?:${[...new Set(ALL.map((f) => f.replace(/\.$/, "")))]
    .filter((f) => !/^(?:as|spa)$/.test(f)) // English words
    .map(pattern)
    .join("|")})\\.$`,
  "iu",
);
