// The general causes behind the blind "final5" set's misses (who the lead is in mail a small business gets), in fresh wordings.
import { decodeBytes } from "../../../src/core/email/bytes";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 10 Nov 2026 09:30:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, cc = "", subject = "Quote") =>
  forwardedMessage("Mon, 9 Nov 2026 09:00", from, body, { cc, subject });

/** A supplier's rep hands the account to a colleague copied from the same company, named after other words. */
const handovers: Case[] = [
  [
    'de: "Ihr Konto übernimmt ab März meine Kollegin Lea Brandt (in Kopie)": the colleague copied, passed on (referral)',
    note(
      "Neue Ansprechpartnerin beim Holzlieferanten",
      fwd(
        "Frank Oster <f.oster@holzwerk-nord.example>",
        "Sehr geehrter Herr Person,\n\nich gehe zum Jahresende in den Ruhestand. Ihr Konto übernimmt ab März meine Kollegin Lea Brandt (in Kopie).\n\nMit freundlichen Grüßen\nFrank Oster\nVertrieb\nHolzwerk Nord GmbH",
        "Lea Brandt <l.brandt@holzwerk-nord.example>",
      ),
    ),
    { name: "Lea Brandt", email: "l.brandt@holzwerk-nord.example", source: "Referral: Frank Oster" },
    [],
  ],
  [
    "en: \"I'm handing this over to our senior rep, Tom Alvarez (cc'd)\": the copied colleague, not the writer",
    note(
      "New rep for the paper account",
      fwd(
        "Gina Holt <gina@paperco-supply.example>",
        "Hi,\n\nI'm moving to our Denver branch next month, so I'm handing this over to our senior rep, Tom Alvarez (cc'd).\n\nBest,\nGina Holt\nAccount Manager\nPaperCo Supply",
        "Tom Alvarez <tom.alvarez@paperco-supply.example>",
      ),
    ),
    { name: "Tom Alvarez", email: "tom.alvarez@paperco-supply.example" },
    [],
  ],
];

/** Someone writes for a person copied or reachable at their own address: that person, with the title said before. */
const writtenFor: Case[] = [
  [
    'en: "on behalf of our Managing Partner, Ms. Grace Whitlow (copied)": the principal, with the title said before her name',
    inbound(
      "Tara Quinn <tquinn@whitlow-law.example>",
      "Office move",
      "Hello,\n\nI'm writing on behalf of our Managing Partner, Ms. Grace Whitlow (copied). We are moving offices in January and need a quote.\n\nThank you,\nTara Quinn\nReception | Whitlow Law",
      { cc: "Grace Whitlow <gwhitlow@whitlow-law.example>" },
    ),
    { name: "Grace Whitlow", email: "gwhitlow@whitlow-law.example", title: "Managing Partner" },
    ["source"],
  ],
  [
    'fr: "de la part de notre directrice générale, Mme Claire Fontaine (en copie)": la directrice, son titre',
    inbound(
      "Lucie Marchal <l.marchal@fontaine-textile.example>",
      "Demande de devis",
      "Bonjour,\n\nJe vous écris de la part de notre directrice générale, Mme Claire Fontaine (en copie), au sujet de nos locaux.\n\nCordialement,\nLucie Marchal\nAssistante",
      { cc: "Claire Fontaine <c.fontaine@fontaine-textile.example>" },
    ),
    { name: "Claire Fontaine", email: "c.fontaine@fontaine-textile.example", title: "directrice générale" },
    [],
  ],
  [
    'pt-BR: "Sou a Bia, filha do Jorge Pires … e-mail jorge.pires@…": the father, at the address written for him, his Brazilian mobile',
    note(
      "Orçamento",
      fwd(
        "Beatriz Pires <bia.pires@correio.example>",
        "Boa tarde!\n\nSou a Bia, filha do Jorge Pires. Ele quer reformar o banheiro e pediu para eu escrever. É melhor falar direto com ele: celular (21) 95555-0147, e-mail jorge.pires@correio.example.\n\nObrigada!\nBia",
      ),
    ),
    { name: "Jorge Pires", email: "jorge.pires@correio.example", phone: "+5521955550147" },
    [],
  ],
  [
    'en: "emailing for my husband, Derek Vaughn … derek.vaughn@…": the husband at his own address, not the writer',
    note(
      "",
      fwd(
        "Alice Vaughn <alice.v@mailbox.example>",
        "Hi there,\n\nI'm emailing for my husband, Derek Vaughn, who is managing our deck project. Please deal with him directly at derek.vaughn@mailbox.example.\n\nThanks,\nAlice",
      ),
    ),
    { name: "Derek Vaughn", email: "derek.vaughn@mailbox.example" },
    [],
  ],
];

