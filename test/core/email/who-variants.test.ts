// The neighbours of each cause found in the blind "who" set, as other senders, list software and languages write them.
import { isLeadsOwnEvent, sourceFromNote } from "../../../src/core/email/note";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Fri, 13 Mar 2026 10:30:00 -0400");

const POST =
  "Hi all,\n\nWe need a landscape architect for a 12-lot subdivision. Recommendations welcome.\n\nPriscilla Vance\nDevelopment Lead\nVance Homes\nc. 503-555-0144";
const PRISCILLA: Partial<Lead> = {
  name: "Priscilla Vance",
  email: "pvance@vance-homes.example.com",
  phone: "+15035550144",
  company: "Vance Homes",
};

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const cases: Case[] = [
  // Mailing lists: the member behind the list's From, never the list or the footer's people.
  [
    "Mailman's DMARC rewrite (\"X via list\") with the poster in Reply-To; the Mailman footer's admin is not read",
    inbound(
      "Priscilla Vance via builders <builders@lists.builders.example.org>",
      "[builders] Landscape architect?",
      `${POST}\n_______________________________________________\nbuilders mailing list\nbuilders@lists.builders.example.org\nList admin: Gil Navarro <gil@builders.example.org>\nhttps://lists.builders.example.org/mailman/listinfo/builders`,
      { replyTo: "Priscilla Vance <pvance@vance-homes.example.com>" },
    ),
    PRISCILLA,
    [],
  ],
  [
    'groups.io keeps the member\'s address in the local part ("pvance=vance-homes.example.com@groups.io")',
    inbound(
      "Priscilla Vance via groups.io <pvance=vance-homes.example.com@groups.io>",
      "[builders] Landscape architect?",
      `${POST}\n\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\nGroup Owner: builders+owner@groups.io`,
      { replyTo: "builders@groups.io" },
    ),
    PRISCILLA,
    [],
  ],
  [
    "a list post whose From was not rewritten: the Google Groups footer is no newsletter's, the poster is the lead",
    inbound(
      "Priscilla Vance <pvance@vance-homes.example.com>",
      "[builders] Landscape architect?",
      `${POST}\n\n--\nYou received this message because you are subscribed to the Google Groups "Builders" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to builders+unsubscribe@googlegroups.example.com.`,
    ),
    PRISCILLA,
    [],
  ],
  [
    "a forwarded Google Groups post keeps no Reply-To: the member, by the address they sign with",
    note(
      "Worth a call.",
      `From: 'Priscilla Vance' via Builders <builders@googlegroups.example.com>\nDate: Thu, Mar 12, 2026 at 9:00 AM\nSubject: [builders] Landscape architect?\nTo: Builders <builders@googlegroups.example.com>\n\n${POST}\npvance@vance-homes.example.com\n\n--\nYou received this message because you are subscribed to the Google Groups "Builders" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to builders+unsubscribe@googlegroups.example.com.`,
    ),
    PRISCILLA,
    [],
  ],
  // Notes above a fair's mailing: the note's person, never the organiser (nl, it, pt mailings too).
  [
    '"Lead: Pieter de Graaf van Graaf Installatietechniek B.V." above a Dutch fair\'s newsletter: name, then company',
    note(
      "Lead: Pieter de Graaf van Graaf Installatietechniek B.V., gesproken op de beurs.",
      "From: Installatie Vakbeurs <nieuws@installatie-vakbeurs.example.nl>\nDate: Thu, Nov 13, 2025 at 6:00 PM\nSubject: Bedankt voor uw bezoek\nTo: <owner@owner-co.example.com>\n\nBedankt voor uw bezoek aan de beurs!\nTelefoon: 0183 555 010\n\nJe ontvangt deze nieuwsbrief als bezoeker. Afmelden",
    ),
    { name: "Pieter de Graaf", company: "Graaf Installatietechniek B.V.", source: "Trade show" },
    ["email", "phone"],
  ],
  // Network notifications: the member, not the network.
  [
    'a German network notification ("X hat Ihnen eine Nachricht gesendet") with the member\'s headline',
    inbound(
      "XNet <mailrobot@mail.xnet.example>",
      "Lena Brandt hat Ihnen eine Nachricht gesendet",
      "Lena Brandt\nLeiterin Einkauf bei Brandt Logistik GmbH\n\n„Guten Tag, wir planen eine Hausmesse. Erreichbar unter lena.brandt@brandt-logistik.example.de“\n\nNachricht beantworten",
    ),
    {
      name: "Lena Brandt",
      email: "lena.brandt@brandt-logistik.example.de",
      title: "Leiterin Einkauf",
      company: "Brandt Logistik GmbH",
    },
    [],
  ],
  [
    'an English notification "X just messaged you" whose headline lists title and company with a bar',
    inbound(
      "Linkd <messaging-digest-noreply@linkd.example>",
      "Joaquim just messaged you",
      "Joaquim Ferreira\nHead of Procurement | Atlântico Hotels Group\n\nJoaquim Ferreira sent you a new message:\n\nCould you quote the AV for our May conference? joaquim@atlantico-hotels.example.pt\n\nReply",
    ),
    {
      name: "Joaquim Ferreira",
      email: "joaquim@atlantico-hotels.example.pt",
      title: "Head of Procurement",
      company: "Atlântico Hotels Group",
    },
    [],
  ],
  [
    'a French notification ("Nouveau message de X") forwarded by the owner: the member, never the network',
    note(
      "",
      "From: Réseau Pro <notifications-noreply@reseaupro.example>\nDate: Thu, Mar 12, 2026 at 9:00 AM\nSubject: Nouveau message de Camille Roche\nTo: <owner@owner-co.example.com>\n\nCamille Roche\nDirectrice technique chez Roche Événements\n\nBonjour, pouvez-vous me rappeler ? camille@roche-evenements.example.fr\n\nVoir le message",
      "Fwd: Nouveau message de Camille Roche",
    ),
    { name: "Camille Roche", email: "camille@roche-evenements.example.fr", company: "Roche Événements" },
    [],
  ],
  // System senders: the person in the notice, never the service.
  [
    'a marketplace\'s lead notice from "leads@" with a "Customer:" field',
    inbound(
      "HomeProz <leads@homeproz.example>",
      "You have a new lead: Darnell Price requested a roofing quote",
      "Hi Tom,\n\nDarnell Price is looking for a roofer near you.\n\nCustomer: Darnell Price\nPhone: (614) 555-0188\nEmail: dprice@price-family.example\nProject: Replace shingle roof\n\nHomeProz, Inc. · 500 Example Blvd, Austin, TX 78701\nUnsubscribe from lead alerts",
    ),
    { name: "Darnell Price", email: "dprice@price-family.example", phone: "+16145550188" },
    [],
  ],
  [
    'a marketplace notice "Dwayne R. wants a quote for Deck Staining" with only a phone field: the partial name',
    note(
      "Came in through TaskNest, called him already.",
      "From: TaskNest Pro <leads@tasknest.example.com>\nDate: Mon, Nov 17, 2025 at 2:47 PM\nSubject: Dwayne R. wants a quote for Deck Staining\nTo: <owner@owner-co.example.com>\n\nYou have a new lead!\n\nDwayne R. in Oak Park, IL 60302\nDeck Staining or Sealing\n\nPhone: (708) 555-0178\n\nTaskNest, Inc. · 500 Demo Blvd · San Francisco, CA",
      "Fwd: Dwayne R. wants a quote for Deck Staining",
    ),
    { name: "Dwayne R.", phone: "+17085550178" },
    ["email"],
  ],
  [
    "a scheduling notice with each label on its own line and the answer below (Calendly's layout)",
    inbound(
      "Calendly <notifications@calendly.example>",
      "New Event: Rhea Castellano - 30 Minute Consultation",
      "Hi Tom,\n\nA new event has been scheduled.\n\nEvent Type:\n30 Minute Consultation\n\nInvitee:\nRhea Castellano\n\nInvitee Email:\nrhea@castellano-dental.example\n\nQuestions:\nCompany name\nCastellano Family Dental\nPhone number\n+1 614-555-0117\n\nView event in Calendly",
    ),
    {
      name: "Rhea Castellano",
      email: "rhea@castellano-dental.example",
      phone: "+16145550117",
      company: "Castellano Family Dental",
    },
    [],
  ],
  [
    'an HTML-only form in a table whose plain rendering glued label and value ("NameIngrid Solberg")',
    inbound(
      "Owner Co Website <wordpress@owner-co.example.com>",
      "New submission: Free estimate",
      "You have a new form entry.\n\nNameIngrid Solberg\n\nEmailingrid@solberg-law.example\n\nPhone614-555-0162",
      {
        htmlBody:
          "<p>You have a new form entry.</p><table><tr><td><b>Name</b></td><td>Ingrid Solberg</td></tr><tr><td><b>Email</b></td><td>ingrid@solberg-law.example</td></tr><tr><td><b>Phone</b></td><td>614-555-0162</td></tr></table>",
      },
    ),
    { name: "Ingrid Solberg", email: "ingrid@solberg-law.example", phone: "+16145550162", source: "Website" },
    [],
  ],
  // Introductions.
  [
    'a direct intro to the lead in To, the owner in Cc: the greeting line ("Ravi,") says nothing about the lead',
    inbound(
      "Marta Jovanovic <marta@jovanovic-cpa.example.com>",
      "Roofer recommendation",
      "Ravi,\n\nAs promised, I'm connecting you with Owner Person (cc'd) of Owner Co. He did our roof last year.\n\nOwner, Ravi owns Menon Dental and his building needs a new roof before spring.\n\nBest,\nMarta",
      { to: "Ravi Menon <ravi@menon-dental.example.com>", cc: "Owner Person <owner@owner-co.example.com>" },
    ),
    { name: "Ravi Menon", email: "ravi@menon-dental.example.com", company: "Menon Dental" },
    [],
  ],
  // Replies: the newest part's author.
  [
    "a customer writes above the owner's quoted Outlook message, subject unchanged (no RE:): a reply, not a forward",
    inbound(
      "Gus Papadakis <gus@papadakis-diner.example.com>",
      "Roof leak - diner",
      "Tom, it's leaking again over the kitchen. Can you send someone today?\n\nGus Papadakis\nOwner\nPapadakis Diner\n(614) 555-0194 cell\n\n________________________________\nFrom: Owner Person <owner@owner-co.example.com>\nSent: Thursday, December 4, 2025 1:00 PM\nTo: Gus Papadakis <gus@papadakis-diner.example.com>\nSubject: Roof leak - diner\n\nGus, we patched the flashing today.",
    ),
    {
      name: "Gus Papadakis",
      email: "gus@papadakis-diner.example.com",
      phone: "+16145550194",
      title: "Owner",
    },
    [],
  ],
  [
    'a reply from a shared mailbox showing the company ("Summit Yoga <info@summityoga…>"): the person who signs',
    inbound(
      "Summit Yoga <info@summityoga.example.com>",
      "Re: Skylight repair",
      "Hi, Wednesday at 8am works for us.\n\nThanks!\nMia Feldman\nStudio Owner, Summit Yoga\n614-555-0191\n\nOn Fri, Dec 12, 2025 at 3:00 PM Owner Person <owner@owner-co.example.com> wrote:\n> Could we come Wednesday?",
    ),
    {
      name: "Mia Feldman",
      email: "info@summityoga.example.com",
      title: "Studio Owner",
      company: "Summit Yoga",
    },
    [],
  ],
  [
    "\"I'd like to introduce my colleague Rachel Green\": the introducer's own colleague, copied from her company",
    inbound(
      "Laura Kim <lkim@kim-property.example.com>",
      "Intro - Rachel Green",
      "Hi,\n\nI'd like to introduce my colleague Rachel Green, who manages our residential portfolio - she has four buildings that need roof assessments.\n\nLaura Kim\nPrincipal, Kim Property Management",
      { cc: "Rachel Green <rgreen@kim-property.example.com>" },
    ),
    // Her company is the one her colleague signs with on their shared domain (emails-who27 hj03, hj21), never the
    // portfolio the text says she manages.
    {
      name: "Rachel Green",
      email: "rgreen@kim-property.example.com",
      source: "Referral: Laura Kim",
      company: "Kim Property Management",
    },
    ["title"],
  ],
  [
    '"You should talk to my client Beatrice Lowe … Her email is …": the address and name written in the text',
    note(
      "",
      "From: Omar Haddad <omar@haddad-cpa.example.com>\nDate: Fri, Dec 19, 2025 at 11:40 AM\nSubject: someone you should talk to\nTo: Owner Person <owner@owner-co.example.com>\n\nYou should talk to my client Beatrice Lowe. She owns Lowe Garden Centre and the greenhouse roof is failing. Her email is beatrice@lowegarden.example.com and her cell is 614-555-0183.\n\nOmar",
    ),
    {
      name: "Beatrice Lowe",
      email: "beatrice@lowegarden.example.com",
      phone: "+16145550183",
      company: "Lowe Garden Centre",
      source: "Referral: Omar Haddad",
    },
    [],
  ],
  [
    '"je te présente ma cliente Hélène Roy, gérante de …": the relation word before the name (fr)',
    note(
      "",
      "From: Paul Martin <paul@martin-conseil.example.fr>\nDate: 19 déc. 2025\nSubject: Présentation\nTo: Owner Person <owner@owner-co.example.com>\n\nBonjour,\n\nJe te présente ma cliente Hélène Roy, gérante de la Boulangerie Roy. Tu peux la joindre au 06 55 50 12 34.\n\nPaul",
    ),
    { name: "Hélène Roy", company: "Boulangerie Roy", title: "gérante" },
    [],
  ],
  [
    '"My neighbour Ana Ruiz needs a roofer. I gave her your number": the neighbour, never the one who referred her',
    note(
      "",
      "From: Greg Hollis <greg@hollis.example.com>\nDate: Fri, Dec 19, 2025 at 11:40 AM\nSubject: roofer?\nTo: Owner Person <owner@owner-co.example.com>\n\nHey, my neighbour Ana Ruiz needs her roof redone before spring. I gave her your number, she'll be calling you this week. Her cell is 614-555-0187.\n\nGreg",
    ),
    { name: "Ana Ruiz", phone: "+16145550187", source: "Referral: Greg Hollis" },
    ["email"],
  ],
  [
    'an Outlook "To: A <…>; Rosa Delgado <…>" list and "Please meet Rosa Delgado — owner, Delgado Floral Studio"',
    note(
      "",
      "From: Harold Jennings <hjennings@jenningslaw.example.com>\nDate: Fri, Nov 7, 2025 at 3:44 PM\nSubject: Introduction\nTo: Owner Person <owner@owner-co.example.com>; Rosa Delgado <rosa@delgadofloral.example.com>\n\nPlease meet Rosa Delgado — owner, Delgado Floral Studio. She needs a new shop front.\n\nHarold",
    ),
    {
      name: "Rosa Delgado",
      email: "rosa@delgadofloral.example.com",
      title: "owner",
      company: "Delgado Floral Studio",
    },
    [],
  ],
  [
    'a Romanian intro: "Vă prezint pe X (în copie), director de achiziții la Y SRL"',
    inbound(
      "Mihai Ionescu <mihai@ionescu-consulting.example.ro>",
      "Prezentare",
      "Bună ziua,\n\nVă prezint pe Andrei Popescu (în copie), director de achiziții la Carpați Logistic SRL. Caută un furnizor de ambalaje.\n\nToate cele bune,\nMihai",
      { cc: "Andrei Popescu <andrei.popescu@carpati-logistic.example.ro>" },
    ),
    {
      name: "Andrei Popescu",
      email: "andrei.popescu@carpati-logistic.example.ro",
      title: "director de achiziții",
      company: "Carpați Logistic SRL",
    },
    [],
  ],
  [
    'a Norwegian intro: "Jeg vil gjerne introdusere deg for X, innkjøpssjef i Y AS (på kopi)"',
    inbound(
      "Lars Berg <lars@berg-radgivning.example.no>",
      "Introduksjon",
      "Hei,\n\nJeg vil gjerne introdusere deg for Ingrid Haugen, innkjøpssjef i Fjordkraft Bygg AS (på kopi). De trenger stillas.\n\nHilsen\nLars",
      { cc: "Ingrid Haugen <ingrid.haugen@fjordkraftbygg.example.no>" },
    ),
    {
      name: "Ingrid Haugen",
      email: "ingrid.haugen@fjordkraftbygg.example.no",
      title: "innkjøpssjef",
      company: "Fjordkraft Bygg AS",
    },
    [],
  ],
  // Delegates: "X on behalf of Y" in a forward header.
  [
    '"Kelly Ng on behalf of Marcus Webb <mwebb@…>": the mailbox\'s owner, whose address it is',
    note(
      "add to pipeline",
      "From: Kelly Ng on behalf of Marcus Webb <mwebb@webb-logistics.example.com>\nDate: Thu, Mar 12, 2026 at 9:00 AM\nSubject: Warehouse roof\nTo: Owner Person <owner@owner-co.example.com>\n\nMarcus asked me to reach out about recoating the warehouse roof.\n\nBest,\nKelly Ng\nExecutive Assistant\nWebb Logistics LLC",
    ),
    { name: "Marcus Webb", email: "mwebb@webb-logistics.example.com" },
    [],
  ],
  [
    'Outlook\'s quoted "From: Anna Reyes <areyes@…> On Behalf Of Richard Vance": the principal, at his copied address',
    note(
      "",
      "From: Anna Reyes <areyes@vancecapital.example.com> On Behalf Of Richard Vance\nSent: Monday, November 17, 2025 9:05 AM\nTo: Owner Person <owner@owner-co.example.com>\nCc: Richard Vance <rvance@vancecapital.example.com>\nSubject: AV for our investor day\n\nRichard would like a quote for the AV at our investor day.\n\nAnna Reyes\nExecutive Assistant",
    ),
    { name: "Richard Vance", email: "rvance@vancecapital.example.com" },
    [],
  ],
  [
    '"Dana Ruiz im Auftrag von Info <info@…>": a shared mailbox\'s writer',
    note(
      "",
      "From: Dana Ruiz im Auftrag von Info <info@ruiz-bau.example.de>\nDate: Thu, Mar 12, 2026 at 9:00 AM\nSubject: Anfrage Dach\nTo: Owner Person <owner@owner-co.example.com>\n\nBitte um ein Angebot für das Flachdach.\n\nDana Ruiz",
    ),
    { name: "Dana Ruiz", email: "info@ruiz-bau.example.de" },
    [],
  ],
  [
    "a supplier's shipping notice lists the owner's own details as form fields: nobody to follow up",
    inbound(
      "RoofSupply Direct <no-reply@roofsupply.example.com>",
      "Your order #48213 has shipped",
      "Thanks for your order!\n\nShip to:\nName: Owner Person\nCompany: Owner Co\nPhone: 614-555-0101\nEmail: owner@owner-co.example.com\n\nQuestions? Call 1-800-555-0199.",
    ),
    {},
    ["name", "email", "phone", "company"],
  ],
  [
    "the same HTML-only table form forwarded by a colleague: the table's own text, not the glued plain rendering",
    inbound(
      "Ben Carter <ben@owner-co.example.com>",
      "Fwd: New submission: Free estimate",
      "came in through the website\n\n---------- Forwarded message ---------\nFrom: Owner Co Website <wordpress@owner-co.example.com>\nDate: Thu, Dec 4, 2025 at 10:41 PM\nSubject: New submission: Free estimate\nTo: <info@owner-co.example.com>\n\nNameIngrid Solberg\nEmailingrid@solberg-law.example\nPhone614-555-0162",
      {
        htmlBody:
          "<div>came in through the website</div><div>---------- Forwarded message ---------<br>From: Owner Co Website &lt;wordpress@owner-co.example.com&gt;<br>Date: Thu, Dec 4, 2025 at 10:41 PM<br>Subject: New submission: Free estimate<br>To: &lt;info@owner-co.example.com&gt;<br><br><table><tr><td>Name</td><td>Ingrid Solberg</td></tr><tr><td>Email</td><td>ingrid@solberg-law.example</td></tr><tr><td>Phone</td><td>614-555-0162</td></tr></table></div>",
      },
    ),
    { name: "Ingrid Solberg", email: "ingrid@solberg-law.example", phone: "+16145550162", source: "Website" },
    [],
  ],
  // The decision maker named in the forwarder's note, described there and only copied in the thread.
  [
    'the note says who the decision maker is ("Wen Zhou, CFO at Harlow Freight Ltd"): title and company from it',
    note(
      "Patrick only coordinates. The one to talk to is Wen Zhou, CFO at Harlow Freight Ltd. Send it to her.",
      "From: Patrick Doyle <pdoyle@harlowfreight.example.com>\nDate: Thu, Mar 12, 2026 at 9:00 AM\nSubject: Reporting\nTo: Owner Person <owner@owner-co.example.com>\nCc: Wen Zhou <wzhou@harlowfreight.example.com>\n\nCould you send pricing by Friday?\n\nPatrick Doyle\nOffice Coordinator\nHarlow Freight Ltd",
    ),
    {
      name: "Wen Zhou",
      email: "wzhou@harlowfreight.example.com",
      title: "CFO",
      company: "Harlow Freight Ltd",
    },
    ["phone"],
  ],
  [
    'the name on the line after the cue ("the one to talk to is their CFO,\\nMartin Osei"), a title before the name',
    note(
      "Lisa has been asking the questions but the one to talk to is their CFO,\n\nMartin Osei (Kestrel Freight) - he signs off anything over 10k.",
      "From: Park, Lisa <lpark@kestrelfreight.example.com>\nSent: 14 November 2025 10:41\nTo: Owner Person <owner@owner-co.example.com>\nCc: Osei, Martin <mosei@kestrelfreight.example.com>; Tran, Kevin <ktran@kestrelfreight.example.com>;\nSubject: Telematics\n\nMartin will want the three-year cost.\n\nLisa Park\nOffice Manager",
    ),
    {
      name: "Martin Osei",
      email: "mosei@kestrelfreight.example.com",
      title: "CFO",
      company: "Kestrel Freight",
    },
    [],
  ],
  [
    'a German note: "Entscheiderin ist Wen Zhou (Finanzchefin, Harlow Fracht GmbH)"',
    note(
      "Herr Doyle koordiniert nur. Entscheiderin ist Wen Zhou (Finanzchefin, Harlow Fracht GmbH).",
      "From: Patrick Doyle <pdoyle@harlowfracht.example.de>\nDate: Thu, Mar 12, 2026 at 9:00 AM\nSubject: Angebot\nTo: Owner Person <owner@owner-co.example.com>\nCc: Wen Zhou <wzhou@harlowfracht.example.de>\n\nBitte um ein Angebot bis Freitag.\n\nPatrick Doyle",
    ),
    {
      name: "Wen Zhou",
      email: "wzhou@harlowfracht.example.de",
      title: "Finanzchefin",
      company: "Harlow Fracht GmbH",
    },
    [],
  ],
];

