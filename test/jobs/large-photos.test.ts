// Phone photos Drive's OCR refuses (over 2 MB, HEIC) are read through Drive's own preview, or said once, clearly.
import fs from "node:fs";
import path from "node:path";
import jpeg from "jpeg-js";
import { bigCardPhoto as bigPhoto } from "../helpers/big-photo";
import { ledgerSandbox, records } from "../helpers/ledger-sandbox";
import { deliverLeadMail, execution, runCaptureUntilDone, runSetup } from "../../sandbox/cli/run-jobs";
import { putDriveFile } from "../../sandbox/drive/store";

const cards = path.join(__dirname, "../../examples/cards");
const expected = JSON.parse(fs.readFileSync(path.join(cards, "harborview-realty.expected.json"), "utf8"));

/** An iPhone HEIC's first bytes (ftyp heic): Drive's OCR does not import HEIC. */
const HEIC = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0, 1, 2, 3, 4]);

describe("photos Drive's OCR does not take as they are", () => {
  test("a photo over 2 MB in the Lead cards folder is read through Drive's 1600 px preview and becomes the lead", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    const big = bigPhoto();
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    putDriveFile(sb, "Lead cards", "IMG_4032.png", big, "image/png");
    runCaptureUntilDone(sb);
    const [lead] = records(sb, "Leads");
    expect(lead).toMatchObject({ Email: expected.lead.email, Source: "Business card" });
    expect(sb.kernel.calls["UrlFetchApp.fetch"]).toBe(1);
  });

  test("a HEIC photo Drive has no preview of is said once in Activity, with what to do, and never retried", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    putDriveFile(sb, "Lead cards", "IMG_5001.HEIC", HEIC, "image/heic");
    for (let i = 0; i < 4; i++) runCaptureUntilDone(sb);
    const said = records(sb, "Activity").filter((r) => /IMG_5001/.test(JSON.stringify(r)) || /HEIC/.test(String(r.Details)));
    expect(said).toHaveLength(1);
    expect(String(said[0].Details)).toMatch(/HEIC photos are not read by Drive's OCR.*JPEG/);
    expect(String(said[0].Details)).not.toMatch(/will retry/);
  });

  test("an emailed photo over 2 MB is not dropped silently: Activity says it is too large and what to do", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    const b64 = Buffer.from(bigPhoto()).toString("base64").replace(/.{76}/g, "$&\r\n");
    deliverLeadMail(
      sb,
      [
        "From: Ledger Owner <owner@ledger-owner.example>",
        "To: owner+leads@ledger-owner.example",
        "Subject: card from the fair",
        "Date: Mon, 30 Nov 2026 09:00:00 -0500",
        "Message-ID: <big-card@ledger-owner.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Card attached.",
        "--b1",
        'Content-Type: image/png; name="IMG_4032.png"',
        'Content-Disposition: attachment; filename="IMG_4032.png"',
        "Content-Transfer-Encoding: base64",
        "",
        b64,
        "--b1--",
        "",
      ].join("\r\n"),
    );
    runCaptureUntilDone(sb);
    const details = records(sb, "Activity").map((r) => String(r.Details));
    expect(details.some((d) => /too large for Drive's OCR \(\d+\.\d MB; it reads up to 2 MB\)/.test(d))).toBe(true);
  });
});

describe("the sandbox's Drive preview path, as Google serves it", () => {
  test("thumbnailLink, fetched at =s1600 with the user's token, is a JPEG at most 1600 px; anything else is refused", () => {
    const sb = ledgerSandbox();
    const id = putDriveFile(sb, "Photos", "IMG_4032.png", bigPhoto(), "image/png");
    execution(sb, () => {
      const link = Drive!.Files!.get(id, { fields: "thumbnailLink" }).thumbnailLink!;
      expect(link).toMatch(/^https:\/\/lh3\.googleusercontent\.com\/.+=s220$/);
      const url = link.replace(/=s\d+$/, "=s1600");
      const ok = UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` } });
      const bytes = new Uint8Array(ok.getBlob().getBytes().map((b) => b & 255));
      const img = jpeg.decode(bytes);
      expect(Math.max(img.width, img.height)).toBe(1600);
      expect(ok.getBlob().getContentType()).toBe("image/jpeg");
      expect(UrlFetchApp.fetch(url, { muteHttpExceptions: true }).getResponseCode()).toBe(403);
      expect(() => UrlFetchApp.fetch("https://example.com/")).toThrow(/not implemented in the sandbox/);
    });
  });
});
