import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Sandbox } from "../../../sandbox/index";
import { putDriveFile } from "../../../sandbox/drive/store";

const NOW = new Date("2025-02-10T15:00:00Z");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function setup() {
  const sb = new Sandbox({ now: NOW, clockFollowsRealTime: false });
  const g = sb.globals;
  return {
    sb,
    DriveApp: g.DriveApp as GoogleAppsScript.Drive.DriveApp,
    Utilities: g.Utilities as GoogleAppsScript.Utilities.Utilities,
  };
}

const names = (it: GoogleAppsScript.Drive.FileIterator | GoogleAppsScript.Drive.FolderIterator) => {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out.sort();
};

describe("DriveApp", () => {
  test("a photo dropped into 'Lead cards' by the Drive app is found by folder name, with its bytes and type", () => {
    const { sb, DriveApp } = setup();
    const id = putDriveFile(sb, "Lead cards", "IMG_0001.png", PNG, "image/png");
    const folders = DriveApp.getFoldersByName("Lead cards");
    expect(folders.hasNext()).toBe(true);
    const folder = folders.next();
    expect(folders.hasNext()).toBe(false);
    const file = folder.getFiles().next();
    expect(file.getId()).toBe(id);
    expect(file.getMimeType()).toBe("image/png");
    expect(file.getSize()).toBe(PNG.length);
    expect(file.getBlob().getBytes()[0]).toBe(0x89 - 256); // Java bytes are signed
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${id}/view?usp=drivesdk`);
    expect(file.getDateCreated()).toEqual(NOW);
    expect(names(file.getParents())).toEqual(["Lead cards"]);
    expect(DriveApp.getFileById(id).getName()).toBe("IMG_0001.png");
  });

  test("next() past the end throws, as Apps Script's iterators do", () => {
    const { DriveApp } = setup();
    const it = DriveApp.getFoldersByName("Nope");
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow("Cannot retrieve the next object: iterator has reached the end.");
  });

  test("an unknown id is Google's 'No item with the given ID' error; a file id is not a folder", () => {
    const { sb, DriveApp } = setup();
    const id = putDriveFile(sb, "Lead cards", "a.png", PNG, "image/png");
    expect(() => DriveApp.getFileById("1missing")).toThrow(/No item with the given ID could be found/);
    expect(() => DriveApp.getFolderById(id)).toThrow(/No item with the given ID/);
  });

  test("trashed files still come back from getFiles (check isTrashed), but not from a trashed = false search", () => {
    const { sb, DriveApp } = setup();
    putDriveFile(sb, "Lead cards", "kept.png", PNG, "image/png");
    const gone = putDriveFile(sb, "Lead cards", "gone.png", PNG, "image/png");
    DriveApp.getFileById(gone).setTrashed(true);
    const folder = DriveApp.getFoldersByName("Lead cards").next();
    expect(names(folder.getFiles())).toEqual(["gone.png", "kept.png"]);
    expect(names(folder.searchFiles("trashed = false"))).toEqual(["kept.png"]);
    expect(DriveApp.getFileById(gone).isTrashed()).toBe(true);
  });

  const searches: [why: string, q: string, expected: string[]][] = [
    ["images by type prefix", "mimeType contains 'image/'", ["card.jpg", "photo.png"]],
    ["an exact type", "mimeType = 'image/png'", ["photo.png"]],
    ["title contains matches from the start of a word", "title contains 'card'", ["card.jpg"]],
    ["…not inside a word (Drive's prefix rule)", "title contains 'ard'", []],
    ["not and parentheses", "not (mimeType contains 'image/') and trashed = false", ["notes.txt"]],
    ["or", "title = 'notes.txt' or title = 'card.jpg'", ["card.jpg", "notes.txt"]],
  ];
  test.each(searches)("searchFiles: %s (%s)", (_why, q, expected) => {
    const { sb, DriveApp } = setup();
    putDriveFile(sb, "Lead cards", "photo.png", PNG, "image/png");
    putDriveFile(sb, "Lead cards", "card.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0]), "image/jpeg");
    putDriveFile(sb, "Other", "notes.txt", new Uint8Array([104, 105]), "text/plain");
    expect(names(DriveApp.searchFiles(q))).toEqual(expected);
  });

  test("a query Drive cannot read is refused", () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.searchFiles("colour = 'red'")).toThrow("Invalid argument: q");
    expect(() => DriveApp.searchFiles("title contains")).toThrow("Invalid argument: q");
  });

  test("createFile from a blob, moveTo another folder, folder in parents query", () => {
    const { DriveApp, Utilities } = setup();
    const processed = DriveApp.getRootFolder().createFolder("Processed");
    const inbox = DriveApp.createFolder("Lead cards");
    const file = inbox.createFile(Utilities.newBlob("hello", "text/plain", "note.txt"));
    expect(file.getBlob().getDataAsString()).toBe("hello");
    file.moveTo(processed);
    expect(names(inbox.getFiles())).toEqual([]);
    expect(names(DriveApp.searchFiles(`'${processed.getId()}' in parents`))).toEqual(["note.txt"]);
    file.setDescription("lead L-7");
    expect(DriveApp.getFileById(file.getId()).getDescription()).toBe("lead L-7");
  });

  test("makeCopy gives a new file with the same bytes; the original is untouched", () => {
    const { sb, DriveApp } = setup();
    const original = DriveApp.getFileById(putDriveFile(sb, "Lead cards", "a.png", PNG, "image/png"));
    const copy = original.makeCopy("b.png", DriveApp.createFolder("Archive"));
    expect(copy.getId()).not.toBe(original.getId());
    expect(copy.getBlob().getBytes()).toEqual(original.getBlob().getBytes());
    expect(names(copy.getParents())).toEqual(["Archive"]);
    expect(original.getName()).toBe("a.png");
  });

  test("DocumentApp.create makes an empty Doc that DriveApp lists as a Google Doc", () => {
    const { sb, DriveApp } = setup();
    const DocumentApp = sb.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const doc = DocumentApp.create("Notes");
    doc.getBody().setText("Call back Tuesday");
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe("application/vnd.google-apps.document");
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(DocumentApp.openByUrl(file.getUrl()).getBody().getText()).toBe("Call back Tuesday");
    expect(() => DocumentApp.openById(putDriveFile(sb, "x", "a.png", PNG, "image/png"))).toThrow(
      /Document is missing/,
    );
  });

  test("Drive survives save and load", () => {
    const { sb } = setup();
    const id = putDriveFile(sb, "Lead cards/2025", "a.png", PNG, "image/png");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drive-"));
    sb.save(dir);
    const again = Sandbox.load(dir, { clockFollowsRealTime: false });
    const D2 = again.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
    const f = D2.getFileById(id);
    expect(f.getBlob().getBytes().length).toBe(PNG.length);
    expect(names(f.getParents())).toEqual(["2025"]);
    expect(f.getDateCreated()).toEqual(NOW);
  });

  test("an unbuilt member fails loudly", () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.getStorageLimit()).toThrow(
      "DriveApp.getStorageLimit is not implemented in the sandbox",
    );
  });
});
