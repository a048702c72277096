// The general causes behind the blind "who8" set's misses (who the lead is when several people appear), in fresh wordings.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Wed, 11 Mar 2026 10:30:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, more = "") =>
  forwardedMessage("Tue, 10 Mar 2026 09:00", from, body, { extra: more });

/** The owner's note points at someone who is in no header of the thread (named, with what the note gives). */
const noteRedirects: Case[] = [
  [
    'en: "call his partner X instead" names a lead who never wrote; the note\'s address and cell are theirs',
    note(
      "Spoke to Raj at the expo. He says call his partner Mireille Dubois instead - mireille@tallowfarm.example, cell 416-555-0144.",
      fwd(
        "Raj Patel <raj@tallowfarm.example>",
        "Hi,\n\nGood to meet you. My co-founder handles suppliers.\n\nRaj Patel\nCo-founder, Tallow Farm Inc.\nM 416-555-0109",
      ),
    ),
    {
      name: "Mireille Dubois",
      email: "mireille@tallowfarm.example",
      phone: "+14165550144",
      company: "Tallow Farm Inc.",
    },
    ["title"],
  ],
  [
    'en: "the landlord who decides is X, her number is …": X with that number only; the writer\'s firm is not hers',
    note(
      "Ignore the agent. The landlord who decides is Beatrix Holloway, her number is 250-555-0183.",
      fwd(
        "Colin Marsh <colin@harbourlettings.example>",
        "Hello,\n\nThe landlord wants the fence replaced.\n\nColin Marsh\nLettings Agent | Harbour Lettings\nT 250-555-0170",
      ),
    ),
    { name: "Beatrix Holloway", phone: "+12505550183" },
    ["email", "company", "title"],
  ],
  [
    'en: a possessive ("X\'s PA … he decides") is no part of the name the note gives',
    note(
      "Tess is Hamish Grant's PA - he's the one who decides, so call him rather than Tess.",
      fwd(
        "Tess Lowry <tess@grantholdings.example>",
        "Hello,\n\nI look after the diary for Hamish Grant. He would like a quote.\n\nTess Lowry",
      ),
    ),
    { name: "Hamish Grant" },
    [],
  ],
  [
    'de: "bitte stattdessen Frau X anrufen" (the honorific dropped) names the lead; the one who wrote only passed it on',
    note(
      "Herr Kühn hat nur weitergeleitet. Bitte stattdessen Frau Greta Sommer anrufen, +49 171 5550123.",
      fwd(
        "Jens Kühn <j.kuehn@sommer-bau.example>",
        "Guten Tag,\n\nanbei die Pläne.\n\nJens Kühn\nSommer Bau GmbH",
      ),
    ),
    { name: "Greta Sommer", phone: "+491715550123" },
    ["email"],
  ],
];

/** The note names who takes over from the one who wrote, among the people copied. */
const handovers: Case[] = [
  [
    'en: "X is leaving - Y takes over": the one nearest the hand-over words, not the one leaving',
    note(
      "Olga is retiring - Tomasz Brandt takes over the fit-out. Follow up next week.",
      fwd(
        "Olga Fenn <olga@quarrybuild.example>",
        "Hi,\n\nFrom April my colleague Tomasz will look after this.\n\nOlga Fenn\nQuarry Build Ltd",
        "Cc: Tomasz Brandt <tomasz@quarrybuild.example>\n",
      ),
    ),
    { name: "Tomasz Brandt", email: "tomasz@quarrybuild.example" },
    [],
  ],
  [
    'en: "their consultant keeps replying, but X is the one signing off": X, copied',
    note(
      "Their consultant keeps replying, but Priya Nair is the one signing off.",
      fwd(
        "Glen Hart <glen@hartadvisory.example>",
        "Please add two more rooms.\n\nGlen Hart\nPrincipal, Hart Advisory",
        "Cc: Priya Nair <priya.nair@solvay-labs.example>\n",
      ),
    ),
    { name: "Priya Nair", email: "priya.nair@solvay-labs.example" },
    [],
  ],
];

