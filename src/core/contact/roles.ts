// Word tables that tell a job title from a company name, in the languages signatures and cards are written in.

/** Words that make a line a job title (en, fr, es, de, it, pt, nl). */
export const TITLE_WORDS_RE = new RegExp(
  "(?:^|[\\s,/&(-])(?:" +
    [
      "ceo|cfo|coo|cto|cio|cmo|vp|svp|evp|avp|md|gm",
      "president|vice|chief|founder|co-founder|cofounder|owner|partner|principal|director|manager|head|lead|leader|chair(?:man|woman|person)?|officer|executive|administrator|supervisor|coordinator|assistant|associate|consultant|advisor|adviser|specialist|engineer|architect|designer|planner|analyst|accountant|attorney|lawyer|counsel|solicitor|barrister|paralegal|secretary|treasurer|agent|broker|realtor|representative|rep|buyer|estimator|superintendent|foreman|technician|developer|producer|editor|strategist|recruiter|controller|bookkeeper|dentist|hygienist|physician|nurse|pharmacist|chef|sommelier|coach|trainer|teacher|professor|pastor|priest|minister|rabbi|principal|researcher|scientist|intern",
      "directeur|directrice|gérant|gérante|responsable|chef de|chargée?|conseill(?:er|ère)|coordonnat(?:eur|rice)|coordinat(?:eur|rice)|planificat(?:eur|rice)|ingénieur|associée?|fondat(?:eur|rice)|présidente?|adjointe?|avocate?|notaire|comptable|gestionnaire|agente?|courti(?:er|ère)|propriétaire|architecte|designer|décorat(?:eur|rice)|clerc|notaire|infirmi(?:er|ère)|médecin|pharmacien(?:ne)?|commerciale?|technicien(?:ne)?|secrétaire|assistante?|stagiaire|cheffe",
      "director(?:a)?|gerente|jef(?:e|a)|president[ae]|titular|farmacéutic[oa]|fundador(?:a)?|socio|socia|coordinador(?:a)?|responsable|encargad[oa]|asesor(?:a)?|abogad[oa]|ingenier[oa]|propietari[oa]|dueñ[oa]|administrador(?:a)?|arquitect[oa]|diseñador(?:a)?|contador(?:a)?|secretari[oa]|técnic[oa]|vendedor(?:a)?|ejecutiv[oa]|analista|consultor(?:a)?|médic[oa]|enfermer[oa]",
      "geschäftsführer(?:in)?|inhaber(?:in)?|leiter(?:in)?|projektleiter(?:in)?|vertriebsleiter(?:in)?|abteilungsleiter(?:in)?|vorstand|prokurist(?:in)?|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|ingenieur(?:in)?|architekt(?:in)?|einkäufer(?:in)?|assistent(?:in)?|teamleiter(?:in)?|gründer(?:in)?|rechtsanwalt|rechtsanwältin|steuerberater(?:in)?",
      "direttore|direttrice|responsabile|titolare|proprietari[oa]|amministratore|socio|consulente|architetto|ingegnere|geometra|commerciale|segretari[oa]|diretor(?:a)?|sócio|sócia|gerente|proprietário|arquitet[oa]|engenheir[oa]|vendedor(?:a)?|directeur|eigenaar|bedrijfsleider|oprichter|adviseur|medewerker|architect|verkoper|inkoper|projectleider|hoofd|voorzitter|bestuurder|zaakvoerder|coordenador(?:a)?|gestor(?:a)?|responsável",
      "部長|課長|社長|取締役|代表|担当|主任|係長|マネージャー",
    ].join("|") +
    ")(?=$|[\\s,./&)-])",
  "i",
);

/** Compound titles (nl, de): "Vastgoedbeheerder", "Vertriebsleiterin", "Projectleider". */
// The suffix is looked for first and the three letters before it by lookbehind: a third cheaper than "\p{L}{3,}…".
export const COMPOUND_TITLE_RE =
  /(?<=\p{L}{3})(?:beheerder|leider|leidster|manager|managerin|leiter|leiterin|berater|beraterin|führer|führerin|directeur|adviseur|meester|inhaber|inhaberin|planer|planerin|referent|referentin|chef|chefin|sjef)\b/iu;

/** Legal forms and words that make a line a company name. */
export const COMPANY_WORDS_RE = new RegExp(
  "(?:^|[\\s,(])(?:" +
    [
      "inc\\.?|incorporated|ltd\\.?|limited|llc|l\\.l\\.c\\.|llp|pllc|plc|corp\\.?|corporation|co\\.|company|gmbh|ag|kg|ug|ohg|e\\.k\\.|s\\.a\\.?|s\\.a\\.s\\.?|sas|sarl|s\\.r\\.l\\.?|srl|s\\.l\\.?|s\\.p\\.a\\.?|spa|bv|b\\.v\\.|nv|ab|as|a/s|oy|pty|ltda|k\\.k\\.",
      "group|groupe|grupo|gruppe|holdings?|partners|associates|studio|studios|lab|labs|laboratory|clinic|dental|medical|health|construction|builders|contracting|consulting|solutions|services|systems|technologies|tech|software|media|marketing|agency|events|événements|eventos|management|properties|property|realty|real estate|immobilien|development|developments|logistics|solicitors|law|legal|cpas?|accountants|bank|capital|ventures|foods|kitchens?|restaurant|hotel|brewing|brewery|bakery|café|cafe|shop|store|print|printing|design|designs|architects|engineering|manufacturing|industries|international|enterprises|trading|pharma|biotech|gastro|holzbau|bau|verlag|institut|institute|university|université|universidad|school|academy|foundation|fondation|association|society|club|lanes|plaza|mgmt",
      "株式会社|有限会社|合同会社",
    ].join("|") +
    ")(?=$|[\\s,.)])",
  "i",
);

/** "CEO, Cho Biotech" / "President of Núñez Construction" / "Leiterin Vertrieb bei X": title and company on one line. */
export const TITLE_COMPANY_SEP_RE =
  /\s*(?:,|\||·|•|–|—|\s-\s|\bat\b|\bof\b|\bchez\b|\bbei\b|\bde la\b|\bdel\b|\bin\b|\bpresso\b|\bna\b|\bem\b|@)\s*/i;