/** An attendee list's name column, by its header, even with a name particle; the list's event is the source. */
const listedRows: Case[] = [
  [
    'nl: "Naam" column "Pieter van den Berg" (lower-case particles) and a "Netwerkborrel" list: Networking event',
    note(
      "Pieter van den Berg wil een offerte. Bellen.",
      fwd(
        "Ondernemers Zuid <events@ondernemers-zuid.example>",
        "Beste deelnemers,\n\nNaam | Bedrijf | E-mail\nPieter van den Berg | Van den Berg Installatie | pieter@vdberg-inst.example\nKaren Smits | Smits Schilders | karen@smits-schilders.example\n\nTot de volgende keer!",
        "",
        "Deelnemers Netwerkborrel Zuid",
      ),
      "Fwd: Deelnemers Netwerkborrel Zuid",
    ),
    { name: "Pieter van den Berg", email: "pieter@vdberg-inst.example", source: "Networking event" },
    [],
  ],
  [
    'de: "Name" column "Anna von Stein" beside a company column of capitalised words: the name column',
    note(
      "Anna von Stein anrufen",
      fwd(
        "Messe Team <team@messe-sued.example>",
        "Ihre Leads:\n\nName | Firma | E-Mail\nAnna von Stein | Stein Küchen Studio | anna@stein-kuechen.example\nBernd Kuhl | Kuhl Bau | b.kuhl@kuhlbau.example",
      ),
    ),
    { name: "Anna von Stein", email: "anna@stein-kuechen.example", company: "Stein Küchen Studio" },
    [],
  ],
];

/** A site's form that asks for first and last name apart: both, in that order. */
const forms: Case[] = [
  [
    'it: "Nome: Luca" and "Cognome: Ferri" are first and last name',
    inbound(
      "Sito Web <wordpress@bottega-rossi.example>",
      "Nuovo messaggio dal modulo di contatto",
      "Nome: Luca\nCognome: Ferri\nEmail: luca.ferri@posta.example\nTelefono: +39 333 555 0190\nMessaggio: Vorrei un preventivo.",
    ),
    { name: "Luca Ferri", email: "luca.ferri@posta.example" },
    [],
  ],
  [
    'nl: "Voornaam: Joris" and "Achternaam: Visser"',
    inbound(
      "Website <noreply@visser-tuinen.example>",
      "Nieuw formulier via de website",
      "Voornaam: Joris\nAchternaam: Visser\nE-mail: joris.visser@mail.example\nBericht: Graag een offerte.",
    ),
    { name: "Joris Visser", email: "joris.visser@mail.example" },
    [],
  ],
];

/** A household's shared mailbox signed by one of the family, who names no one else: the signer. */
const households: Case[] = [
  [
    'pl: "Rodzina Kowalskich" signed "Pozdrawiam / Magda Kowalska": Magda, at the family address',
    note(
      "",
      fwd(
        "Rodzina Kowalskich <kowalscy@poczta.example>",
        "Dzień dobry,\n\nproszę o wycenę okien do domu.\n\nPozdrawiam\nMagda Kowalska",
      ),
    ),
    { name: "Magda Kowalska", email: "kowalscy@poczta.example" },
    [],
  ],
  [
    'en: "The Morrisons" signed "Thanks, / Helen Morrison": Helen',
    note(
      "",
      fwd(
        "The Morrisons <morrisons.home@mailbox.example>",
        "Hi,\n\nWe'd like a quote for a new fence.\n\nThanks,\nHelen Morrison",
      ),
    ),
    { name: "Helen Morrison", email: "morrisons.home@mailbox.example" },
    [],
  ],
];

