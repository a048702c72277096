import { ocrImageWithDrive } from "../../src/workspace/drive-ocr";

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
