// HtmlService and ContentService as a web app's doGet/doPost use them: outputs that hold their content.
import type { Kernel } from "../kernel";
import { strictObject } from "../strict-object";

const MIME = {
  TEXT: "TEXT",
  JSON: "JSON",
  CSV: "CSV",
  ICAL: "ICAL",
  JAVASCRIPT: "JAVASCRIPT",
  RSS: "RSS",
  ATOM: "ATOM",
  VCARD: "VCARD",
  XML: "XML",
} as const;

export function createContentService(kernel: Kernel): GoogleAppsScript.Content.ContentService {
  return strictObject("ContentService", {
    MimeType: MIME,
    createTextOutput(content?: string) {
      kernel.call("ContentService.createTextOutput");
      let text = content ?? "";
      let mime: string = MIME.TEXT;
      const out = strictObject("ContentService.TextOutput", {
        getContent: () => text,
        setContent(c: string) {
          text = String(c);
          return out;
        },
        getMimeType: () => mime,
        setMimeType(m: string) {
          if (!(m in MIME)) throw new Error(`Invalid argument: mimeType`);
          mime = m;
          return out;
        },
      });
      return out;
    },
  }) as unknown as GoogleAppsScript.Content.ContentService;
}

export function createHtmlService(kernel: Kernel): GoogleAppsScript.HTML.HtmlService {
  return strictObject("HtmlService", {
    XFrameOptionsMode: { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" },
    createHtmlOutput(html?: string) {
      kernel.call("HtmlService.createHtmlOutput");
      let content = html ?? "";
      let title = "";
      const out = strictObject("HtmlService.HtmlOutput", {
        getContent: () => content,
        setContent(c: string) {
          content = String(c);
          return out;
        },
        getTitle: () => title,
        setTitle(t: string) {
          title = String(t);
          return out;
        },
      });
      return out;
    },
  }) as unknown as GoogleAppsScript.HTML.HtmlService;
}
