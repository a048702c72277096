// Department names: "VP, Development" and "Director, Business Development" are one title, not a title and a company.

/** Words that make up a department's name, by language (signatures and intros of every client). */
const DEPARTMENT_WORDS: { words: string[] }[] = [
  {
    // en
    words:
      "data analytics tax advisory audit assurance ops finances information academic support admissions planning safety logistics culture risk treasury public affairs student government regulatory external corporate client clients member members community accounts marketing sales development business operations finance research engineering human resources hr it facilities purchasing procurement legal product communications administration accounting customer success service services partnerships growth strategy r&d design technology digital people talent supply chain quality compliance investor relations acquisitions construction store stores retail merchandising contracts tenders workplace estates management".split(
        " ",
      ),
  },
  {
    // en: a sales territory after the title ("Director, Southwest Region", "Sales Manager, Upper Midwest", "VP, EMEA")
    // en
    words:
      "region regional territory district north south east west northeast northwest southeast southwest midwest upper central emea apac latam americas international global".split(
        " ",
      ),
  },
  {
    // en: a buying team's category ("Events & Travel Category", "Indirect Spend", "Strategic Sourcing", "Supply Chain")
    words: "category categories sourcing spend indirect direct strategic travel events supply chain".split(
      " ",
    ),
  },
  {
    // fr
    words:
      "affaires étudiantes ventes achats commercial recherche développement exploitation ressources humaines communication comptabilité paie finances".split(
        " ",
      ),
  },
  {
    // de
    words:
      "vertrieb einkauf entwicklung forschung personal buchhaltung technik verwaltung rechnungswesen finanzen controlling finanzbuchhaltung lohnbuchhaltung".split(
        " ",
      ),
  },
  {
    // es
    words:
      "ventas compras desarrollo operaciones finanzas investigación recursos humanos comunicación contabilidad administración".split(
        " ",
      ),
  },
  {
    // it, pt, nl: the accounts and buying desks
    words:
      "contabilità amministrazione acquisti vendite contabilidade financeiro compras vendas boekhouding administratie financiën inkoop verkoop".split(
        " ",
      ),
  },
];

const WORDS = new Set(DEPARTMENT_WORDS.flatMap((r) => r.words));
const JOINERS = new Set("& and et und y / of de des the".split(" "));

/** "Marketing", "Business Development", "Research & Development", "Ventas y Marketing": a department's name. */
export function isDepartment(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[.,;]+$/, "")
    .split(/[\s,]+|(?=\/)|(?<=\/)/)
    .filter(Boolean);
  if (!words.length || words.length > 4) return false;
  return words.every((w) => WORDS.has(w) || JOINERS.has(w)) && !JOINERS.has(words[0]);
}

/**
 * "Property Operations", "Clinical Research", "Residential Sales": a department's word last, qualified by up to two
 * words before it (en signatures' "Director of Property Operations"). Company names end so too ("Acme Logistics"):
 * callers also need a company line below.
 */
export function endsInDepartment(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[.,;]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 2 && words.length <= 3 && WORDS.has(words[words.length - 1]);
}
