// Words that make a line a company name, and what separates a title from its company on one line (e-mail).
import { LEGAL_FORMS_SOURCE, UNSPACED_LEGAL_SOURCE } from "./legal-forms";

/** Legal forms and words that make a line a company name. */
export const COMPANY_WORDS_RE = new RegExp(
  "(?:^|[\\s,(])(?:" +
    [
      LEGAL_FORMS_SOURCE,
      "company",
      "surveyors", // en-GB: a firm of surveyors ("… Chartered Surveyors"); the singular "Building Surveyor" is a title
      "praxis|kanzlei|praktijk", // de a doctor's, dentist's or therapist's practice, de a law or tax firm, nl a practice
      "konsult|rådgivning", // sv, da/nb: a firm's name ("Nilsson Konsult"), not a consultant
      "סטודיו|חברת|קבוצת|משרד", // he: studio, company (of), group (of), office (a firm's name starts with these)
      "شركة|مؤسسة|مجموعة|مكتب", // ar: company, establishment, group, office
      "บริษัท|จำกัด|หจก\\.?", // th: company, limited, limited partnership ("บริษัท บ้านสวน จำกัด")
      // A foundation, association or school as the employer (a school's or charity's signature): nl stichting/vereniging,
      // de Stiftung/Verein, es fundación/asociación/colegio, pt fundação/associação, it fondazione/associazione, en/fr college
      "stichting|vereniging|stiftung|verein|fundación|fundação|fondazione|asociación|associação|associazione|college|collège|colegio",
      "escuela|escola|école|scuola", // es, ca/pt, fr, it: a school ("Escola de Dansa Ritme", a dance school's signature)
      "hoa|poa", // en-US: a homeowners' or property owners' association ("Palisades Ridge HOA", a board member's signature)
      // public bodies as well as firms ("Harbour Port Authority", "Kingsmere Borough Council")
      "group|groupe|grupo|gruppe|holdings?|partners|associates|studio|studios|lab|labs|laboratory|clinic|dental|medical|health|construction|builders|contracting|consulting|solutions|services|systems|technologies|tech|software|media|marketing|agency|events|événements|eventos|management|properties|property|realty|real estate|immobilien|development|developments|logistics|solicitors|law|legal|cpas?|accountants|bank|capital|ventures|foods|kitchens?|restaurant|hotel|brewing|brewery|bakery|café|cafe|shop|store|print|printing|design|designs|architects|engineering|manufacturing|industries|international|enterprises|trading|pharma|biotech|gastro|holzbau|bau|verlag|institut|institute|university|université|universidad|school|academy|foundation|fondation|association|society|club|lanes|plaza|mgmt|authority|council|commission|ministry|municipality|hospital",
    ].join("|") +
    `)(?=$|[\\s,.)])|${UNSPACED_LEGAL_SOURCE}`,
  "i",
);

/** "CEO, Cho Biotech" / "President of Núñez Construction" / "Leiterin Vertrieb bei X": title and company on one line. */
export const TITLE_COMPANY_SEP_RE =
  /\s*(?:,|\||·|•|–|—|\s-\s|\bat\b|\bof\b|\bchez\b|\bbei\b|\bde la\b|\bdel\b|\bin\b|\bpresso\b|\bna\b|\bem\b|@)\s*/i;