/** Someone writes for their principal, who is copied: wordings the writer uses, and what they say about them. */
const writtenFor: Case[] = [
  [
    "en: \"I'm replying on X's behalf\" (first name, possessive) names the one copied; the mobile given is theirs",
    inbound(
      "Dee Moran <dee@alderpartners.example>",
      "Re: Office fit-out",
      "Hi,\n\nI'm replying on Oskar's behalf while he travels. His mobile is 303-555-0148.\n\nDee Moran\nOffice Manager\nAlder Partners\n303-555-0140",
      { cc: "Oskar Lindahl <oskar@alderpartners.example>" },
    ),
    { name: "Oskar Lindahl", email: "oskar@alderpartners.example", phone: "+13035550148" },
    [],
  ],
  [
    'de: "im Auftrag von Herrn Dipl.-Ing. X, unserem Geschäftsführer" (a degree before the name): X, titled',
    inbound(
      "Anke Roth <a.roth@weber-kaelte.example>",
      "Anfrage",
      "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dipl.-Ing. Lutz Weber, unserem Geschäftsführer, bitte ich um ein Angebot.\n\nMit freundlichen Grüßen\ni. A. Anke Roth\nWeber Kältetechnik GmbH",
      { cc: "Lutz Weber <l.weber@weber-kaelte.example>" },
    ),
    { name: "Lutz Weber", email: "l.weber@weber-kaelte.example", title: "Geschäftsführer" },
    [],
  ],
  [
    "en: the assistant's own signature \"Executive Assistant to Dr. X, Chief Surgeon\" gives X's title",
    inbound(
      "Nell Ward <nell@hartvet.example>",
      "Clinic refit",
      "Good morning,\n\nI am writing on behalf of Dr. Irene Hart, who would like a quote. She is copied here.\n\nKind regards,\n\nNell Ward\nExecutive Assistant to Dr. Irene Hart, Chief Surgeon\nHart Veterinary Clinic\n",
      { cc: "Irene Hart <irene@hartvet.example>" },
    ),
    { name: "Irene Hart", email: "irene@hartvet.example", title: "Chief Surgeon" },
    [],
  ],
];

