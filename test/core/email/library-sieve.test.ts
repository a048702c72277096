// The forward library run with only the patterns whose fixed words a text holds answers as with all of them.
import EmailForwardParser from "email-forward-parser";
import { requiredWord, sieveFor } from "../../../src/core/email/library-sieve";

const nbsp = "\u00a0";
const cases: [string, string, string | null][] = [
  [
    "Gmail forward (all locales)",
    "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Dana Reyes <dana@reyes-build.example>\nDate: Mon, Dec 7, 2026 at 9:00 AM\nSubject: Quote\nTo: Owner <owner@example.com>\nCc: Lee Park <lee@example.net>\n\nHi, we need a quote.\nDana",
    "Fwd: Quote",
  ],
  [
    "Outlook 365 forward: a rule line, Sent and a bold From",
    "Please call her.\n\n________________________________\n*From:* Ana Silva <ana@silva-co.example>\n*Sent:* Monday, December 7, 2026 9:00 AM\n*To:* owner@example.com\n*Subject:* Visit\n\nHello,\nAna Silva\n555-0142",
    "FW: Visit",
  ],
  [
    "Apple Mail forward in French, the marker line with a no-break space before the colon",
    `Voir ci-dessous.\n\nDébut du message réexpédié${nbsp}:\n\nDe: Luc Martin <luc@martin-sa.example>\nObjet: Devis\nDate: 7 décembre 2026 à 09:00\nÀ: owner@example.com\n\nBonjour,\nLuc`,
    "TR: Devis",
  ],
  [
    "Outlook 2019 forward as an 'On … wrote:' line, no header block",
    'See this.\n\nOn Mon, 7 Dec 2026 at 09:00, "Kim Wu" <kim@wu-labs.example> wrote:\n\nCan we meet next week?\nKim',
    "Fwd: meet",
  ],
  [
    "Yahoo Mail forward, headers run together on one line",
    "Note.\n\n----- Forwarded Message -----From: Rosa Diaz <rosa@diaz.example>To: owner@example.comSent: Monday, December 7, 2026, 09:00:00 AM ESTSubject: Hello\n\nHi there,\nRosa",
    "Fwd: Hello",
  ],
  [
    "HubSpot forward in Japanese (full-width colons)",
    "転送します。\n\n---------- メッセージを転送 ----------\n送信元：Taro Sato <taro@sato.example>\n日付：2026年12月7日\n件名：見積\n送信先：owner@example.com\n\nよろしくお願いします。",
    "Fwd: 見積",
  ],
  [
    "a forward subject over a body with only a From line (the library's fallback)",
    "FYI\n\nFrom: Omar Haddad <omar@haddad.example>\nHello, please send the brochure.",
    "Fwd: brochure",
  ],
  [
    "a subject that is not a forward's: the library leaves the text alone",
    "Thanks!\n\n---------- Forwarded message ---------\nFrom: Ivy Chen <ivy@chen.example>\n\nBody",
    "Re: Plan",
  ],
  ["no subject and no forward at all", "Hi, just checking in about Tuesday.\nThanks, Ben", null],
  [
    "a byte-order mark inside a header word (the library drops it first)",
    "Note\n\n---------- Forwarded message ---------\nFr\ufeffom: Ivy Chen <ivy@chen.example>\nSubject: Plan\n\nBody",
    "Fwd: Plan",
  ],
];

describe("the library with only the patterns a text can match", () => {
  test.each(cases)("%s: same answer as with all patterns", (_why, text, subject) => {
    const full = new EmailForwardParser().read(text, subject);
    const sieved = new EmailForwardParser();
    const regexes = (sieved as unknown as { parser: { regexes: Record<string, unknown> } }).parser.regexes;
    sieveFor(regexes, text, subject ?? undefined);
    expect(sieved.read(text, subject)).toEqual(full);
  });
});

describe("the fixed words a pattern cannot match without", () => {
  test.each<[string, RegExp, string]>([
    ["a header label, its optional space and colon left out", /^\s*Date\s?:(.+)$/m, "Date"],
    ["inside a group that must match", /(^\*?\s*To\s?:\*?(.+)$)/m, "To"],
    ["an escaped bracket is a plain character", /^\s*Kopie \(CC\)\s?:(.+)$/m, "Kopie (CC)"],
    ["a letter made optional by ? is dropped", /Assunto\s?:?(.+)/i, "assunto"],
    ["ignoring case: lower case, ASCII letters only", /Předmět\s?:(.+)/i, "edm"],
    ["a top-level alternative: no word", /^From:|^To:/m, ""],
    ["an optional group gives none of its words", /^(?:Sent by)?\s*Sent:/m, "Sent:"],
    ["a repeat of at least one keeps one character", /^_{32}$/m, "_"],
  ])("%s", (_why, re, word) => {
    expect(requiredWord(re)).toBe(word);
  });
});
