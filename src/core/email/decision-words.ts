// Word tables for who decides: a note naming the decision maker, a pronoun for them, a person set aside ("not Johan").

/** The forwarder naming who decides ("the decision maker is Helen Cho"), by language. */
export const DECISION_MAKER_RES: RegExp[] = [
  // Also a contact handing over ("Hyun-woo Park takes over the tender") and the owner redirecting ("call Dana
  // Whitfield instead", "the one signing off"); whose the decision is ("the decision is Dr. Lim's", "la decisión es
  // de …", "die Entscheidung liegt bei …") and who owns the business ("he owns the practice", "die Inhaberin").
  /* en */ /\b(?:decision[- ]?makers?|makes the (?:call|decision)|decides|signs off|signing off|signs the (?:checks|cheques|contract)|holds the budget|calls the shots|real contact|(?:main|key) contact|(?:the (?:one|person) (?:to|you should)|who to) (?:call|ring|phone|e-?mail|talk to|speak (?:to|with)|contact|reach|chase|follow up with|deal with|pitch|go after)|(?:is|are|'s) the (?:one|person) deciding|takes over|is taking over|has taken over|instead|the (?:final )?decision is|(?:final )?(?:call|decision|say) (?:is|lies|rests) with|(?:it's|it is) (?:his|her|their) (?:call|decision)|owns the (?:business|company|practice|shop|firm|store|place)|is the owner|(?:call|ring|phone|contact|talk to|speak (?:to|with)) (?:the|their) owner|(?:the one|who(?:'s| is)) handling (?:this|it|the (?:job|project|order)))\b/i,
  /* fr */ /\b(?:décideu(?:r|se)|décide de tout|décisionnaire|(?:c'est|qui) (?:elle|lui) qui décide|qui décide|reprend le dossier|prend le relais|sa place|la décision (?:revient|appartient) à|(?:le|la) propriétaire)\b/i,
  /* es */ /\b(?:quien decide|decide todo|(?:el|la) que decide|toma (?:la|las) decisi(?:ón|ones)|decisor[a]?|se hace cargo|en su lugar|la decisión es de|(?:el|la) dueñ[oa]|quien (?:lleva|gestiona|se encarga de) (?:el tema|el asunto|esto|el proyecto|el pedido))\b/i,
  /* de */ /\b(?:entscheider(?:in)?|entscheidet|entscheidungsträger(?:in)?|übernimmt|stattdessen|die entscheidung liegt bei|(?:der|die) inhaber(?:in)?)\b/i,
  /* it */ /\b(?:chi decide|decide (?:lei|lui|tutto)|(?:lei|lui) che decide|decisore|decisionale|subentra|invece|la decisione spetta a|(?:il|la) titolare)\b/i,
  /* pt */ /\b(?:quem decide|decide tudo|decisor[a]?|em vez dele|em vez dela|em vez disso|a decisão é d[aeo]|(?:o|a) don[oa])\b/i,
  /* nl */ /\b(?:beslisser|beslist|beslissingsbevoegd|in plaats daarvan|neemt het over|de beslissing ligt bij|de eigena(?:ar|resse))\b/i,
  // sv "Hon bestämmer", "beslutsfattare"; nb/da "han bestemmer", "beslutningstager".
  // A note opening with whom to deal with ("Talk to Priya, not the front desk", pt "Falar com a Inês, não com a
  // secretaria", es "Habla con Lucía", fr "Parler avec Julien", de "Sprich mit Frau Lenz", it "Senti Marco", nl "Bel
  // met Sanne"): at a clause's start only, the owner's instruction, not a story ("she wants to talk to …"). Also whom to
  // call in it "chiama l'architetto Ferri", fr "appelle M. Roux", es "llama a la señora Ruiz" (not en "Ring Ciara
  // Thursday": English capitalises the weekday after the name). After a spaced dash too ("Her mum pays - deal with Patricia").
  /(?:^|\s[-–—]\s)\s*(?:please\s+)?(?:talk to|speak (?:to|with)|deal (?:directly )?with|chiam[ai](?= )|(?:appelle|appelez)(?= )|(?:llama|llame) al?|(?:falar|fale|ligar|ligue|liga|tratar|trate) (?:com|para)(?: [oa])?|(?:hablar|habla|hable|tratar|trata) con|(?:parler|parle|parlez|voir|voyez|vois) (?:à|avec|a)|(?:sprich|sprechen sie|rede|reden sie) mit|(?:parlare|parla|parli|senti|sentire) (?:con|a)|(?:praat|spreek|bel) met|bel(?= ))(?![\p{L}])/iu,
  // Who pays (a parent paying for a wedding, a company for its staff): en "is paying", "pays for it", "foots the bill",
  // de "zahlt", fr "paie / paye", es/it/pt "paga", nl "betaalt", sv/da/nb "betalar / betaler".
  /(?<![\p{L}])(?:is paying|(?:who|that)['’]?s paying|pays for (?:it|this|everything|the)|is footing the bill|foots the bill|zahlt|bezahlt|(?:qui )?pai(?:e|ent)|paye|(?:quien |chi |quem )?paga|betaalt|betalar|betaler)(?![\p{L}])/iu,
  /* sv, nb, da */ /\b(?:bestämmer|beslutar|beslutsfattare|bestemmer|beslutter|beslutningstager|beslutningstaker)\b/i,
  // fi "Aino on omistaja ja päättää" (decides), "päätöksen tekee …" (the decision is made by), "päättäjä" (decision maker).
  /* fi */ /(?<![\p{L}])(?:päättää|päätöksen tekee|päättäjä)(?![\p{L}])/iu,
  // pl "decyduje" (decides), "decydent(ka)", "decyzję podejmuje"; the owner's own next step "dzwonię do …" / "zadzwoń
  // do …", "dzwonić do …" (I am calling / call …) names the one to follow up.
  /* pl */ /(?<![\p{L}])(?:decyduje|decydent(?:ka)?|decyzj[eę] podejmuje|(?:dzwoni[eęć]|zadzwoń|zadzwonić|zadzwonię|dzwonimy) do)(?![\p{L}])/iu,
  // ar (Outlook/Gmail ar notes): "صاحبة الطلب هي …" (the one who made the request is …), "صاحب القرار" (the decision
  // maker), "هي من تعتمد العقد" (she is the one who approves the contract), "يتخذ القرار" (takes the decision).
  /* ar */ /صاحب(?:ة)? (?:الطلب|القرار)|(?:هو|هي) (?:من|الذي|التي) (?:يقرر|تقرر|يعتمد|تعتمد|يوقع|توقع)|(?:يتخذ|تتخذ) القرار|المسؤول(?:ة)? عن القرار/u,
];

/**
 * A pronoun standing for a person named earlier in the note ("Hon bestämmer", "è lui che decide", "She's the decision
 * maker"): en, fr, es, de, it, pt, nl, sv, nb/da.
 */
export const PERSON_PRONOUN_RE =
  /(?<![\p{L}])(?:he|she|they|him|her|il|elle|lui|él|ella|er|sie|ihn|ihr|lei|ele|ela|hij|zij|ze|han|hon|hun|henne|honom)(?![\p{L}])/iu;

/**
 * A person set aside by a negation ("Ingrid, not Johan", "non Marco", "inte Johan", "nicht Herr Maier", "pas Paul"),
 * also "no longer with X", "niet meer met X" (nl), "nicht mehr mit X" (de), "non più con X" (it), "rather than X" (en),
 * "plutôt que X" (fr), "statt X" (de), "en vez de X" (es), "invece di X" (it), "in plaats van X" (nl); with the article and
 * courtesy title the language puts before a surname (it "non la signora Conti", es "no el señor Ruiz", pt "não o senhor").
 */
export const NOT_THIS_PERSON_RE =
  /(?<![\p{L}])(?:not|non|inte|ikke|nicht|pas|no|niet|nie|rather than|instead of|plutôt que|statt|anstatt|en vez de|en lugar de|invece di|in plaats van)(?:\s+(?:longer|more|meer|mehr|plus|più|más|mais))?(?:\s+(?:with|met|mit|avec|con|com|med))?\s+(?:(?:(?:a\s+)?(?:la|il|el|al|o|a|de)\s+)?(?:Herrn?|Frau|Mr\.?|Ms\.?|Mrs\.?|M\.|Mme|[Ss]ignora|[Ss]ignor|[Ss]ig\.(?:ra)?|[Ss]eñora|[Ss]eñor|Sra?\.|[Ss]enhora|[Ss]enhor|[Mm]adame|[Mm]onsieur|[Mm]evrouw|de heer)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu;
