// Introduction wordings, by language: that a message introduces someone, and the words right before their name.
import { HANDOVER, HANDOVER_RE, NAMED_CUE, SUCCESSOR } from "./cues";

// Wordings both tables below use (one source): en "connecting you with", "you should talk to"; nb/da/sv
// "introdusere deg", "presentera dig".
const EN_CONNECT = String.raw`connect(?:ing)? you(?: two)? with|put you in touch with`;
const EN_SHOULD = String.raw`you should (?:talk to|speak (?:to|with)|meet|call|connect with|get in touch with|reach out to)`;
// The writer gave the owner's details to the person they name ("I've passed your details to my colleague Mia Tan"):
// en; de "habe Ihre Kontaktdaten an Frau X weitergegeben"; fr "j'ai transmis vos coordonnées à"; es "le he pasado tus
// datos a"; it "ho passato i tuoi contatti a"; nl "heb je gegevens doorgegeven aan"; pt "passei o seu contato para"
// (a word ending in "à" is optional: the English table reads without the Unicode flag, whose \b fails after it).
const YOUR_DETAILS_TO = String.raw`(?:passed|given|forwarded|sent) (?:on )?your (?:contact )?(?:details|number|name|info|e-?mail(?: address)?) (?:on |along )?to|(?:deine|ihre) (?:kontaktdaten|nummer|daten|e-mail-adresse) an|(?:transmis|donné|passé) (?:tes|vos) coordonnées(?: à)?|(?:pasado|dado) (?:tus|sus) datos a|(?:passato|dato) i (?:tuoi|suoi) (?:contatti|dati|riferimenti) a|(?:je|uw) (?:gegevens|nummer) (?:doorgegeven|gegeven) aan|passei (?:o )?(?:seu|teu) (?:contato|contacto|número)(?: (?:para|ao|à|a))?`;
const NORDIC_INTRODUCE = String.raw`(?:introdusere|introducere|introducera|presentere|præsentere|presentera) (?:deg|dig|dere|jer|er)`;

