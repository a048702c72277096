// The notice causes behind the who23 set's misses: the person a notice's fields name, in fresh layouts and languages.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A system notice's HTML table as Gmail's plain rendering glues it ("KundErik …"), the HTML beside it. */
const glued = (plain: string, rows: [string, string][]): Partial<EmailInput> => ({
  plainBody: plain,
  htmlBody: `<table>${rows.map(([l, v]) => `<tr><td><b>${l}</b></td><td>${v}</td></tr>`).join("\n")}</table>`,
});

/** A notice names the person in its fields, in a layout or language the field tables did not read. */
const noticeFields: Case[] = [
  [
    'sv: a booking tool\'s HTML table glued in the plain rendering ("KundErik Sandberg") — the customer',
    inbound(
      "Bokningar <noreply@bokningar.example>",
      "Ny bokning",
      "",
      glued(
        "Ny bokning\nTjänstKlippning\nKundErik Sandberg\nE-posterik.s@post.example\nMobil070-555 01 88\n",
        [
          ["Tjänst", "Klippning"],
          ["Kund", "Erik Sandberg"],
          ["E-post", "erik.s@post.example"],
          ["Mobil", "070-555 01 88"],
        ],
      ),
    ),
    { name: "Erik Sandberg", email: "erik.s@post.example" },
    [],
  ],
  [
    'nb: the same glue with Norwegian labels ("NavnKari Holm", "E-postkari@…")',
    inbound(
      "Timebestilling <noreply@timebok.example>",
      "Ny time",
      "",
      glued("Ny time\nNavnKari Holm\nE-postkari.holm@post.example\n", [
        ["Navn", "Kari Holm"],
        ["E-post", "kari.holm@post.example"],
      ]),
    ),
    { name: "Kari Holm", email: "kari.holm@post.example" },
    [],
  ],
  [
    'en: a directory\'s "Customer details:" heading, the name alone, then labelled fields — the name, not the sign-off',
    inbound(
      "FindATrade <alerts@findatrade.example>",
      "New job request",
      "You have a new job request.\n\nCustomer details:\nJo Whitaker-Lane\nEmail: jo.wl@mail.example\nPhone: 555-0142\n\nReply fast!\n\nKind regards,\nThe FindATrade Team\n",
    ),
    { name: "Jo Whitaker-Lane", email: "jo.wl@mail.example" },
    ["company", "title"],
  ],
  [
    'de: "Kontaktdaten des Auftraggebers:" over the name and labelled fields',
    inbound(
      "Auftragsportal <benachrichtigung@auftragsportal.example>",
      "Neue Anfrage",
      "Sie haben eine neue Anfrage.\n\nKontaktdaten des Auftraggebers:\nJens Vogt\nE-Mail: jens.vogt@post.example\nTelefon: 030 5550142\n",
    ),
    { name: "Jens Vogt", email: "jens.vogt@post.example" },
    [],
  ],
  [
    "de: a company under the heading is no person's name",
    inbound(
      "Auftragsportal <benachrichtigung@auftragsportal.example>",
      "Neue Anfrage",
      "Sie haben eine neue Anfrage.\n\nKontakt:\nVogt Bau GmbH\nE-Mail: info@vogt-bau.example\n",
    ),
    { email: "info@vogt-bau.example" },
    ["name"],
  ],
  [
    'it: an answering service mailing from "messaggi@", the caller and "Numero da richiamare" on its slip',
    inbound(
      "Centralino Servizi <messaggi@centralino.example>",
      "Messaggio telefonico",
      "MESSAGGIO PER: Studio Rossi\nChiamante: Sig.ra Giulia Ferri\nNumero da richiamare: 347 555 0123\nMotivo: vorrebbe un preventivo.\n",
    ),
    { name: "Giulia Ferri", phone: "+393475550123" },
    ["email"],
  ],
  [
    'es: the same slip from "mensajes@" ("Llamante", "Número para devolver la llamada")',
    inbound(
      "Secretaría Virtual <mensajes@secretaria-virtual.example>",
      "Mensaje telefónico",
      "MENSAJE PARA: Clínica Sol\nLlamante: Andrés Pineda\nNúmero para devolver la llamada: +34 612 555 014\nMotivo: pide cita.\n",
    ),
    { name: "Andrés Pineda", phone: "+34612555014" },
    ["email"],
  ],
  [
    'en: a review site\'s "New 5-star review from X" from reviews@ — the reviewer, with no contact (needs review)',
    inbound(
      "StarTrades <reviews@startrades.example>",
      "New 5-star review from Hemi W.",
      'You\'ve received a new review!\n\nPosted by Hemi W. in Napier\n\n"Great deck, would love a quote for a pergola."\n',
    ),
    { name: "Hemi W." },
    ["email", "phone"],
  ],
];

/** A chat relayed by e-mail whose visitor is known by number only and names themselves in a turn. */
const chatSelfName: Case[] = [
  [
    'en: "Dineo Mokoena here" in a WhatsApp relay — that name; "I\'m at work" names nobody',
    inbound(
      "ChatBridge <bridge@chatbridge.example>",
      "WhatsApp: new conversation",
      "[06/12/2026, 09:02] +27 82 555 0188: Hi, do you hire out 4 cube skips?\n[06/12/2026, 09:04] Metro Skips: Yes! Who am I chatting to?\n[06/12/2026, 09:06] +27 82 555 0188: Dineo Mokoena here. I'm at work so WhatsApp is best\n",
    ),
    { name: "Dineo Mokoena", phone: "+27825550188" },
    ["email"],
  ],
  [
    'de: "ich bin Jana Vogel" in an SMS relay, the cue in lower case',
    inbound(
      "SMS Weiterleitung <weiterleitung@sms-bruecke.example>",
      "Neue SMS",
      "[06.12.2026, 09:02] +49 151 55501234: Hallo, haben Sie am Samstag Zeit?\n[06.12.2026, 09:04] Blumen Engel: Ja gern, mit wem schreibe ich?\n[06.12.2026, 09:06] +49 151 55501234: ich bin Jana Vogel, es geht um einen Brautstrauß\n",
    ),
    { name: "Jana Vogel" },
    [],
  ],
];

describe("the person in a notice's fields (who23 causes)", () => {
  test.each([...noticeFields, ...chatSelfName])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describePersonFixed("who23 notices fixed by these causes", [
  ["booking tool's HTML table glued in the plain rendering (sv)", "emails-who23/ha13-inbound-none-sv"],
  ["directory lead: the name alone under its heading (pl)", "emails-who23/ha14-inbound-none-pl"],
  ["answering service slip from messaggi@ (it)", "emails-who23/ha16-inbound-none-it"],
  ["review site's new review names the reviewer (NZ)", "emails-who23/ha15-incomplete-none"],
]);
