import path from "node:path";
import { describeFixtureTable, type FixtureCase } from "../../helpers/fixture-table";

// The tuning half of the fresh forwards written blind for issue 13 (wave/fwd): many clients and languages. Never
// the holdout (test/holdout/forwards), which is scored, not tuned on.
const DIR = path.resolve(__dirname, "../../fixtures/emails-forwards");
// The second blind set (wave/fwd2), aimed at follow-up wordings, national phone formats, titles, legal forms, sources.
const DIR2 = path.resolve(__dirname, "../../fixtures/emails-forwards2");

const CASES: FixtureCase[] = [
  ['"Director of Operations at X" in a Gmail intro whose subject names both sides', "g01-intro-gmail"],
  ['"VP, Development" is one title; the introduced person\'s phone from the intro', "g03-intro-outlook-web"],
  [
    'an Italian Thunderbird intro: "responsabile acquisti di … S.r.l."; "Richiamare giovedì" (a weekday ending in ì)',
    "g05-intro-thunderbird-it",
  ],
  [
    'a Dutch intro: "Joost van Leeuwen (cc), Hoofd Facilitaire Dienst bij …" — the particle and "Hoofd" as a title',
    "g06-intro-gmail-nl",
  ],
  [
    'a Spanish iOS forward quoted with ">": "gerente de … S.L.", the mobile given in the text, "Llamarla el jueves"',
    "g08-intro-ios-es",
  ],
  [
    'a Portuguese inbound mail: "Nogueira & Filhos, Lda.", a Lisbon number, the site in a tagline',
    "g10-inbound-gmail-pt",
  ],
  [
    'a Polish request attached as message/rfc822 (ISO-8859-2): "Kierownik Zakupów" is the title, "Sp. z o.o." the company, "kom." the mobile in Poland',
    "g11-inbound-attachment",
  ],
  [
    'a Swedish Outlook-web forward: "Mobil: 070-555 01 23" is Swedish, "ringa henne på fredag" a follow-up',
    "g12-inbound-outlook-web-sv",
  ],
  [
    "a note naming the lead above an expo's newsletter: the note's person, not the organiser",
    "g14-note-gmail",
  ],
  [
    'a German Outlook forward: "auf der LogiMAT-Messe" is a trade show, "in zwei Wochen nachfassen" a follow-up; the fax is not used',
    "g15-note-outlook-de",
  ],
  [
    'a French iOS forward: "au salon Batimat", "à rappeler mardi prochain", a French number',
    "g16-note-ios-fr",
  ],
  [
    'a Japanese note (ISO-2022-JP): "展示会" is a trade show, "来週月曜にフォロー" a follow-up, TEL 03 a Tokyo number, "営業部長" a title',
    "g19-note-outlook-web-ja",
  ],
  [
    'a forward of a forward: the customer at the bottom, referred by the landlord who passed it on; "call her Friday"',
    "g20-nested-gmail",
  ],
  [
    'an Italian forward of a forward (Outlook over Apple Mail): "Gentile Serramenti s.n.c.", "Titolare", a referral',
    "g21-nested-outlook-it",
  ],
  [
    'a Spanish signature: "Grupo Ortega Alimentación, S.A." keeps its comma and form; "Web:" gives the site',
    "g24-signature-gmail-es",
  ],
  [
    'a Norwegian Yahoo forward from "Haugen, Kristin": "Daglig leder" is the title, "Mob: 915 55 012" Norwegian',
    "g25-signature-yahoo-nb",
  ],
  [
    'an Outlook reply chain: the newest outside author ("the one who signs off"), the mobile he gives in his text',
    "g27-chain-outlook",
  ],
  ['a Russian Outlook-web chain: "ООО «Северный ветер»" and a Moscow number', "g29-chain-outlook-web-ru"],
  [
    'a note naming "Carla M." from a florist above a wrap-up mail; "20+ weddings a year" is no date, "Follow up Thursday" is',
    "g31-incomplete-gmail",
  ],
  [
    'a Polish note: "Kontakt z targów" is a trade show, "Nowak Meble Sp. z o.o." keeps its dotted form, "zadzwonić w poniedziałek" a follow-up',
    "g32-incomplete-outlook-pl",
  ],
  [
    "a French freemail sender: company and title from the signature, not the mailbox",
    "g34-freemail-yahoo-fr",
  ],
  [
    'a Gmail freemail sender: the shop and its site from the signature, "(305) 555-0187 cell"',
    "g35-freemail-gmail",
  ],
  ["an empty forward: no lead, flagged for review", "g37-bad-thunderbird"],
  ["a damaged multipart (broken boundary): the plain part is still read", "g39-bad-gmail"],
  ["a body over 1 MB: the lead from its start, flagged for review", "g40-bad-apple"],
];

/** Cases not right yet (kept visible: they fail loudly once fixed, to be moved up). */
const KNOWN_WEAK = new Set<string>([]);