/** Who wrote which part of a thread: attributions, quoted header blocks and replies to an introduction. */
const threads: Case[] = [
  [
    "en: a colleague's reply quoting \"On … Ruth Alder wrote:\" (name only, Thunderbird) reads Ruth's quoted signature",
    inbound(
      "Jonas Fry <jonas@owner-co.example.com>",
      "Re: Signage quote",
      "Hi Ruth,\n\nHanding this to my colleague.\n\nJonas\n\nOn 2026-03-10 14:02, Ruth Alder wrote:\n> Hi Jonas,\n>\n> Ready for a final quote.\n>\n> Ruth Alder\n> Practice Manager\n> Alder Family Clinic\n> Cell (503) 555-0166\n",
      { to: "Ruth Alder <ruth@alderclinic.example>", cc: OWNER },
    ),
    {
      name: "Ruth Alder",
      email: "ruth@alderclinic.example",
      title: "Practice Manager",
      phone: "+15035550166",
    },
    [],
  ],
  [
    'es: a nested Outlook forward whose outer block has no "CC:" keeps none (the inner "CC:" is the inquirer\'s colleague)',
    inbound(
      "Marta Gil <marta@owner-co.example.com>",
      "RV: RV: Pedido",
      "Te lo reenvío.\n\nMarta\n\nDe: Pau Serra <pau@serra-consultores.example>\nEnviado: martes, 17 de marzo de 2026 19:03\nPara: Marta Gil <marta@owner-co.example.com>\nAsunto: RV: Pedido\n\nHola Marta:\n\nOs paso el contacto de Elena, que busca proveedor.\n\nPau\n\nDe: Elena Prats <elena@hotelprats.example>\nEnviado: lunes, 16 de marzo de 2026 10:47\nPara: Pau Serra <pau@serra-consultores.example>\nCC: Joan Vives <joan@hotelprats.example>\nAsunto: Pedido\n\nHola Pau:\n\nBuscamos proveedor. Pongo en copia a Joan, nuestro jefe de compras.\n\nElena Prats\nDirectora\nHotel Prats\n",
    ),
    { name: "Elena Prats", email: "elena@hotelprats.example", source: "Referral: Pau Serra" },
    [],
  ],
  [
    'en: the one introduced replying "Thanks Sam for the introduction (moving you to bcc)" with Sam still copied',
    inbound(
      "Lena Voss <lena@vossdesign.example>",
      "Re: Introduction",
      "Thanks Sam for the introduction (moving you to bcc).\n\nGreat to meet you - could we talk Tuesday?\n\nLena Voss\nCreative Director, Voss Design\n\nOn Mon, Mar 9, 2026 at 9:00 AM Sam Cole <sam@colepartners.example> wrote:\n> Owner, I'd like to introduce Lena Voss, who needs a new office fit-out.\n> Sam\n",
      { cc: "Sam Cole <sam@colepartners.example>" },
    ),
    { name: "Lena Voss", email: "lena@vossdesign.example", source: "Referral: Sam Cole" },
    [],
  ],
  [
    'it: the quoted mail whose subject is "Introduction: A / B" and that greets both (both in "A:") is a referral',
    inbound(
      "Giada Neri <g.neri@nerivetri.example>",
      "R: Introduction: Owner / Giada Neri",
      "Gentile Owner,\n\ngrazie per il contatto.\n\nGiada Neri\nNeri Vetri S.r.l.\n\nDa: Piero Conti <piero@conti-agenzia.example>\nInviato: martedì 7 aprile 2026 18:22\nA: Owner Person <owner@owner-co.example.com>; Giada Neri <g.neri@nerivetri.example>\nOggetto: Introduction: Owner / Giada Neri\n\nOwner, Giada - as promised.\n\nGiada runs purchasing at Neri Vetri.\n\nPiero\n",
    ),
    { name: "Giada Neri", source: "Referral: Piero Conti" },
    [],
  ],
];

/** System notices (voicemail, schedulers) and auto-replies: their own field lines and wordings. */
const notices: Case[] = [
  [
    'en: a colleague forwarding a voicemail notice whose own "From: CALLER (…)" / "To: Main Line" lines are fields',
    inbound(
      "Ravi Mehta <ravi@owner-co.example.com>",
      "Fw: New voicemail from BROOK T (312) 555-0140",
      'Call her back please.\n\nRavi\n\n________________________________\nFrom: CallDesk Voicemail <voicemail@calldesk.example>\nSent: Monday, March 9, 2026 7:48 PM\nTo: Front Desk <desk@owner-co.example.com>\nSubject: New voicemail\n\nYou received a new voicemail.\n\nFrom: BROOK T (312) 555-0140\nTo: Main Line (312) 555-0100\nDuration: 0:40\n\nTranscription:\n"Hi, this is Tamsin Brook, I\'m the practice manager at Brook and Hale Optometry. Could you call me back? My cell is 312-555-0177. Thanks."\n',
    ),
    { name: "Tamsin Brook", phone: "+13125550177", company: "Brook and Hale Optometry" },
    ["email"],
  ],
  [
    'en: a scheduler\'s "Location: This is a phone call … call the invitee at: +1 …" and "Your role" are the invitee\'s',
    inbound(
      "MeetSlot <notifications@meetslot.example>",
      "New Event: Ada Quinn",
      "A new event has been scheduled.\nInvitee: Ada Quinn\nInvitee Email: ada@quinnfoods.example\nLocation: This is a phone call. Owner will call the invitee at: +1 415-555-0191\nQuestions:\nCompany name\nQuinn Foods\nYour role\nOperations Director\n",
    ),
    { name: "Ada Quinn", phone: "+14155550191", title: "Operations Director" },
    [],
  ],
  [
    'nl: an auto-reply naming "mijn collega Jan van der Berg" (name particles) whom the note says to call; his company',
    note(
      "Eva is away - her colleague Jan van der Berg is covering, call Jan tomorrow.",
      "From: Eva Smit <e.smit@groenhof-kwekerij.example>\nDate: Tue, 10 Mar 2026 09:00\nSubject: Automatisch antwoord: Offerte\nTo: Owner Person <owner@owner-co.example.com>\n\nIk ben afwezig tot 20 maart. Voor dringende zaken kunt u contact opnemen met mijn collega Jan van der Berg, verkoper, via j.vanderberg@groenhof-kwekerij.example of +31 20 555 0188.\n\nMet vriendelijke groet,\n\nEva Smit\nHoofd Inkoop\nGroenhof Kwekerij B.V.\n",
    ),
    {
      name: "Jan van der Berg",
      email: "j.vanderberg@groenhof-kwekerij.example",
      company: "Groenhof Kwekerij B.V.",
      title: "verkoper",
    },
    [],
  ],
  [
    'en: "before they move in at the end of May" in an introduction gives no company ("May")',
    inbound(
      "Hugh Dorsey <hugh@dorseyrealty.example>",
      "Kitchen",
      "Hi,\n\nI've copied Nadia Roy - she just bought a house and wants a new kitchen before they move in at the end of May.\n\nHugh",
      { cc: "Nadia Roy <nadia.roy@mailbox.example>" },
    ),
    { name: "Nadia Roy" },
    ["company"],
  ],
];

