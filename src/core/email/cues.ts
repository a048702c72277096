// Word tables that tell what kind of message this is: introductions, handovers, pass-alongs, copied asides.

// A contact handing the matter over to a colleague named next: en "handing this over to", de "übernimmt (ab sofort)",
// "übergebe an", fr "je passe le relais à", it "passo la pratica a", nl "draag dit over aan".
export const HANDOVER = String.raw`(?<![\p{L}])(?:hand(?:ing)? (?:this|it|you|things) (?:over|off) to|pass(?:ing)? (?:this|you) (?:over|on) to|übernimmt(?: ab sofort| ab jetzt| künftig)?|übergebe (?:ich )?(?:(?:das|den|die) \p{L}+ )?an|je (?:te |vous )?passe le relais à|passo (?:il testimone|la pratica) a|draag (?:dit|het) over aan)\s+`;

/**
 * Naming a third person, the name following: en "her name is", "he's called", it "si chiama", es "se llama", fr
 * "elle s'appelle", de "sie heißt", pt "chama-se", nl "ze heet", cs "jmenuje se", pl "nazywa się", sv "hon heter".
 */
export const NAMED_CUE = String.raw`(?:(?:his|her|their) name is|(?:he|she)(?:'s| is) called|si chiama|se llama|(?:il|elle) s['’]appelle|(?:er|sie) heißt|chama-se|(?:hij|zij|ze) heet|jmenuje se|nazywa się|(?:han|hon) heter)\s+`;

/**
 * A supplier's rep handing the account to a successor, the successor's name following: en "your account will be
 * handled by", "handing you over to", "your new rep is"; de "übergebe ich an", "Ihre neue Ansprechpartnerin ist", "Ihr
 * Kundenkonto übernimmt (ab Januar) …";
 * fr "votre nouvel interlocuteur sera"; es "su nuevo representante será"; it "il suo nuovo referente sarà"; nl "uw
 * nieuwe contactpersoon is".
 */
export const SUCCESSOR = String.raw`(?:(?:handled|managed|looked after|covered|serviced|taken over) by|(?:hand(?:ing)?|pass(?:ing)?) (?:you|your account|the account) (?:over )?to|your new (?:sales )?(?:rep|representative|account manager|contact|point of contact) (?:is|will be)|übergebe ich an|übergibt (?:er|sie) an|(?:ihr|ihre|euer|eure) (?:kundenkonto|konto|betreuung|account) übernimmt|(?:ihr|ihre) neue[rn]? ansprechpartner(?:in)? (?:ist|wird)|votre nouv(?:el|elle|eau) (?:interlocut(?:eur|rice)|contact|commercial|commerciale) (?:sera|est)|su nuev[oa] (?:contacto|representante|comercial) (?:será|es)|il suo nuovo referente (?:sarà|è)|uw nieuwe contactpersoon (?:is|wordt))\s+`;

/** A rep handing the account over to a successor (SUCCESSOR's wordings). */
export const HANDOVER_RE = new RegExp(SUCCESSOR, "i");

/** A handover to a colleague: on the lead's own company domain it refers nobody (no "Referral" source). */
// Also the name first: en "… who will take it from here", de "… wird das Projekt übernehmen", fr "… prendra le relais";
// and below, the same in sv, nb/da, nl, fr, es, it, pt.
export const HANDS_OVER_RE = new RegExp(
  String.raw`${HANDOVER}|(?:will|['’]ll) take (?:it|this|things|over) from here|wird (?:das|den|die) \p{L}+ übernehmen|prendra le relais|` +
    // The name first, then the taking over: en "is taking over", sv "tar över", nb/da "tar over / overtager", nl "neemt
    // het over", fr "reprend le dossier", es "se hará cargo", it "subentra", pt "vai assumir".
    String.raw`(?:is|will be) taking (?:this |it )?over|tar över|tar over|overtager|neemt (?:het|dit) over|reprend le dossier|se hará cargo|subentra|vai assumir`,
  "iu",
);

/**
 * How an introducer relates to the person they name, between the cue and the name ("introduce my colleague Rachel
 * Green", "je te présente mon client …", "ich möchte Ihnen meine Kollegin … vorstellen"): en, fr, de, es, it, pt, nl.
 */
