// Card vocabulary: job-title words, legal forms, trade words and address words, by language (data, not code).

/** Words that make a line a job title (compared lower-case, accents removed). en · fr · es · de · it. */
export const TITLE_WORDS = new Set(
  [
    // en
    "director directors manager president vice vp ceo cfo coo cto cmo cio founder cofounder co-founder owner partner principal",
    "associate executive officer head lead chief engineer consultant specialist coordinator representative rep agent broker",
    "advisor adviser analyst architect designer developer estimator craftsman technician supervisor superintendent foreman",
    "administrator assistant accountant attorney lawyer counsel paralegal veterinarian dentist hygienist physician surgeon",
    "chiropractor optometrist therapist nurse pharmacist realtor planner buyer purchasing sales marketing operations",
    "accounts payable receivable secretary treasurer chair chairman chairwoman editor producer photographer chef",
    "instructor teacher professor trainer coach inspector appraiser underwriter recruiter strategist officer controller",
    "proprietor contractor electrician plumber carpenter installer mechanic programmer scientist researcher",
    // fr
    "directeur directrice gerant gerante president presidente fondateur fondatrice responsable chef conseiller conseillere",
    "ingenieur ingenieure associe associee avocat avocate notaire comptable charge chargee gestionnaire adjoint adjointe",
    "commercial commerciale technicien technicienne attache attachee delegue deleguee agente courtier courtiere",
    // es
    "gerente jefe jefa coordinador coordinadora asesor asesora ejecutivo ejecutiva ingeniero ingeniera abogado abogada",
    "contador contadora presidenta fundador fundadora socio socia representante vendedor vendedora encargado encargada",
    "directora subdirector subdirectora administrador administradora",
    // de
    "geschaftsfuhrer geschaftsfuhrerin leiter leiterin inhaber inhaberin berater beraterin vertrieb verkauf einkauf",
    "prokurist prokuristin vorstand ingenieurin referent referentin sachbearbeiter sachbearbeiterin",
    "meister meisterin rechtsanwalt rechtsanwaltin steuerberater steuerberaterin architektin",
    // it
    "direttore direttrice responsabile titolare amministratore commerciale consulente",
  ]
    .join(" ")
    .split(" "),
);

/** German compound endings that make a word a title ("Elektromeister", "Vertriebsleiterin"). */
export const TITLE_SUFFIXES =
  /(meister|meisterin|leiter|leiterin|fuhrer|fuhrerin|berater|beraterin|ingenieur|ingenieurin|manager|managerin)$/;

/** Legal forms that end a company name: en, fr, es, de, it, nl, latam. */
export const LEGAL_SUFFIX =
  /(?:^|[\s,])(inc\.?|incorporated|ltd\.?|limited|llc|l\.l\.c\.|llp|plc|corp\.?|corporation|co\.|company|pty\.? ltd\.?|gmbh(?: & co\.? kg)?|ag|kg|ohg|ug|e\.k\.|s\.a\.(?: de c\.v\.)?|sa|s\.a\.s\.?|sas|sarl|s\.a\.r\.l\.|eurl|s\.l\.|sl|s\.l\.u\.|s\.p\.a\.|spa|s\.r\.l\.|srl|b\.v\.|bv|n\.v\.|nv|ltda\.?|s\.c\.|p\.c\.|pllc|lp)$/i;

/** Words that name a business's trade rather than a person (compared lower-case, accents removed). */
export const TRADE_WORDS = new Set(
  [
    "group groupe grupo gruppe company services service solutions systems consulting consultants associates partners",
    "studio studios labs lab laboratories agency agence industries international holdings enterprises ventures",
    "dental clinic clinique hospital medical health wellness insurance brokers realty properties immobilien construction",
    "builders roofing plumbing electric electrical rental rentals equipment supply supplies furniture kitchens design",
    "logistics logistica transport transports trucking freight shipping motors auto automotive marketing media digital",
    "software technologies technology tech networks capital finance financial bank law legal avocats attorneys",
    "restaurant cafe bakery foods alimentos spice trading imports exports manufacturing fabrication works shop store",
    "landscaping landscape gardens realty homes interiors architecture architects engineering ingenieria construcciones",
    "hotel travel tours fitness academy school institute foundation fondation fundacion stiftung verlag handel bau",
    "elektrotechnik medizintechnik technik maschinenbau hausverwaltung ceramiche graphique textiles veterinary animal",
  ]
    .join(" ")
    .split(" "),
);

/** Street and address words: a line holding one with a number is an address, not a name or company. */
export const ADDRESS_WORDS =
  /\b(street|st|road|rd|avenue|ave|av|avda|blvd|boulevard|drive|dr|lane|ln|way|suite|ste|floor|unit|highway|hwy|parkway|pkwy|court|ct|place|pl|square|sq|rue|chemin|allee|calle|carrera|paseo|plaza|strasse|str|weg|platz|allee|gasse|via|viale|piazza|corso|po box|bp|cp)\b\.?/i;

/** Marketing lines that are neither name, title nor company. */
export const TAGLINE_MARKS =
  /[!?%]|\b(since|depuis|desde|seit|licensed|bonded|insured|open|daily|days|free|quality|best|call us|we |your |our )\b/i;