describeFixtureTable("fresh forwards in many clients and languages (tuning set)", DIR, CASES, KNOWN_WEAK);

const CASES2: FixtureCase[] = [
  ['de: "nächste Woche Dienstag" is that Tuesday; "GmbH & Co. KG"; "Einkaufsleiterin"', "h01-note-gmail-de"],
  ['fr: "À relancer d\'ici vendredi"; "salon"; "Responsable commerciale"; "SARL"', "h02-note-outlook-fr"],
  ['es: "el martes que viene"; "Jefa de compras"; "S.L."', "h03-note-apple-es"],
  ['nl: "Over twee weken opnieuw bellen"; "beurs"; "Inkoopmanager"; "B.V."', "h04-note-outlook-web-nl"],
  ['sv: "på torsdag"; "Inköpschef" (a compound in -chef); a Swedish mobile', "h05-note-thunderbird-sv"],
  ['it: "Richiamarlo tra 10 giorni" (a verb with its pronoun); "fiera"', "h06-note-ios-it"],
  [
    'pl: "Zadzwonić w przyszły poniedziałek"; "na targach"; "Kierownik ds. sprzedaży"; "Sp. z o.o."',
    "h07-note-yahoo-pl",
  ],
  ['da: "på fredag"; "Indkøbschef"; "ApS"; an 8-digit Danish mobile', "h08-note-gmail-da"],
  ['en: "Follow up Dec 1"; "VP, Merchandising" is one title', "h09-note-outlook"],
  [
    'fi: the lead written into the note ("Tapasin hänet Slush-konferenssissa"); "Soita ensi maanantaina"',
    "h10-note-none-fi",
  ],
  [
    'de: a web form ("Kontaktformular") brings an inbound request; "Leiter Einkauf"',
    "h11-inbound-outlook-de",
  ],
  ['pt: "pelo formulário do site"; "Lda."; "Telemóvel" beats "Tel."', "h12-inbound-gmail-pt"],
  ['cs: "po našem webináři"; "Obchodní ředitel"; "s.r.o."', "h13-inbound-thunderbird-cs"],
  ['tr: "fuarda tanıştığımız"; "Satın Alma Müdürü"; "A.Ş."', "h14-inbound-outlook-web-tr"],
  ['ro: an intro in Romanian; "De sunat joi"; "SRL"', "h15-intro-gmail-ro"],
  ['en: an intro; "Call him Monday"; "Head of Procurement"', "h16-intro-outlook"],
  [
    'nb: an intro in Norwegian; "innkjøpssjef"; "AS"; "Ta kontakt etter jul" is no date',
    "h17-intro-apple-nb",
  ],
  [
    'it: a referral two forwards down ("Segnalata da"); "Ricontattarla lunedì"; "S.p.A."',
    "h18-nested-outlook-it",
  ],
  ['fr: a forward of a forward; "Directrice des achats"; "SAS"', "h19-nested-gmail-fr"],
  ['es-MX: "Grupo Méndez Industrial, S.A. de C.V."; a Mexican number', "h20-signature-outlook-es"],
  ['hu: "Beszerzési vezető"; "Kft."; a Hungarian mobile', "h21-signature-gmail-hu"],
  ['de: "übermorgen"; "Geschäftsführerin"; a referral ("Empfehlung")', "h22-signature-apple-de"],
  [
    'en-GB: "Chase in a fortnight"; "the Facilities Show at ExCeL"; a UK drama-range mobile',
    "h23-chain-outlook",
  ],
  ['es: a chain whose lead attended a webinar; "Llamar el 1 de diciembre"', "h24-chain-gmail-es"],
  [
    'nl: "Lead: Pieter de Graaf van … B.V." above a trade-fair newsletter; "Volgende week woensdag"',
    "h25-incomplete-gmail-nl",
  ],
  ['fr: a note naming the lead ("À rappeler demain" sent 23:40 -0500)', "h26-incomplete-ios-fr"],
  ['it: a freemail sender; "Titolare"; "Richiamare giovedì"', "h27-freemail-yahoo-it"],
  [
    'pl: an attached message from a freemail sender; "Referred by …", "Call him in 10 days"',
    "h28-freemail-attachment",
  ],
  ['pt-BR: "indicação do João"; "Ltda."; a São Paulo mobile', "h29-inbound-apple-pt"],
  ['sv: "webbinarium"; "Marknadschef"; "Mobil" beats "Tel", the fax skipped', "h30-inbound-outlook-sv"],
];

/** All right since wave/fixfwd (h10 a card typed in a note, h15 "De sunat joi", h24 "Asistí a vuestro webinar"). */
const KNOWN_WEAK2 = new Set<string>([]);

describeFixtureTable("fresh forwards, second blind set (tuning set)", DIR2, CASES2, KNOWN_WEAK2);

// The third blind set (wave/fwd3): 22 languages, 12 forward layouts (Lotus Notes, Zimbra, Proton, Samsung, CJK Outlook).
const DIR3 = path.resolve(__dirname, "../../fixtures/emails-forwards3");