/** Introduction wording, by language: the introduced person's name usually follows. */
export const INTRO_CUES: RegExp[] = [
  // Also "You should talk to my client Beatrice Lowe", "I'm referring my neighbour to you", "I gave her your number"
  // or "your name", "he's expecting your call" (one pass).
  /* en */ new RegExp(
    String.raw`\b(?:introduc(?:e|ing|tion)|${EN_CONNECT}|${YOUR_DETAILS_TO}|copying in|looping in|say hello to|${EN_SHOULD}|(?:i'm|i’m|i am) referring|(?:gave|passed) (?:him|her|them) your (?:name|number|details|e-?mail|contact)|(?:he|she|they)(?:'ll| will) be (?:in touch|reaching out|calling you)|(?:he|she|they)(?:'s|’s| is| are|'re|’re) expecting (?:your call|to hear from you))\b`,
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
  // ru "познакомить вас с", "знакомьтесь"; el "σας γνωρίζω"; cs "představuji vám", "seznámit vás"; hu "bemutatom", "szeretném
  // bemutatni"; fi "esittelen", "haluan esitellä"; tr "tanıştırmak istiyorum", "tanıştırayım"; zh "给您介绍一下", "引荐",
  // "我就推荐了你们" (I recommended you), "她的手机是 …" (her mobile is …); ja
  // "ご紹介します" (humble "ご紹介いたします"); ko "소개해 드립니다" (CJK without word edges).
  // el "σας γνωρίζω την κα …", "σου συστήνω τον …" (I introduce to you).
  /* ru, cs, hu, fi, tr, el, zh, ja, ko */ /(?<![\p{L}])(?:(?:σου|σας) (?:γνωρίζω|συστήνω)|να (?:σου|σας) (?:γνωρίσω|συστήσω)|познакомить (?:вас|тебя) с|знакомьтесь|představuji (?:vám|ti)|seznámit (?:vás|tě)|bemutatom|bemutatnám|szeretném bemutatni|esittelen|haluan esitellä|tanıştırmak|tanıştırayım)(?![\p{L}])|介绍一下|给您介绍|给你介绍|引荐|推荐了?(?:你们|您|你)|(?:她|他)的(?:手机|电话|微信)(?:号码?)?(?:是|：|:)|ご紹介します|ご紹介いたします|ご紹介致します|ご紹介させて|を紹介します|소개해 ?드|소개합니다/iu,
];

/** Wording right before the introduced person's name, by language (the name is read after it, case-sensitively). */
export const INTRO_NAME_CUES: RegExp[] = [
  // "Looping in Kenji Nakamura, who heads up IT": the one looped in (often the introducer's own colleague).
  /* en */ new RegExp(
    String.raw`\b(?:meet|introduc(?:e|ing)(?: you)?(?: to)?|looping in|say hello to|${EN_CONNECT}|${EN_SHOULD}|${YOUR_DETAILS_TO})\s+`,
    "gi",
  ),
  /* fr */ /\b(?:je (?:te|vous) présente|présenter)\s+/gi,
  /* en, it, es, fr, de, pt, nl, cs, pl, sv */ new RegExp(NAMED_CUE, "gi"),
  /* en, de, fr, es, it, nl */ new RegExp(SUCCESSOR, "gi"),
  /* es */ /\b(?:te|les|os) presento(?: a)?\s+/gi,
  /* it */ /\b(?:ti|vi|le) presento\s+/gi,
  /* pt */ /\bapresent(?:o|ar)(?:-lhe|-te|-vos)?(?: o| a)?\s+/gi,
  /* fr */ /\ben relation avec\s+/gi,
  /* es */ /\ben contacto con\s+/gi,
  /* it */ /\bin contatto con\s+/gi,
  // "darf ich Ihnen heute Herrn Dr. X vorstellen", "stelle ich Ihnen hiermit Frau X vor".
  /* de */ /\b(?:darf ich|möchte(?: ich)?|stelle ich) (?:dir|ihnen|euch)\s+(?:(?:heute|hiermit|gerne|gern|kurz)\s+)?(?:(?:herrn?|frau)\s+)?(?:dr\.\s*)?/gi,
  /* nl */ /\b(?:stel (?:ik )?(?:je|jullie|u) (?:graag |even )?voor aan|in contact met)\s+/gi,
  /* ro */ /(?:vă|îți|iti|va|te) prezint(?: pe)?\s+/gi,
  /* nb/da/sv */ new RegExp(String.raw`\b${NORDIC_INTRODUCE} (?:for|för) \s*`, "gi"),
  // el "Σου γνωρίζω την κα Ελένη …", "σας συστήνω τον κ. …": the article and the courtesy title before the name.
  /* el */ /(?:σου|σας) (?:γνωρίζω|συστήνω|γνωρίσω|συστήσω)(?: (?:τον|την|το))?\s+(?:(?:κ\.|κα\.?|κυρία|κύριο)\s+)?/giu,
  /* pl */ /(?:przedstawiam|przedstawić)(?: (?:ci|wam|pani|panu|państwu))?\s+/gi,
  /* en, de, fr, it, nl */ new RegExp(HANDOVER, "giu"),
  // "She's expecting your call - Mrs Margaret Hollis, mobile …": the one expecting the call, named right after (en).
  /* en */ /\b(?:he|she|they)(?:'s|’s| is| are|'re|’re) expecting (?:your call|to hear from you)\s*[-–—:,]\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?/gi,
  // Last: how the introducer knows them, when no other cue names them ("My neighbour Ana Ruiz needs a roofer. I gave
  // her your number.", "my brother-in-law …", "mon beau-frère", "mein Schwager"): en, fr, de, es, it, pt, nl.
  /* all */ /\b(?:(?:my|our) (?:good |old )?(?:friend|client|customer|neighbou?r|cousin|(?:brother|sister|son|daughter)(?:-in-law)?)|(?:mon|ma) (?:client|cliente|ami|amie|voisin|voisine|beau-frère|belle-sœur)|(?:mein(?:e|en)?) (?:kunde|kundin|kunden|freund|freundin|nachbar|nachbarin|nachbarn|schwager|schwägerin)|mi (?:cliente|amig[oa]|vecin[oa]|cuñad[oa])|(?:il mio|la mia) (?:cliente|amic[oa]|vicin[oa]|cognat[oa])|(?:o meu|a minha) (?:cliente|amig[oa]|vizinh[oa]|cunhad[oa])|mijn (?:klant|vriend|vriendin|buurman|buurvrouw|zwager|schoonzus))\s+/gi,
];