export const RELATION_BEFORE_NAME_RE =
  /^(?:(?:my|our) (?:good |old |dear |long-time |longtime )?(?:friend|colleague|client|customer|partner|business partner|associate|neighbou?r|contact|cousin|brother|sister|brother-in-law|sister-in-law|son|daughter|wife|husband)(?: and (?:friend|colleague|client))?,?\s+|(?:mon|ma|notre) (?:collègue|client|cliente|ami|amie|associée?|partenaire|voisin|voisine)\s+|(?:mein(?:e|en)?|unser(?:e|en)?) (?:kolleg(?:e|en|in)|kunden|kundin|freund|freundin|geschäftspartner(?:in)?)\s+|(?:a )?(?:mi|nuestro|nuestra) (?:compañer[oa]|colega|cliente|amig[oa]|soci[oa])\s+|(?:il mio|la mia|il nostro|la nostra) (?:collega|cliente|amic[oa]|socio|socia)\s+|(?:o meu|a minha|meu|minha) (?:colega|cliente|amig[oa]|sóci[oa])\s+|(?:mijn|onze) (?:collega|klant|vriend|vriendin|compagnon)\s+)/i;

/**
 * A short note that only passes a message on ("sending him your way"); ru "пересылаю", uk "пересилаю", cs "přeposílám", sk
 * "preposielam" ("I forward", Yandex/Mail.ru/Seznam forwards, whose attribution carries no subject).
 */
export const PASS_ALONG_RE =
  /\b(?:sending (?:him|her|them|this) your way|passing (?:this|it) (?:along|on)|forwarding|see below|one of our (?:members|clients|customers)|thought of you|for you|(?:this one'?s|it'?s) (?:all )?yours|over to you|can you (?:take|handle) (?:this|it)|referral|fyi|je te transf[eè]re|je vous transmets|ich leite|weitergeleitet|te reenv[ií]o|te paso|ti inoltro|(?:ti|vi) giro|encaminho|te encaminho|stuur (?:ik )?(?:je|u) door)\b|(?<![^\s,.!:;—-])(?:пересылаю|пересилаю|přeposílám|preposielam)(?![^\s,.!:;])/i;

export const CC_WORDS =
  "cc|cc'?d|cc’d|bcc|copied(?: here| in)?|in copy|in cc|en copie|en c\\.?\\s?c\\.?|en cc|in kopie|in cc gesetzt|en copia|in copia|em cópia|em cc|in de cc|în copie|în cc|på kopi|i kopi|w kopii|w dw|v kopii|в копии|у копії|bilgide|cc['’]?de|σε κοινοποίηση";

/**
 * Asides after an introduced person's name that say they are copied: en, fr, de, es, it, pt, nl (all clients), in
 * brackets or between commas ("Sophie Lemaire, en copie, responsable RH de …").
 */
export const CC_ASIDE_RE = new RegExp(
  `\\s*\\((?:${CC_WORDS})\\)|,\\s*(?:${CC_WORDS})(?=\\s*[,;:])|\\s*[(（](?:已抄送|抄送|已cc|cc済み|참조)[)）]`,
  "gi",
);

/**
 * Prepositions that say where someone works ("Director of Operations at Lakeview Dental Group"), by language; the
 * others (of, de, von, di …) also open a title's own complement ("Head of Marketing").
 */
export const WORKPLACE_PREPOSITIONS = new Set([
  "at",
  "with",
  "for", // en
  "chez",
  "pour", // fr
  "bei",
  "für", // de
  "en",
  "para", // es
  "presso",
  "per", // it
  "na",
  "no",
  "em", // pt
  "bij", // nl
  "hos",
  "på", // nb, da, sv
]);

/** A sender introducing themselves, the name follows: en, fr, de, es, it, pt, nl. */
export const SELF_INTRO_RE =
  /\b(?:i'?m|i’m|i am|my name is|this is|je suis|je m'appelle|je m’appelle|mon nom est|ich bin|mein name ist|ich heiße|soy|me llamo|mi nombre es|sono|mi chiamo|sou|meu nome é|chamo-me|ik ben|mijn naam is)\s+/i;

/**
 * A greeting that addresses two people ("Cole, Marisa -", "Noah and Devon,", "Hallo Jonas, hallo Miriam,", "Hola Carmen
 * y Andrés:", "Hoi Eva en Lars"): an introducer writing to both sides. en, de, fr, es, it, nl; all clients.
 */
