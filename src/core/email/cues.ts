// Word tables that tell what kind of message this is: introductions, handovers, pass-alongs, copied asides.

// Wordings both tables below use (one source): en "connecting you with", "you should talk to"; nb/da/sv
// "introdusere deg", "presentera dig".
const EN_CONNECT = String.raw`connect(?:ing)? you(?: two)? with|put you in touch with`;
const EN_SHOULD = String.raw`you should (?:talk to|speak (?:to|with)|meet|call|connect with|get in touch with|reach out to)`;
// A contact handing the matter over to a colleague named next: en "handing this over to", de "übernimmt (ab sofort)",
// "übergebe an", fr "je passe le relais à", it "passo la pratica a", nl "draag dit over aan".
const HANDOVER = String.raw`(?<![\p{L}])(?:hand(?:ing)? (?:this|it|you|things) (?:over|off) to|pass(?:ing)? (?:this|you) (?:over|on) to|übernimmt(?: ab sofort| ab jetzt| künftig)?|übergebe (?:ich )?(?:(?:das|den|die) \p{L}+ )?an|je (?:te |vous )?passe le relais à|passo (?:il testimone|la pratica) a|draag (?:dit|het) over aan)\s+`;
const NORDIC_INTRODUCE = String.raw`(?:introdusere|introducere|introducera|presentere|præsentere|presentera) (?:deg|dig|dere|jer|er)`;

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
const SUCCESSOR = String.raw`(?:(?:handled|managed|looked after|covered|serviced|taken over) by|(?:hand(?:ing)?|pass(?:ing)?) (?:you|your account|the account) (?:over )?to|your new (?:sales )?(?:rep|representative|account manager|contact|point of contact) (?:is|will be)|übergebe ich an|übergibt (?:er|sie) an|(?:ihr|ihre|euer|eure) (?:kundenkonto|konto|betreuung|account) übernimmt|(?:ihr|ihre) neue[rn]? ansprechpartner(?:in)? (?:ist|wird)|votre nouv(?:el|elle|eau) (?:interlocut(?:eur|rice)|contact|commercial|commerciale) (?:sera|est)|su nuev[oa] (?:contacto|representante|comercial) (?:será|es)|il suo nuovo referente (?:sarà|è)|uw nieuwe contactpersoon (?:is|wordt))\s+`;

/** A rep handing the account over to a successor (SUCCESSOR's wordings). */
export const HANDOVER_RE = new RegExp(SUCCESSOR, "i");

/** A handover to a colleague: on the lead's own company domain it refers nobody (no "Referral" source). */
// Also the name first: en "… who will take it from here", de "… wird das Projekt übernehmen", fr "… prendra le relais".
export const HANDS_OVER_RE = new RegExp(
  String.raw`${HANDOVER}|(?:will|['’]ll) take (?:it|this|things|over) from here|wird (?:das|den|die) \p{L}+ übernehmen|prendra le relais`,
  "iu",
);

