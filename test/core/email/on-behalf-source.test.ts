// Mail written for a relative or an agency's client: the person written for is the lead, and nobody referred them.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    'en: "My daughter Chloé Lavoie … I\'ve copied her here": the daughter, no referral from her father',
    inbound(
      "Michel Lavoie <mlavoie1961@freemail.example>",
      "Chemistry tutoring for my daughter",
      "Good afternoon,\n\nMy daughter Chloé Lavoie is struggling with chemistry. Please write to her directly.\n\nI've copied her here.\n\nMany thanks,\n\nMichel Lavoie",
      { cc: "Chloé Lavoie <chloe.lavoie@student-mail.example>" },
    ),
    { name: "Chloé Lavoie", email: "chloe.lavoie@student-mail.example", source: undefined },
  ],
  [
    'en: an agency "acts for our client, Mr. Daniel Otieno": the client, no referral from the agency',
    inbound(
      "Grace Wanjiru <grace.w@savannah-relocations.example>",
      "Pool installation - Mr. D. Otieno",
      "Dear Sir/Madam,\n\nWe act for our client, Mr. Daniel Otieno, who wishes to have a pool installed.\n\nHis details are:\nDaniel Otieno\nMobile: +254 722 555 019\nEmail: d.otieno@otieno-holdings.example\n\nYours faithfully,\n\nGrace Wanjiru\nSavannah Relocations Ltd",
    ),
    { name: "Daniel Otieno", email: "d.otieno@otieno-holdings.example", source: undefined },
  ],
  [
    'fr: a notary introducing "ma cliente Mme Élise Tremblay" refers her: Referral stays',
    inbound(
      "Julien Côté <jcote@cote-notaires.example>",
      "Présentation Élise Tremblay",
      "Bonjour,\n\nComme promis, je te présente ma cliente Mme Élise Tremblay. Elle cherche un ébéniste.\n\nJulien Côté",
      { cc: "Élise Tremblay <etremblay@tremblay-renovations.example>" },
    ),
    { name: "Élise Tremblay", source: "Referral: Julien Côté" },
  ],
];

describe("the source of mail written for someone", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    const { lead } = extractLeadFromEmail(input, OWNER_CTX);
    for (const [k, v] of Object.entries(expected)) expect(lead[k as keyof Lead]).toBe(v);
  });
});
