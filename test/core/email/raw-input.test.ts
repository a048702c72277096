// A raw message (the Gmail API's "raw" format) read by core: headers, bodies, attachments as a mail client lists
// them (an attached message with its bytes, a card photo with its bytes), and no inline image of the HTML.
import { emailFromRaw } from "../../../src/core/email/raw-input";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

const raw = [
  "From: =?UTF-8?Q?Ren=C3=A9e_Ortiz?= <renee@ortiz-studio.example>",
  "To: owner@ledger-owner.example",
  "Reply-To: studio@ortiz-studio.example",
  "Subject: Card and intro",
  "Date: Mon, 30 Nov 2026 09:00:00 -0500",
  'Content-Type: multipart/mixed; boundary="m"',
  "",
  "--m",
  'Content-Type: multipart/related; boundary="r"',
  "",
  "--r",
  "Content-Type: text/html; charset=UTF-8",
  "",
  "<p>Hello, see <b>attached</b>.</p><img src=\"cid:logo\">",
  "--r",
  "Content-Type: image/png",
  "Content-ID: <logo>",
  "Content-Transfer-Encoding: base64",
  "",
  PNG.toString("base64"),
  "--r--",
  "--m",
  'Content-Type: image/png; name="card.png"',
  'Content-Disposition: attachment; filename="card.png"',
  "Content-Transfer-Encoding: base64",
  "",
  PNG.toString("base64"),
  "--m",
  'Content-Type: message/rfc822; name="intro.eml"',
  "",
  "From: Sam <sam@whitlock.example>",
  "Subject: Intro",
  "",
  "Meet Ana.",
  "--m--",
  "",
].join("\r\n");

test("headers decoded, HTML read as text, the card photo and the attached message listed; the inline logo is not", () => {
  const { email, images } = emailFromRaw(raw, "m1", new Date("2026-11-30T14:00:00Z"));
  expect(email).toMatchObject({
    id: "m1",
    from: "Renée Ortiz <renee@ortiz-studio.example>",
    replyTo: "studio@ortiz-studio.example",
    subject: "Card and intro",
    dateHeader: "Mon, 30 Nov 2026 09:00:00 -0500",
  });
  expect(email.plainBody).toMatch(/Hello, see attached\./);
  expect(email.attachments.map((a) => [a.name, a.contentType])).toEqual([
    ["card.png", "image/png"],
    ["intro.eml", "message/rfc822"],
  ]);
  expect(email.attachments[1].raw).toMatch(/^From: Sam/);
  expect(images).toEqual([{ name: "card.png", contentType: "image/png", size: PNG.length, bytes: [...PNG] }]);
});