describe("neighbours of the blind set's causes", () => {
  test.each(cases)("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describe("how the lead came in, as a note words it", () => {
  test.each([
    ["en: the booth", "Dorothea from Kestrel Cabinetry came by the booth this afternoon.", "Trade show"],
    ["en: a booth visitor", "Booth visitor, wants a quote.", "Trade show"],
    ["fr: passée sur notre stand", "Elle est passée sur notre stand hier.", "Trade show"],
    ["it: al nostro stand", "È passato al nostro stand venerdì.", "Trade show"],
    ["nl: op onze stand", "Kwam langs op onze stand.", "Trade show"],
    ["en: came in through the website", "see below - came in through the website last night.", "Website"],
    ["en (UK): a website enquiry", "Website enquiry from Tuesday.", "Website"],
    ["fr: via le site", "Demande reçue via le site hier soir.", "Website"],
    ["de: über die Website", "Anfrage über die Website, bitte zurückrufen.", "Website"],
    ["es: a través de la web", "Nos escribió a través de la web.", "Website"],
    ["it: dal sito", "Richiesta arrivata dal sito.", "Website"],
    ["pt: pelo site", "Pedido que chegou pelo site.", "Website"],
    ["nl: via de website", "Aanvraag via de website.", "Website"],
    ["en: a business club's breakfast", "Met him at the Rotary breakfast.", "Networking event"],
    ["de: Unternehmerabend", "Kennengelernt beim Unternehmerabend der IHK.", "Networking event"],
  ])("%s", (_why, note, source) => expect(sourceFromNote(note)?.split(":")[0]).toBe(source));

  test.each(["Can you come to the site at 9?", "I stand by the quote.", "The website is down again."])(
    "no source in %p",
    (note) => expect(sourceFromNote(note)).toBeUndefined(),
  );
});

describe("an event that is the lead's own project is not how they came in", () => {
  test.each([
    [
      "exhibiting at a fair",
      "Trade show",
      "We are exhibiting at the furniture fair in Herning next August.",
      true,
    ],
    [
      "their annual conference",
      "Conference",
      "We are planning the sound for our annual partner conference.",
      true,
    ],
    [
      "de: wir stellen auf der Messe aus",
      "Trade show",
      "Wir stellen im Mai auf der Handwerksmesse aus.",
      true,
    ],
    ["fr: nous exposons au salon", "Trade show", "Nous exposons au salon Maison&Objet en janvier.", true],
    [
      "met there, then a plan of their own",
      "Trade show",
      "Great meeting you at the expo, we are planning a new store.",
      false,
    ],
    [
      "thanks for the visit to their booth",
      "Trade show",
      "Thanks for stopping by our booth at the home show!",
      false,
    ],
  ])("%s", (_why, source, text, own) => expect(isLeadsOwnEvent(source, text)).toBe(own));
});