/** Introduction wording, by language: the introduced person's name usually follows. */
export const INTRO_CUES: RegExp[] = [
  // Also "You should talk to my client Beatrice Lowe", "I'm referring my neighbour to you", "I gave her your number"
  // or "your name", "he's expecting your call" (one pass).
  /* en */ new RegExp(
    String.raw`\b(?:introduc(?:e|ing|tion)|${EN_CONNECT}|copying in|looping in|say hello to|${EN_SHOULD}|(?:i'm|i’m|i am) referring|(?:gave|passed) (?:him|her|them) your (?:name|number|details|e-?mail|contact)|(?:he|she|they)(?:'ll| will) be (?:in touch|reaching out|calling you)|(?:he|she|they)(?:'s|’s| is| are|'re|’re) expecting (?:your call|to hear from you))\b`,
    "i",
  ),
  /* en, de, fr, es, it, nl */ HANDOVER_RE,
  // "connecting you two", "wanted to connect the two of you", "connect you both": a direct intro (all clients).
  /* en */ /\bconnect(?:ing)? (?:you (?:two|both)|the two of you|you all)\b/i,
  // A broker or partner handing a person on: "Passing him along to you", "sending her your way" (all clients).
  /* en */ /\b(?:passing (?:him|her|them) (?:along|on)|sending (?:him|her|them) (?:your way|over to you))\b/i,
  /* en, de, fr, it, nl */ new RegExp(HANDOVER, "iu"),
  // "making the intro", "a quick e-intro", "double opt-in", "you two should talk", "Cc'ing Mark Ruiz, who …".
  /* en */ /\b(?:mak(?:e|ing) (?:the|this|an) (?:e-?)?intro|(?:e-?|virtual |quick |email )intro|double opt-?in|you (?:two|both) should (?:talk|meet|connect|know each other)|should (?:know|meet) each other)\b|(?:^|[.!?]\s+)(?:cc'?ing|cc’ing|copying)\s+\p{Lu}/imu,
  /* en */ /(?:\b[Mm]eet|^\s*\p{Lu}\p{L}+\s*[,:–—-]\s*meet)\s+\p{Lu}/mu,
  // "I've copied him here", "I'm cc'ing Omar", "adding Mia to this thread": the person copied is introduced.
  /* en */ /\b(?:i've|i’ve|i have|i'm|i’m|i am)\s+(?:also\s+)?(?:copied|cc'?d|cc’d|cc'?ing|cc’ing|copying|added|adding|included|including)\s+(?:him|her|them|\p{Lu})/iu,
  // also "Je me permets de mettre en copie Camille Rousseau" (the polite form).
  /* fr */ /\b(?:je (?:te |vous )?mets (?:en copie|en cc)|que je mets en copie|me permets de (?:vous |te )?mettre (?:en copie|en cc))\b/i,
  // "Je me permets de vous mettre en relation avec …", "je vous mets en relation", "mise en relation".
  /* fr */ /\b(?:mettre|mets|mettons|mise) en relation\b/i,
  // "breng ik je in contact met …", "met elkaar in contact", "stel ik je graag voor aan …".
  /* nl */ /\b(?:breng\w* (?:ik )?(?:je|jullie|u)\b.{0,30}\bin contact|met elkaar in contact|stel (?:ik )?(?:je|jullie|u) (?:graag |even )?(?:voor aan|aan elkaar voor)|aan elkaar voor(?: te)? ?stellen)\b/i,
  // "ti metto in contatto con …", "vi metto in contatto", "ti metto in copia X", "vi faccio conoscere".
  /* it */ /\b(?:(?:ti|vi|la|lo|le) metto in (?:contatto|copia)|(?:ti|vi) faccio conoscere)\b/i,
  // "I gave him your number" in other languages: es "le di tu número", fr "je lui ai donné ton numéro", de "ich habe
  // ihm deine Nummer gegeben", it "gli ho dato il tuo numero", pt "dei-lhe o teu número", nl "ik heb hem je nummer gegeven".
  /* es, fr, de, it, pt, nl */ /(?<![\p{L}])(?:le (?:di|pasé) (?:tu|su) (?:número|contacto|nombre)|je lui ai (?:donné|passé|transmis) (?:ton|votre|tes|vos) (?:numéro|nom|contact|coordonnées)|(?:ich )?habe (?:ihm|ihr) (?:deine|ihre) (?:nummer|kontaktdaten|karte) (?:gegeben|weitergegeben)|(?:gli|le) ho (?:dato|passato) il (?:tuo|suo) (?:numero|contatto|nome)|(?:dei|passei)(?:-lhe)? o (?:teu|seu) (?:número|contato|contacto|nome)|heb (?:hem|haar) (?:je|uw) (?:nummer|gegevens) (?:gegeven|doorgegeven))(?![\p{L}])/iu,
  // A customer passing on a friend's contact (name and number only): en "passing on a contact", "here's her number";
  // it "ti giro un contatto"; es "te paso el contacto"; fr "je te passe le numéro"; de "ich gebe dir die Nummer";
  // pt "te passo o contato"; nl "ik geef je het nummer".
  // Also a neighbour passed on with a name and number only: "His number is …", "Tell him Dana sent you".
  /* en, it, es, fr, de, pt, nl */ /\b(?:passing (?:on|along) (?:a|the|his|her) (?:contact|number)|here(?:'s|’s| is) (?:his|her) (?:number|contact)|(?:his|her) (?:cell|mobile|phone|number) is|tell (?:him|her|them) \w+ sent you|(?:ti|vi|le) (?:giro|passo|lascio) (?:un|il|i) (?:contatto|numero|recapito)|(?:te|os|le) (?:paso|dejo) (?:un|el) (?:contacto|número)|(?:je )?(?:te|vous) (?:passe|transmets|donne) (?:un|le|les) (?:contact|numéro|coordonnées)|(?:ich )?gebe (?:dir|ihnen|euch) (?:einen|den|die) (?:kontakt|nummer)|(?:te|lhe) passo (?:um|o) (?:contato|contacto|número)|(?:ik )?geef (?:je|u) (?:een|het) (?:contact|nummer))\b/i,
  // A greeting to both sides: "Hi both", "Hallo ihr beiden", "Bonjour à vous deux", "Hola a los dos", "Ciao a
  // entrambi", "Hoi allebei".
  /* all */ /^\s*(?:(?:hi|hello|hey) (?:both|you two)|hallo (?:ihr )?beide|hallo ihr zwei|bonjour (?:à )?(?:vous deux|tous (?:les )?deux)|hola (?:a )?(?:los dos|las dos|ambos|ambas)|ciao (?:a )?(?:entrambi|tutti e due|voi due)|(?:hoi|hallo|beste) (?:allebei|beiden))\b/imu,
  // "je fais les présentations", "faire les présentations".
  /* fr */ /\b(?:fais|faire|fait) les présentations\b/i,
  // "te pongo en contacto con …", "os pongo en contacto".
  /* es */ /\b(?:te|os|le|les) pongo en contacto\b/i,
  // Inverted word order and the Du/Ihr forms: "möchte ich Ihnen X vorstellen", "stelle ich Ihnen X vor",
  // "bringe ich euch zusammen"; the formal "bringe ich Sie hiermit zusammen" (the writer as subject, never "bringen Sie").
  /* de */ /\b(?:(?:möchte|darf|will|würde) (?:ich )?(?:dir|ihnen|euch)\b.{0,60}?\bvorstellen|stelle (?:ich )?(?:dir|ihnen|euch)\b.{0,60}?\bvor\b|bring\w* (?:ich )?(?:euch|sie beide)\b.{0,30}?\bzusammen|(?:bring\w* ich|ich bringe) sie\b.{0,30}?\bzusammen|miteinander (?:bekannt|in kontakt|vernetzen)|vernetze (?:ich )?(?:euch|sie|dich)\b)/i,
  /* de */ /\b(?:in (?:cc|kopie) (?:gesetzt|genommen))\b/i,
  /* es */ /\b(?:(?:te|os|le|les) pongo en copia|he puesto en copia|pongo en copia)\b/i,
  /* fr */ /\b(?:je (?:te|vous) présente|présentation|mettre en contact|mets en contact|en c\.?c\.?)\b/i,
  /* es */ /\b(?:te presento|les presento|os presento|quiero presentarte|presentación|poner(?:te|os)? en contacto)\b/i,
  /* de */ /\b(?:darf ich (?:dir|ihnen) .{0,40}vorstellen|möchte (?:dir|ihnen) .{0,40}vorstellen|stelle (?:dir|ihnen) .{0,30}vor|vorstellung|bekannt machen|in kontakt bringen)\b/i,
  /* it */ /\b(?:ti presento|vi presento|le presento|presentazione|mettervi in contatto)\b/i,
  /* pt */ /\b(?:apresento|apresentar|apresentação|colocar em contato)\b/i,
  // With, in the same pass: ro "Vă prezint pe …", "vă pun în legătură"; nb/da/sv "introdusere deg for", "presentera
  // dig för", "sette dere i kontakt"; pl "przedstawiam", "chciałbym przedstawić".
  /* nl, ro, nb, da, sv, pl */ new RegExp(
    String.raw`\b(?:stel (?:je|u) voor aan|voorstellen|introductie|in contact brengen|prezint|prezentare|pun în legătură|${NORDIC_INTRODUCE}\b|(?:sette|sætte|sätta) (?:dere|jer|er) i kontakt|przedstawiam|przedstawić|poznajcie się)\b`,
    "i",
  ),
  // ru "познакомить вас с", "знакомьтесь"; cs "představuji vám", "seznámit vás"; hu "bemutatom", "szeretném
  // bemutatni"; fi "esittelen", "haluan esitellä"; tr "tanıştırmak istiyorum", "tanıştırayım"; zh "给您介绍一下", "引荐",
  // "我就推荐了你们" (I recommended you), "她的手机是 …" (her mobile is …); ja
  // "ご紹介します" (humble "ご紹介いたします"); ko "소개해 드립니다" (CJK without word edges).
  /* ru, cs, hu, fi, tr, zh, ja, ko */ /(?<![\p{L}])(?:познакомить (?:вас|тебя) с|знакомьтесь|představuji (?:vám|ti)|seznámit (?:vás|tě)|bemutatom|bemutatnám|szeretném bemutatni|esittelen|haluan esitellä|tanıştırmak|tanıştırayım)(?![\p{L}])|介绍一下|给您介绍|给你介绍|引荐|推荐了?(?:你们|您|你)|(?:她|他)的(?:手机|电话|微信)(?:号码?)?(?:是|：|:)|ご紹介します|ご紹介いたします|ご紹介致します|ご紹介させて|を紹介します|소개해 ?드|소개합니다/iu,
];

/** Wording right before the introduced person's name, by language (the name is read after it, case-sensitively). */
export const INTRO_NAME_CUES: RegExp[] = [
  // "Looping in Kenji Nakamura, who heads up IT": the one looped in (often the introducer's own colleague).
  /* en */ new RegExp(
    String.raw`\b(?:meet|introduc(?:e|ing)(?: you)?(?: to)?|looping in|say hello to|${EN_CONNECT}|${EN_SHOULD})\s+`,
    "gi",
  ),
  /* fr */ /\b(?:je (?:te|vous) présente|présenter)\s+/gi,
  /* en, it, es, fr, de, pt, nl, cs, pl, sv */ new RegExp(NAMED_CUE, "gi"),
  /* en, de, fr, es, it, nl */ new RegExp(SUCCESSOR, "gi"),
  /* es */ /\b(?:te|les|os) presento(?: a)?\s+/gi,
  /* it */ /\b(?:ti|vi|le) presento\s+/gi,
  /* pt */ /\bapresento(?:-lhe|-te|-vos)?(?: o| a)?\s+/gi,
  /* fr */ /\ben relation avec\s+/gi,
  /* es */ /\ben contacto con\s+/gi,
  /* it */ /\bin contatto con\s+/gi,
  // "darf ich Ihnen heute Herrn Dr. X vorstellen", "stelle ich Ihnen hiermit Frau X vor".
  /* de */ /\b(?:darf ich|möchte(?: ich)?|stelle ich) (?:dir|ihnen|euch)\s+(?:(?:heute|hiermit|gerne|gern|kurz)\s+)?(?:(?:herrn?|frau)\s+)?(?:dr\.\s*)?/gi,
  /* nl */ /\b(?:stel (?:ik )?(?:je|jullie|u) (?:graag |even )?voor aan|in contact met)\s+/gi,
  /* ro */ /(?:vă|îți|iti|va|te) prezint(?: pe)?\s+/gi,
  /* nb/da/sv */ new RegExp(String.raw`\b${NORDIC_INTRODUCE} (?:for|för) \s*`, "gi"),
  /* pl */ /(?:przedstawiam|przedstawić)(?: (?:ci|wam|pani|panu|państwu))?\s+/gi,
  /* en, de, fr, it, nl */ new RegExp(HANDOVER, "giu"),
  // "She's expecting your call - Mrs Margaret Hollis, mobile …": the one expecting the call, named right after (en).
  /* en */ /\b(?:he|she|they)(?:'s|’s| is| are|'re|’re) expecting (?:your call|to hear from you)\s*[-–—:,]\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?/gi,
  // Last: how the introducer knows them, when no other cue names them ("My neighbour Ana Ruiz needs a roofer. I gave
  // her your number.", "my brother-in-law …", "mon beau-frère", "mein Schwager"): en, fr, de, es, it, pt, nl.
  /* all */ /\b(?:(?:my|our) (?:good |old )?(?:friend|client|customer|neighbou?r|cousin|(?:brother|sister|son|daughter)(?:-in-law)?)|(?:mon|ma) (?:client|cliente|ami|amie|voisin|voisine|beau-frère|belle-sœur)|(?:mein(?:e|en)?) (?:kunde|kundin|kunden|freund|freundin|nachbar|nachbarin|nachbarn|schwager|schwägerin)|mi (?:cliente|amig[oa]|vecin[oa]|cuñad[oa])|(?:il mio|la mia) (?:cliente|amic[oa]|vicin[oa]|cognat[oa])|(?:o meu|a minha) (?:cliente|amig[oa]|vizinh[oa]|cunhad[oa])|mijn (?:klant|vriend|vriendin|buurman|buurvrouw|zwager|schoonzus))\s+/gi,
];

/**
 * How an introducer relates to the person they name, between the cue and the name ("introduce my colleague Rachel
 * Green", "je te présente mon client …", "ich möchte Ihnen meine Kollegin … vorstellen"): en, fr, de, es, it, pt, nl.
 */
export const RELATION_BEFORE_NAME_RE =
  /^(?:(?:my|our) (?:good |old |dear |long-time |longtime )?(?:friend|colleague|client|customer|partner|business partner|associate|neighbou?r|contact|cousin|brother|sister|brother-in-law|sister-in-law|son|daughter|wife|husband)(?: and (?:friend|colleague|client))?,?\s+|(?:mon|ma|notre) (?:collègue|client|cliente|ami|amie|associée?|partenaire|voisin|voisine)\s+|(?:mein(?:e|en)?|unser(?:e|en)?) (?:kolleg(?:e|en|in)|kunden|kundin|freund|freundin|geschäftspartner(?:in)?)\s+|(?:a )?(?:mi|nuestro|nuestra) (?:compañer[oa]|colega|cliente|amig[oa]|soci[oa])\s+|(?:il mio|la mia|il nostro|la nostra) (?:collega|cliente|amic[oa]|socio|socia)\s+|(?:o meu|a minha|meu|minha) (?:colega|cliente|amig[oa]|sóci[oa])\s+|(?:mijn|onze) (?:collega|klant|vriend|vriendin|compagnon)\s+)/i;

/** A short note that only passes a message on ("sending him your way"). */
export const PASS_ALONG_RE =
  /\b(?:sending (?:him|her|them|this) your way|passing (?:this|it) (?:along|on)|forwarding|see below|one of our (?:members|clients|customers)|thought of you|for you|(?:this one'?s|it'?s) (?:all )?yours|over to you|can you (?:take|handle) (?:this|it)|referral|fyi|je te transf[eè]re|je vous transmets|ich leite|weitergeleitet|te reenv[ií]o|te paso|ti inoltro|(?:ti|vi) giro|encaminho|te encaminho|stuur (?:ik )?(?:je|u) door)\b/i;

const CC_WORDS =
  "cc|cc'?d|cc’d|bcc|copied(?: here| in)?|in copy|in cc|en copie|en c\\.?\\s?c\\.?|en cc|in kopie|in cc gesetzt|en copia|in copia|em cópia|em cc|in de cc|în copie|în cc|på kopi|i kopi|w kopii|w dw|v kopii|в копии|у копії|bilgide|cc['’]?de";

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
 * ko "(참조)", in full-width brackets too.
 */
export const COPIED_ASIDE_RE =
  /\p{L}\s*[(（](?:cc'?d|cc’d|copied(?: here| in)?|in copy|in cc|en copie|en cc|in kopie|en copia|in copia|em cópia|in de cc|w dw|w kopii|v kopii|в копии|у копії|bilgide|cc['’]?de|已抄送|抄送|已cc|ccに入れています|ccに入れております|ccに入れました|cc済み|참조)[)）]/iu;

/** The sender's own people before a name ("Our architect, Dana Lee (cc'd)"): en, fr, de, es, it, pt, nl. */
export const OWN_PARTY_RE =
  /\b(?:our|my|notre|nos|mon|ma|mes|unser\w*|mein\w*|nuestr[oa]s?|mis?|nostr[oa]|mi[oa]|nosso|nossa|meu|minha|onze|ons|mijn)\b/i;
