import fs from "node:fs";
import path from "node:path";
import { Sandbox } from "../../sandbox/index";
import { putDriveFile } from "../../sandbox/drive/store";
import { ocrImageWithDrive } from "../../src/workspace/drive-ocr";

const GOOGLE_DOC = "application/vnd.google-apps.document";

// A small typed stand-in for Drive v3, DocumentApp and DriveApp: enough to see what the adapter asks of them.
type G = Record<string, unknown>;
const g = globalThis as unknown as G;

function install(opts: { text?: string; readFails?: boolean; removeFails?: boolean; createFails?: boolean }) {
  const log: string[] = [];
  g.Drive = {
    Files: {
      create: (
        resource: { name: string; mimeType: string },
        blob: { getName(): string },
        args: { ocrLanguage: string },
      ) => {
        if (opts.createFails) throw new Error("Invalid value: The file could not be converted");
        log.push(`create ${resource.mimeType} ${args.ocrLanguage} ${blob.getName()}`);
        return { id: "doc-1" };
      },
      remove: (id: string) => {
        if (opts.removeFails) throw new Error("Insufficient permissions");
        log.push(`remove ${id}`);
      },
    },
  };
  g.DocumentApp = {
    openById: (id: string) => {
      log.push(`open ${id}`);
      if (opts.readFails) throw new Error("Document is missing");
      return { getBody: () => ({ getText: () => opts.text ?? "" }) };
    },
  };
  g.DriveApp = {
    getFileById: (id: string) => ({ setTrashed: (t: boolean) => log.push(`trash ${id} ${t}`) }),
  };
  return log;
}

const blob = { getName: () => "card.jpg" } as unknown as GoogleAppsScript.Base.Blob;

afterEach(() => {
  delete g.Drive;
  delete g.DocumentApp;
  delete g.DriveApp;
});

describe("Drive OCR adapter", () => {
  test("converts the photo to a Google Doc with the language hint, reads it, and removes the document", () => {
    const log = install({ text: "Maya Castillo\nmaya@harborview.example" });
    expect(ocrImageWithDrive(blob, "fr")).toBe("Maya Castillo\nmaya@harborview.example");
    expect(log).toEqual([
      "create application/vnd.google-apps.document fr card.jpg",
      "open doc-1",
      "remove doc-1",
    ]);
  });

  test("the temporary document is removed even when reading it fails", () => {
    const log = install({ readFails: true });
    expect(() => ocrImageWithDrive(blob, "en")).toThrow("Document is missing");
    expect(log).toContain("remove doc-1");
  });

  test("when Drive refuses to delete the document it is trashed instead", () => {
    const log = install({ text: "x", removeFails: true });
    ocrImageWithDrive(blob, "en");
    expect(log).toContain("trash doc-1 true");
  });

  test("Google's conversion error reaches the caller, so the photo is logged and left for a retry", () => {
    install({ createFails: true });
    expect(() => ocrImageWithDrive(blob, "en")).toThrow(/could not be converted/);
  });

  test("without the Drive advanced service the error says what to enable", () => {
    expect(() => ocrImageWithDrive(blob, "en")).toThrow(/Drive advanced service/);
  });
});

describe("Drive OCR adapter through the sandbox's Drive (real offline OCR)", () => {
  const photo = new Uint8Array(
    fs.readFileSync(path.resolve(__dirname, "../../examples/cards/harborview-realty.jpg")),
  );

  function inSandbox<T>(run: (sb: Sandbox) => T): T {
    const sb = new Sandbox({ now: new Date("2025-02-10T15:00:00Z"), clockFollowsRealTime: false });
    const uninstall = sb.install();
    try {
      return run(sb);
    } finally {
      uninstall();
    }
  }

  function googleDocs(): string[] {
    const names: string[] = [];
    const files = DriveApp.getFiles();
    while (files.hasNext()) {
      const f = files.next();
      if (f.getMimeType() === GOOGLE_DOC && !f.isTrashed()) names.push(f.getName());
    }
    return names;
  }

  test("a card photo in the Lead cards folder reads as its text, and no temporary document is left", () => {
    inSandbox((sb) => {
      const id = putDriveFile(sb, "Lead cards", "harborview-realty.jpg", photo, "image/jpeg");
      const text = ocrImageWithDrive(DriveApp.getFileById(id).getBlob(), "en");
      expect(text).toContain("Maya Castillo");
      expect(text).toContain("maya.castillo@harborview-realty.example");
      expect(googleDocs()).toEqual([]);
    });
  });

  test("a corrupt photo gives Google's conversion error and leaves nothing behind", () => {
    inSandbox((sb) => {
      const id = putDriveFile(sb, "Lead cards", "broken.jpg", photo.slice(0, 3000), "image/jpeg");
      expect(() => ocrImageWithDrive(DriveApp.getFileById(id).getBlob(), "en")).toThrow(
        /drive\.files\.create/,
      );
      expect(googleDocs()).toEqual([]);
    });
  });
});
