// Marketplace and relay notices that name their member with no reachable address: a name-only lead for review.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    'en: "New message from Helen about your listing" and "… from Helen P. on TradeFinder": Helen P., to review (no contact)',
    inbound(
      '"Helen via TradeFinder" <noreply@tradefinder.example>',
      "New message from Helen about your listing",
      'Hi Plumbco,\n\nYou have a new message from Helen P. on TradeFinder:\n\n"Our boiler is banging, can someone come out this week?"\n\nReply on TradeFinder to respond to Helen. Do not reply to this email.',
    ),
    { name: "Helen P." },
  ],
  [
    'de: "Neue Nachricht von Jonas K. zu Ihrem Inserat": the words after the name are not part of it',
    inbound(
      "Kleinanzeigen-Markt <noreply@kleinmarkt.example>",
      "Neue Nachricht von Jonas K. zu Ihrem Inserat",
      "Hallo,\n\nJonas K. hat Ihnen geschrieben:\n\n„Ist das Fahrrad noch zu haben?“\n\nAntworten Sie in der App.",
    ),
    { name: "Jonas K." },
  ],
  [
    'fr: "Nouveau message de Claire B. concernant votre annonce": Claire B.',
    inbound(
      "Annonces Pro <ne-pas-repondre@annoncespro.example>",
      "Nouveau message de Claire B. concernant votre annonce",
      "Bonjour,\n\nVous avez reçu un message :\n\n« Bonjour, le devis inclut-il la pose ? »\n\nRépondez depuis votre espace.",
    ),
    { name: "Claire B." },
  ],
];

describe("a relay notice with no reachable address gives its member's name, flagged for review", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    const out = extractLeadFromEmail(input, OWNER_CTX);
    expect(out.lead).toEqual(expected);
    expect(out.needsReview).toBe(true);
  });
});