export const GREETS_TWO_RE =
  /^(?:(?:hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|salut|chers?|hola|estimad[oa]s?|ciao|cari|hoi|beste|dag)\s+)?(\p{Lu}[\p{L}'’-]+)\s*(?:,|&|\+|and|und|et|y|e|en)\s*(?:(?:hi|hello|hallo|liebe[rs]?|bonjour|hola|ciao|hoi|beste)\s+)?(\p{Lu}[\p{L}'’-]+)\s*(?:[,:!–—-]|$)/iu;

/**
 * Subjects that say the message introduces two people ("Aaron <> Kira (Westfield Dental)", "Intro: …",
 * "Vorstellung …", "Mise en relation", "Presentación", "Kennismaking"): all clients, en/de/fr/es/it/nl; tr "Tanışma",
 * pl "Przedstawienie", cs "Představení", ru "Знакомство", zh "介绍", ja "紹介", ko "소개".
 */
export const INTRO_SUBJECT_RE =
  /\p{L}\s*<-?>\s*\p{L}|\b(?:intro(?! (?:call|meeting|chat|session|pack|offer))|introduction(?! (?:call|meeting|to our))|introducing|vorstellung|kennenlernen|présentation|présentations|mise en relation|mets en relation|presentación|presentazione|kennismaking|tanışma|tanıştırma|przedstawienie|představení|знакомство)\b|介绍|介紹|紹介|소개/iu;

/**
 * The writer tells the reader to contact a third person ("reach out to her directly", "Hör av dig till honom"): with
 * an address written beside the person's name, a referral in prose. en, sv, nb/da, de, fr, es, it, nl ("is hij
 * bereikbaar"), pt, cs "kontaktujte ji", pl "skontaktuj się z nią".
 */
export const CONTACT_THEM_RE =
  /\b(?:reach out to (?:him|her|them)|get in touch with (?:him|her|them)|contact (?:him|her|them)|drop (?:him|her|them) a (?:line|note)|give (?:him|her|them) a (?:call|ring)|(?:email|e-mail|call) (?:him|her|them) (?:directly|direct)|hör av dig (?:direkt )?till (?:honom|henne|dem)|kontakta (?:honom|henne|dem)|ta kontakt med (?:honom|henne|ham|dem)|(?:melde dich|melden sie sich) (?:direkt )?bei (?:ihm|ihr|ihnen)|kontaktiere (?:ihn|sie)|contacte[sz]?-(?:le|la|les)|écris-lui|écrivez-lui|escr[ií]bele|ll[aá]mal[oa]|cont[aá]ctal[oa]|contattal[oa]|scrivigli|scrivile|neem (?:direct )?contact met (?:hem|haar) op|(?:is|zijn) (?:hij|zij|ze) (?:\w+ )?bereikbaar|(?:hij|zij|ze) is (?:\w+ )?bereikbaar|entre em contato com (?:ele|ela)|kontaktujte (?:ji|jej|ho|je)|skontaktuj(?:cie)? się z (?:nią|nim))\b/i;

/**
 * A name with a copied aside, "here's Cole Parker (cc'd)", "Julien Marchand (en copie)" (all languages); also pl
 * "(w DW)", "(w kopii)", cs/sk "(v kopii)", ru "(в копии)", tr "(bilgide)", "(cc'de)", zh "（已抄送）", ja "（CCに入れています）",
 * ko "(참조)", el "(σε κοινοποίηση)", in full-width brackets too.
 */
export const COPIED_ASIDE_RE =
  /\p{L}\s*[(（](?:cc'?d|cc’d|copied(?: here| in)?|in copy|in cc|en copie|en cc|in kopie|en copia|in copia|em cópia|in de cc|w dw|w kopii|v kopii|в копии|у копії|bilgide|cc['’]?de|σε κοινοποίηση|已抄送|抄送|已cc|ccに入れています|ccに入れております|ccに入れました|cc済み|참조)[)）]/iu;

/** The sender's own people before a name ("Our architect, Dana Lee (cc'd)"): en, fr, de, es, it, pt, nl. */
export const OWN_PARTY_RE =
  /\b(?:our|my|notre|nos|mon|ma|mes|unser\w*|mein\w*|nuestr[oa]s?|mis?|nostr[oa]|mi[oa]|nosso|nossa|meu|minha|onze|ons|mijn)\b/i;