/** List digests forwarded by the owner: the posts are people of their own; the list's addresses are none. */
const digests: Case[] = [
  [
    'en: a Google Groups topic digest ("Name <address>: date" posts) gives the asker, not the list nor a recommender',
    note(
      "Someone on the school list needs a caterer - follow up Friday.",
      "From: <oakridge-families@groups.example>\nDate: Tue, Mar 10, 2026 at 3:03 AM\nSubject: [Oakridge Families] Digest for oakridge-families@groups.example - 2 updates in 1 topic\nTo: Digest recipients <oakridge-families@groups.example>\n\nTopic digest\n\nCaterer for a graduation party?\nMaya Lindqvist <maya.l@inbox.example>: Mar 09 08:12PM -0400\n\nHi all! Any caterer for 80 people in June?\n\nMaya\n617-555-0139 (cell)\n\nOwen Birch <owen@birchlaw.example>: Mar 09 09:01PM -0400\n\nWe used Owner Person - owner@owner-co.example.com.\n\nOwen Birch\nBirch Law | 617-555-0120\n",
    ),
    { name: "Maya Lindqvist", email: "maya.l@inbox.example", phone: "+16175550139" },
    ["company"],
  ],
  [
    'en: a Mailman digest ("x-request@" sender, "Message: N" blocks) and a note naming the poster of one of them',
    note(
      "See message 2 - Ines wants a quote for her studio.",
      "From: riverside-crafts-request@lists.riverside.example\nDate: Tue, 10 Mar 2026 12:00\nSubject: Riverside-Crafts Digest, Vol 3, Issue 4\nTo: owner@owner-co.example.com\n\nToday's Topics:\n\n   1. Kiln schedule (Piet Hoek)\n   2. Need a quote (Ines Moreau)\n\nMessage: 1\nDate: Mon, 9 Mar 2026 09:14:22 -0400\nFrom: Piet Hoek <piet@hoekdesign.example>\nTo: riverside-crafts@lists.riverside.example\nSubject: Kiln schedule\n\nKiln is booked Friday.\n\nPiet Hoek\n\n------------------------------\n\nMessage: 2\nDate: Mon, 9 Mar 2026 20:55:48 -0400\nFrom: Ines Moreau <ines@moreauglass.example>\nTo: riverside-crafts@lists.riverside.example\nSubject: Need a quote\n\nCan anyone quote a studio fit-out?\n\nInes Moreau\nFounder, Moreau Glass\n",
    ),
    { name: "Ines Moreau", email: "ines@moreauglass.example" },
    [],
  ],
];

describe("who the lead is, and their fields, in the causes of the blind who8 set", () => {
  test.each([...noteRedirects, ...handovers, ...writtenFor, ...threads, ...notices, ...digests])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