/** A network's "X has sent you a message" in Nordic languages: the member, and a number read in their country. */
const notifications: Case[] = [
  [
    'sv: "Johan har skickat ett meddelande till dig", "Ring mig på 070-555 01 45": the member and his Swedish mobile',
    note(
      "Ring honom.",
      fwd(
        "Johan Berg via Nätverket <messaging-noreply@natverket.example>",
        "Johan Berg\nInköpschef på Berg Bygg AB\n\nHej! Vi behöver hjälp med städning av kontoret. Ring mig på 070-555 01 45.\n\nSvara",
        "",
        "Johan har skickat ett meddelande till dig",
      ),
      "VB: Johan har skickat ett meddelande till dig",
    ),
    { name: "Johan Berg", phone: "+46705550145", company: "Berg Bygg AB" },
    [],
  ],
  [
    'nb: "Kari har sendt deg en melding": the member the notice names',
    note(
      "",
      fwd(
        "Kari Lunde via Nettverket <messages-noreply@nettverket.example>",
        "Kari Lunde\nDaglig leder i Lunde Regnskap AS\n\nHei! Kan dere sende et tilbud? Skriv til kari@lunde-regnskap.example\n\nSvar",
        "",
        "Kari har sendt deg en melding",
      ),
      "VS: Kari har sendt deg en melding",
    ),
    { name: "Kari Lunde", email: "kari@lunde-regnskap.example" },
    [],
  ],
];

/** An outside friend forwards someone's mail with a short note ("ti giro la mail"): the one who wrote it. */
const passedOn: Case[] = [
  [
    'it: "ti giro la mail del mio vicino": the neighbour who wrote it, referred by the friend',
    note(
      "dal mio amico Dario",
      fwd(
        "Dario Neri <dario.neri@posta.example>",
        "Ciao,\nti giro la mail del mio vicino, è una persona seria.\nDario\n\n---------- Forwarded message ---------\nDa: Enzo Galli <enzo.galli@galli-forni.example>\nDate: dom 8 nov 2026\nSubject: forno\nTo: Dario Neri <dario.neri@posta.example>\n\nCiao Dario,\nmi passi il contatto di chi ti ha fatto il forno?\n\nEnzo Galli\nGalli Forni",
      ),
    ),
    { name: "Enzo Galli", email: "enzo.galli@galli-forni.example", source: "Referral: Dario Neri" },
    [],
  ],
];

/** zh: a customer recommends a friend or client by name, with their mobile and address written, nobody copied. */
const chinese: Case[] = [
  [
    'zh: "我有个客户张伟，… 我推荐了你们。他的手机是 139 5550 0188": 张伟, his address, a Chinese mobile',
    inbound(
      "刘洋 <liuyang@trade-co.example>",
      "推荐一位客户",
      "您好！\n\n我有个客户张伟，想装修办公室，我推荐了你们。他的手机是 139 5550 0188，邮箱 zhangwei@mail-cn.example。\n\n祝好！\n刘洋",
    ),
    { name: "张伟", email: "zhangwei@mail-cn.example", phone: "+8613955500188" },
    [],
  ],
  [
    'zh: "给您介绍一下王芳，她的电话是 …": 王芳, at the address written for her',
    inbound(
      "赵强 <zhaoqiang@build-co.example>",
      "介绍",
      "您好！\n\n给您介绍一下王芳，她想做店面设计。她的电话是 021-5555 0123，邮箱 wangfang@shop-cn.example。\n\n赵强",
    ),
    { name: "王芳", email: "wangfang@shop-cn.example" },
    [],
  ],
];

describe("who the lead is, and their fields, in the causes of the blind final5 set", () => {
  test.each([
    ...handovers,
    ...writtenFor,
    ...listedRows,
    ...forms,
    ...households,
    ...notifications,
    ...passedOn,
    ...chinese,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describe("charset labels some clients write", () => {
  test.each([
    ["Foxmail's eucgb2312_cn", "eucgb2312_cn", "gb2312"],
    ["x-gbk", "x-gbk", "gbk"],
    ["x-sjis", "x-sjis", "shift_jis"],
  ])("%s is decoded as the standard charset", (_why, label, standard) => {
    const seen: string[] = [];
    decodeBytes([0xc0, 0xee], label, (_b, cs) => {
      seen.push(cs);
      return "ok";
    });
    expect(seen).toEqual([standard]);
  });
});
