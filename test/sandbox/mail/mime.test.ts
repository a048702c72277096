// MailApp in the sandbox sends a real MIME message: text and HTML alternatives, inline images by Content-ID.
import { Sandbox } from "../../../sandbox/index";
import { parseEmlSync } from "../../../sandbox/eml";

function setup() {
  const sb = new Sandbox({ now: new Date("2026-11-30T15:00:00Z"), clockFollowsRealTime: false });
  const g = sb.globals as unknown as {
    MailApp: GoogleAppsScript.Mail.MailApp;
    GmailApp: GoogleAppsScript.Gmail.GmailApp;
    Utilities: GoogleAppsScript.Utilities.Utilities;
  };
  return { sb, ...g };
}

const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250];

function sentRaw(GmailApp: GoogleAppsScript.Gmail.GmailApp): string {
  return GmailApp.search("in:sent")[0].getMessages()[0].getRawContent();
}

test("htmlBody with inlineImages is multipart/alternative over multipart/related, each image with its Content-ID", () => {
  const { MailApp, GmailApp, Utilities } = setup();
  const image = Utilities.newBlob(PNG_BYTES, "image/png", "Funnel.png");
  MailApp.sendEmail({
    to: "owner@example.com",
    subject: "Weekly",
    body: "Text part",
    htmlBody: '<p>Hi</p><img src="cid:chart1">',
    inlineImages: { chart1: image },
  });
  const raw = sentRaw(GmailApp);
  expect(raw).toMatch(/^Content-Type: multipart\/alternative; boundary="[^"]+"/m);
  expect(raw).toMatch(/Content-Type: multipart\/related; boundary=/);
  expect(raw).toContain("Content-ID: <chart1>");
  const back = parseEmlSync(raw);
  expect(back.plainBody.trim()).toBe("Text part");
  expect(back.htmlBody).toContain("cid:chart1");
  expect(back.attachments).toHaveLength(1);
  expect(back.attachments[0]).toMatchObject({
    contentType: "image/png",
    inline: true,
    contentId: "<chart1>",
  });
  expect(Array.from(back.attachments[0].bytes)).toEqual(PNG_BYTES.map((b) => b & 0xff));
});

test("a plain message stays one text part; non-ASCII text is base64 and reads back the same", () => {
  const { MailApp, GmailApp } = setup();
  MailApp.sendEmail("owner@example.com", "Résumé", "Déjà vu — 3 leads");
  const raw = sentRaw(GmailApp);
  expect(raw).toMatch(/^Content-Type: text\/plain; charset=UTF-8$/m);
  expect(raw).toMatch(/^Content-Transfer-Encoding: base64$/m);
  expect(parseEmlSync(raw).plainBody.trim()).toBe("Déjà vu — 3 leads");
});
