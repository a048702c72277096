// Card vocabulary: job-title words for reading OCR, trade words and taglines, by language (data, not code); legal forms
// and the title words of every language are shared with e-mail (contact/legal-forms, contact/roles).

/** Job-title words by language (compared lower-case, accents removed). */
export const TITLE_WORDS_BY_LANGUAGE: Record<string, string> = {
  en: [
    "director directors manager president vice vp ceo cfo coo cto cmo cio founder cofounder co-founder owner partner principal",
    "associate executive officer head lead chief engineer consultant specialist coordinator representative rep agent broker",
    "advisor adviser analyst architect designer developer estimator craftsman technician supervisor superintendent foreman",
    "administrator assistant accountant attorney lawyer counsel paralegal veterinarian dentist hygienist physician surgeon",
    "chiropractor optometrist therapist nurse pharmacist realtor planner buyer purchasing sales marketing operations",
    "accounts payable receivable development secretary treasurer chair chairman chairwoman editor producer photographer chef",
    "instructor teacher professor trainer coach inspector appraiser underwriter recruiter strategist controller",
    "proprietor contractor electrician plumber carpenter installer mechanic programmer scientist researcher",
    "sommelier barista stylist artist illustrator writer author journalist translator interpreter tutor",
    "midwife paramedic pilot captain baker butcher brewer winemaker farmer landscaper arborist surveyor auditor",
    "operator dispatcher clerk receptionist concierge curator librarian pastor minister doctor medic optician",
  ].join(" "),
  fr: [
    "directeur directrice gerant gerante president presidente fondateur fondatrice responsable chef conseiller conseillere",
    "ingenieur ingenieure associe associee avocat avocate notaire comptable charge chargee gestionnaire adjoint adjointe",
    "commercial commerciale technicien technicienne attache attachee delegue deleguee agente courtier courtiere",
    "hygieniste infirmier infirmiere pharmacien pharmacienne medecin architecte photographe redacteur redactrice",
  ].join(" "),
  es: [
    "gerente jefe jefa coordinador coordinadora asesor asesora ejecutivo ejecutiva ingeniero ingeniera abogado abogada",
    "contador contadora presidenta fundador fundadora socio socia representante vendedor vendedora encargado encargada",
    "director directora subdirector subdirectora administrador administradora enfermera enfermero medico arquitecta",
    "arquitecto fotografo disenador disenadora",
  ].join(" "),
  de: [
    "geschaftsfuhrer geschaftsfuhrerin leiter leiterin inhaber inhaberin berater beraterin vertrieb verkauf einkauf",
    "prokurist prokuristin vorstand ingenieurin referent referentin sachbearbeiter sachbearbeiterin",
    "meister meisterin rechtsanwalt rechtsanwaltin steuerberater steuerberaterin architektin",
    "arzt arztin apotheker apothekerin fotograf fotografin architekt designerin kaufmann kauffrau",
  ].join(" "),
  it: "direttore direttrice responsabile titolare amministratore commerciale consulente",
};

export const TITLE_WORDS = new Set(Object.values(TITLE_WORDS_BY_LANGUAGE).join(" ").split(" "));

/** German compound endings that make a word a title ("Elektromeister", "Vertriebsleiterin"). */
export const TITLE_SUFFIXES =
  /(meister|meisterin|leiter|leiterin|fuhrer|fuhrerin|berater|beraterin|ingenieur|ingenieurin|manager|managerin|arzt|arztin|kaufmann|kauffrau)$/;

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
    // more trades (en)
    "hauling moving movers cleaning janitorial painting painters catering photography salon spa barbers dentistry",
    "orthodontics pharmacy optical vision chiropractic physiotherapy therapy counseling accounting bookkeeping tax",
    "mortgage lending loans wealth investments advisors advisory brewing brewery winery vineyards distillery farm farms",
    "ranch garage repair repairs heating cooling hvac mechanical solar energy power printing print signs graphics",
    "communications staffing recruiting security storage warehouse distribution wholesale retail boutique gallery",
    "florist flowers nursery pets grooming kennel daycare learning tutoring events productions films records music",
    "fitness yoga dance martial gym sports outfitters apparel jewelry optics machining welding fabricators tools",
    "hardware lumber millwork cabinets cabinetry flooring tile stone masonry concrete paving excavation demolition",
    "renovations remodeling restoration inspections surveying engineers labs diagnostics imaging clinics dental",
    // fr · es · de · it
    "associes conseil immobilier batiment gestion cabinet atelier boulangerie traiteur pharmacie etudes expertise",
    "servicios consultores abogados asociados inmobiliaria ingenieros construcciones distribuciones comercial talleres",
    "beratung planung verwaltung steuerberatung kanzlei praxis apotheke autohaus backerei architekten partner",
    "ingegneria costruzioni servizi studio consulenza",
    "pizzeria restaurant restaurante ristorante trattoria grill bistro diner bar pub kitchen tavern brasserie",
  ]
    .join(" ")
    .split(" "),
);

/** Marketing lines that are neither name, title nor company. */
export const TAGLINE_MARKS =
  /[!?%]|\s[·•]\s|\b(since|depuis|desde|seit|licensed|bonded|insured|open|daily|days|free|quality|best|call us|we |your |our )\b/i;
