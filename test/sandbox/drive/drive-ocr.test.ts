import fs from "node:fs";
import path from "node:path";
import { Sandbox } from "../../../sandbox/index";
import { putDriveFile } from "../../../sandbox/drive/store";
import { ocrImageSync } from "../../../sandbox/ocr";
import { SHARED } from "../../helpers/eml";

jest.mock("../../../sandbox/ocr", () => ({ ocrImageSync: jest.fn(() => "Hannah Lowe\nDesign Director\n416-555-0142") }));
const ocr = ocrImageSync as jest.MockedFunction<typeof ocrImageSync>;

const DOC = "application/vnd.google-apps.document";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const cardPhoto = path.join(SHARED, "corpus", "cards", "pc01.png");

function setup() {
  const sb = new Sandbox({ now: new Date("2025-02-10T15:00:00Z"), clockFollowsRealTime: false });
  const g = sb.globals;
  return {
    sb,
    Drive: g.Drive as GoogleAppsScript.Drive,
    DriveApp: g.DriveApp as GoogleAppsScript.Drive.DriveApp,
    DocumentApp: g.DocumentApp as GoogleAppsScript.Document.DocumentApp,
    Utilities: g.Utilities as GoogleAppsScript.Utilities.Utilities,
  };
}

beforeEach(() => ocr.mockClear());

describe("Drive v3 Files.create converting a photo to a Google Doc (Drive's OCR)", () => {
  test("the photo becomes a Doc whose text DocumentApp reads; the language hint picks the OCR languages", () => {
    const { sb, Drive, DriveApp, DocumentApp } = setup();
    const bytes = fs.existsSync(cardPhoto) ? new Uint8Array(fs.readFileSync(cardPhoto)) : PNG;
    const photo = DriveApp.getFileById(putDriveFile(sb, "Lead cards", "pc01.png", bytes, "image/png"));
    const folder = DriveApp.getFoldersByName("Lead cards").next();
    const doc = Drive.Files!.create({ name: "OCR pc01", mimeType: DOC, parents: [folder.getId()] }, photo.getBlob(), { ocrLanguage: "en" });
    expect(doc).toEqual({ kind: "drive#file", id: expect.any(String), name: "OCR pc01", mimeType: DOC });
    expect(ocr).toHaveBeenCalledWith(bytes, ["eng", "fra"]);
    const opened = DocumentApp.openById(doc.id!);
    expect(opened.getName()).toBe("OCR pc01");
    expect(opened.getBody().getText()).toBe("Hannah Lowe\nDesign Director\n416-555-0142");
    expect(Drive.Files!.get(doc.id!, { fields: "id,parents" })).toEqual({ id: doc.id, parents: [folder.getId()] });
  });

  test.each([
    ["fr", ["fra", "eng"]],
    [undefined, ["eng", "fra"]],
  ])("ocrLanguage %s reads with %j", (hint, langs) => {
    const { Drive, Utilities } = setup();
    Drive.Files!.create({ name: "x", mimeType: DOC }, Utilities.newBlob(Array.from(PNG), "image/png", "x.png"), hint ? { ocrLanguage: hint } : {});
    expect(ocr).toHaveBeenCalledWith(PNG, langs);
  });

  test("a file that is not an image (an iPhone HEIC sent as octet-stream) is refused: Drive cannot convert it", () => {
    const { Drive, Utilities } = setup();
    const blob = Utilities.newBlob([0, 0, 0, 24, 102, 116, 121, 112], "application/octet-stream", "IMG_0042.HEIC");
    expect(() => Drive.Files!.create({ name: "x", mimeType: DOC }, blob)).toThrow(
      "API call to drive.files.create failed with error: Conversion of the uploaded content to the requested output type is not supported.",
    );
    expect(ocr).not.toHaveBeenCalled();
  });

  test("a corrupt image (right type, wrong bytes) fails the conversion", () => {
    const { Drive, Utilities } = setup();
    const blob = Utilities.newBlob("this is not a png", "image/png", "broken.png");
    expect(() => Drive.Files!.create({ name: "x", mimeType: DOC }, blob)).toThrow("API call to drive.files.create failed with error: Internal Error");
  });

  test("an image the OCR engine cannot read fails the conversion the same way", () => {
    const { Drive, Utilities } = setup();
    ocr.mockImplementationOnce(() => {
      throw new Error("unreadable image");
    });
    expect(() => Drive.Files!.create({ name: "x", mimeType: DOC }, Utilities.newBlob(Array.from(PNG), "image/png", "x.png"))).toThrow(/Internal Error/);
  });

  test("an image over Drive's 2 MB OCR limit is refused before any OCR", () => {
    const { Drive, Utilities } = setup();
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(() => Drive.Files!.create({ name: "x", mimeType: DOC }, Utilities.newBlob(Array.from(big), "image/png", "big.png"))).toThrow(/too large for OCR/);
    expect(ocr).not.toHaveBeenCalled();
  });
});

describe("Drive v3 Files.list, update, remove", () => {
  test("appProperties mark a processed photo; the list query leaves it out from then on", () => {
    const { sb, Drive, DriveApp } = setup();
    const a = putDriveFile(sb, "Lead cards", "a.png", PNG, "image/png");
    const b = putDriveFile(sb, "Lead cards", "b.png", PNG, "image/png");
    const folderId = DriveApp.getFoldersByName("Lead cards").next().getId();
    const q = `'${folderId}' in parents and trashed = false and not appProperties has { key='leadLedger' and value='done' }`;
    const ids = () => Drive.Files!.list({ q, fields: "files(id,name)" }).files!.map((f) => f.id).sort();
    expect(ids()).toEqual([a, b].sort());
    Drive.Files!.update({ appProperties: { leadLedger: "done" } }, a);
    expect(ids()).toEqual([b]);
    expect(Drive.Files!.get(a, { fields: "appProperties" }).appProperties).toEqual({ leadLedger: "done" });
    Drive.Files!.update({ appProperties: { leadLedger: null } } as never, a);
    expect(ids()).toEqual([a, b].sort());
  });

  test("a list query in v2 words (title) is refused by v3, as the API does", () => {
    const { Drive } = setup();
    expect(() => Drive.Files!.list({ q: "title = 'x'" })).toThrow("API call to drive.files.list failed with error: Invalid Value");
  });

  test("pages of pageSize with a nextPageToken", () => {
    const { sb, Drive } = setup();
    for (let i = 0; i < 5; i++) putDriveFile(sb, "Lead cards", `${i}.png`, PNG, "image/png");
    const first = Drive.Files!.list({ q: "mimeType = 'image/png'", pageSize: 3 });
    expect(first.files).toHaveLength(3);
    const second = Drive.Files!.list({ q: "mimeType = 'image/png'", pageSize: 3, pageToken: first.nextPageToken });
    expect(second.files).toHaveLength(2);
    expect(second.nextPageToken).toBeUndefined();
  });

  test("remove deletes for good; the id is then 'File not found'", () => {
    const { sb, Drive, DocumentApp, Utilities } = setup();
    const doc = Drive.Files!.create({ name: "tmp", mimeType: DOC }, Utilities.newBlob(Array.from(PNG), "image/png", "x.png"));
    Drive.Files!.remove(doc.id!);
    expect(() => Drive.Files!.get(doc.id!)).toThrow(`API call to drive.files.get failed with error: File not found: ${doc.id}.`);
    expect(() => DocumentApp.openById(doc.id!)).toThrow("Document is missing (perhaps it was deleted, or you don't have read access?)");
    expect(sb.kernel.calls["Drive.Files.remove"]).toBe(1);
  });
});