const CASES3: FixtureCase[] = [
  [
    'en Gmail note: "(mobile)" after the number, the site in a tagline, "next Tuesday", an expo',
    "f01-note-gmail",
  ],
  [
    "fr Outlook intro: \"gérant de l'Atelier …\" (a preposition with an elided article), the site given on the person's domain",
    "f02-intro-outlook-fr",
  ],
  [
    'de Apple Mail inquiry: "am 3. März nachfassen" in a colleague\'s note; Dipl.-Ing.; the fax skipped',
    "f03-inquiry-apple-de",
  ],
  [
    'en-GB Thunderbird: "Last, First" display name, ", MBA", "(mobile)" after the number',
    "f04-signature-thunderbird",
  ],
  [
    'es Outlook web inquiry: "Lic." on the name line, Móvil after Tel., a web form is the source',
    "f05-inquiry-outlook-web-es",
  ],
  [
    'it iPhone note: "Inviato da iPhone" above the header, "richiamarla venerdì"; a named fair only',
    "f06-note-ios-it",
  ],
  [
    'pt-BR Gmail intro: the person in Cc, the mobile in prose, "ligar pra ela na quinta"',
    "f07-intro-gmail-pt",
  ],
  ["nl inquiry attached as message/rfc822: T/M labels, a colleague's note", "f08-inquiry-attachment-nl"],
  [
    "sv Yahoo note: a business card typed into the note above the forward; a named fair only",
    "f09-card-yahoo-sv",
  ],
  ['da Proton forward quoted with ">": Mobil/Web labels in quoted lines', "f10-signature-proton-da"],
  ['nb Samsung note: "nettverksmøtet" is a networking event, "ring tilbake tirsdag"', "f11-note-android-nb"],
  ['fi Outlook "-----Alkuperäinen viesti-----", an RFC 2047 subject', "f12-inquiry-outlook-fi"],
  [
    'pl Thunderbird intro: the person in "DW:", their signature pasted under the introducer\'s sign-off',
    "f13-intro-thunderbird-pl",
  ],
  ['cs Gmail signature: "Ing." on the name line, the owner\'s quoted mail below', "f14-signature-gmail-cs"],
  ['sk Zimbra thread: "vedúca nákupu" (a feminine title) in small letters', "f15-reply-zimbra-sk"],
  [
    'hu Lotus Notes: "Továbbította:" banner, year-first dates, memo labels alone without colons',
    "f16-inquiry-lotus-hu",
  ],
  [
    'ro Outlook web note: "de revenit pe 15 decembrie" (a Romanian month), a conference',
    "f17-note-outlook-web-ro",
  ],
  [
    'tr Apple Mail intro: "(bilgide)" marks the person, "Company\'de Title" after "Hanım"',
    "f18-intro-apple-tr",
  ],
  ['ru Gmail (KOI8-R): тел./моб., "заявка с сайта" is a website inquiry', "f19-inquiry-gmail-ru"],
  ["uk Outlook (windows-1251): ТОВ, моб. before тел.", "f20-signature-outlook-uk"],
  ['ja Gmail note: company and title over the name, "11月20日に電話する", 展示会', "f21-note-gmail-ja"],
  ['zh Outlook intro: 发件人/抄送 labels, "（已抄送）", "公司的采购经理"', "f22-intro-outlook-zh"],
  [
    'ko Outlook web: a card typed in the note, "(주)" company over title over name, "드림" sign-off, 엑스포',
    "f23-card-outlook-web-ko",
  ],
  ["fr Yahoo: the owner forwards from a personal mailbox of their own — no referral", "f24-inquiry-yahoo-fr"],
  [
    'de Gmail thread with a colleague: "Rückruf am Montag", a deadline in the thread is no follow-up',
    "f25-reply-gmail-de",
  ],
  ['en intro attached as message/rfc822: "runs procurement at …" gives no title', "f26-intro-attachment"],
  ['en-AU Apple Mail: ", CPA"; a lone "P" is Phone, "(Mobile)" after the number wins', "f27-signature-apple"],
  ['es-MX Thunderbird: "Ing.", ext., Cel., "Llámalo el jueves"', "f28-inquiry-thunderbird-es"],
  ['de-AT message/rfc822: ", M.Sc.", "Rückruf in 2 Wochen", Messe', "f29-note-attachment-de"],
  [
    'en HTML-only Outlook: the header table read label over value, "Last, First", direct vs cell, "call her back Dec 14"',
    "f30-inquiry-outlook",
  ],
];

/**
 * Not right yet: the note names the fair only by its own name ("Träffade henne på Elmia Subcontractor"), with no word
 * that says trade show, and the lead's message says nothing of the meeting: the source is left out (f09).
 */
const KNOWN_WEAK3 = new Set<string>(["f09-card-yahoo-sv"]);

describeFixtureTable("fresh forwards, third blind set (tuning set)", DIR3, CASES3, KNOWN_WEAK3);
