// Companies' legal forms by country: a line holding one names a company, and a company cut at a dot gets it back.

/** Legal forms as written, by country, "|" between them; "." and " " are literal, case is ignored. */
export const LEGAL_FORMS: string[] = [
  ...new Set(
    [
      "inc.|inc|incorporated|ltd.|ltd|limited|llc|l.l.c.|llp|pllc|plc|corp.|corp|corporation|co.|lp|p.c.", // US UK IE CA
      "pty|pty ltd|pte ltd|pvt ltd|sdn bhd|sdn. bhd.|bhd|k.k.|g.k.", // AU NZ SG IN MY JP
      "gmbh & co. kg|gmbh|ag|kg|kgaa|ug|ohg|e.k.|e.v.|gbr|e.u.", // DE AT CH (AT e.U.: a sole trader)
      "s.a.|s.a|s.a.s.|s.a.s|sas|sasu|sarl|s.a.r.l.|eurl|snc|sprl", // FR BE LU CH
      "s.l.|s.l|sl|s.l.u.|slu|s.a. de c.v.|s. de r.l.|a.c.", // ES, Latin America (MX a.c.: asociación civil)
      "s.r.l.|s.r.l|srl|s.r.l.s.|s.p.a.|s.p.a|spa|s.n.c.", // IT, RO
      "lda.|lda|ltda.|ltda|eireli", // PT BR
      "b.v.|bv|n.v.|nv|v.o.f.|vof|bvba|cvba", // NL BE
      "ab|aps|a/s|as|asa|i/s|oy|oyj|ehf|hf", // SE DK NO FI IS
      "sp. z o.o.|sp. z o. o.|sp. z.o.o.|sp.z o.o.|spółka z o.o.|sp. j.|sp. k.|s.c.", // PL
      "s.r.o.|spol. s r.o.|a.s.|v.o.s.|k.s.", // CZ SK
      "kft.|kft|zrt.|zrt|nyrt.|bt.|d.o.o.|d.d.", // HU HR SI RS
      "a.ş.|ltd. şti.|ltd.şti.", // TR
      "ооо|оао|зао|пао|ао|тов|ип", // RU UA BY KZ
      "α.ε.|α.ε|ε.π.ε.|ε.π.ε|ι.κ.ε.|ι.κ.ε|ο.ε.|ε.ε.", // GR
      'בע"מ|בע״מ|ش.م.م|ش.م.ع|ذ.م.م', // IL, Arab states (LLC, joint-stock)
    ]
      .join("|")
      .split("|"),
  ),
];

/** Written without spaces around them: a company name runs straight into these (JP, CN/TW/HK, KR). */
export const UNSPACED_LEGAL_FORMS =
  "株式会社 有限会社 合同会社 (株) ㈱ 股份有限公司 有限公司 주식회사 (주)".split(" ");

/** A legal form as a pattern: dots literal, a space any spacing. */
export function pattern(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s*");
}

/** The legal forms, longest first. */
export const ALL = [...LEGAL_FORMS].sort((a, b) => b.length - a.length);

/** The legal forms as one alternation (longest first), for company-words. */
export const LEGAL_FORMS_SOURCE = ALL.map(pattern).join("|");
export const UNSPACED_LEGAL_SOURCE = UNSPACED_LEGAL_FORMS.map(pattern).join("|");

/** A name ending in a legal form ("Patel Spice Co.", "Construcciones Pérez SL", "Nowak Meble Sp. z o.o."): cards. */
export const ENDS_WITH_LEGAL_FORM_RE = new RegExp(`(?:^|[\\s,])(?:${LEGAL_FORMS_SOURCE})$`, "iu");
