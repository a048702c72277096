// A body shown as base64 lines (its transfer-encoding header was wrong, or it was encoded twice) is read as the text
// it holds; anything that only resembles base64 is left alone.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { unwrapStrayBase64 } from "../../../src/core/email/stray-base64";
import type { ExtractContext } from "../../../src/core/lead";

/** Base64 wrapped at 76 columns, as mailers write it. */
const b64 = (bytes: Buffer) => (bytes.toString("base64").match(/.{1,76}/g) ?? []).join("\n");

const LETTER =
  "Guten Tag,\n\nbitte senden Sie uns ein Angebot für die Büroräume.\n\nMit freundlichen Grüßen\n\nLiesel Hartwig\nEinkaufsleiterin\nWendelstein Leuchten GmbH\nMobil: +49 170 5550 4411\nwww.wendelstein-leuchten.example\n";

describe("unwrapStrayBase64", () => {
  test.each<[string, string, string]>([
    [
      "UTF-8 text under a quoted-printable label: shown as base64, read as the letter",
      b64(Buffer.from(LETTER)),
      LETTER,
    ],
    [
      "a body encoded twice (base64 of base64): both layers are taken off",
      b64(Buffer.from(b64(Buffer.from(LETTER)))),
      LETTER,
    ],
    ["Latin-1 bytes (not valid UTF-8) are read as windows-1252", b64(Buffer.from(LETTER, "latin1")), LETTER],
    ["an ordinary letter stays as it is", LETTER, LETTER],
    [
      "a one-line token in a message is not a body to decode",
      "Your code: QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
      "Your code: QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
    ],
    [
      "base64 of binary data (an image) stays as it is",
      b64(Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256))),
      b64(Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256))),
    ],
  ])("%s", (_why, body, expected) => {
    expect(unwrapStrayBase64(body)).toBe(expected);
  });
});

describe("a mislabelled body still gives the signature's details", () => {
  const ctx: ExtractContext = { ownerEmails: ["owner@owner-co.example.com"], defaultRegion: "US" };
  test("German inquiry shown as base64: phone, title, company and site from its signature", () => {
    const r = extractLeadFromEmail(
      {
        from: "Liesel Hartwig <l.hartwig@wendelstein-leuchten.example>",
        to: "owner@owner-co.example.com",
        cc: "",
        subject: "Anfrage",
        dateHeader: "Mon, 7 Dec 2026 09:00:00 +0100",
        date: new Date("2026-12-07T08:00:00Z"),
        plainBody: b64(Buffer.from(LETTER)),
        htmlBody: "",
        attachments: [],
      },
      ctx,
    );
    expect(r.lead).toEqual({
      name: "Liesel Hartwig",
      email: "l.hartwig@wendelstein-leuchten.example",
      phone: "+4917055504411",
      title: "Einkaufsleiterin",
      company: "Wendelstein Leuchten GmbH",
      website: "wendelstein-leuchten.example",
    });
  });
});
