// DocumentApp, enough to read a Google Doc's text (e.g. the one Drive's OCR made from a card photo).
import type { Kernel } from "../kernel";
import { unbuilt } from "../unbuilt";
import { addFile, driveState, DOCS_MIME, type StoredFile } from "../drive/store";
import { fileUrl } from "../drive/file";

/** Apps Script's message when openById names no document the user can read. */
export const DOC_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

function stored(kernel: Kernel, id: string): StoredFile {
  const f = driveState(kernel).files[id];
  if (!f || f.mimeType !== DOCS_MIME || f.docText === undefined) throw new Error(DOC_MISSING);
  return f;
}

// The Apps Script interfaces give the classes their full types; unbuilt members are stubbed below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface BodyFake extends GoogleAppsScript.Document.Body {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class BodyFake {
  constructor(
    private readonly kernel: Kernel,
    private readonly docId: string,
  ) {}
  private call(method: string): StoredFile {
    this.kernel.call(`DocumentApp.Body.${method}`);
    return stored(this.kernel, this.docId);
  }
  getText(): string {
    return this.call("getText").docText ?? "";
  }
  setText(text: string): GoogleAppsScript.Document.Body {
    this.call("setText").docText = text;
    return this;
  }
  clear(): GoogleAppsScript.Document.Body {
    this.call("clear").docText = "";
    return this;
  }
}
unbuilt(BodyFake, "DocumentApp.Body", `appendParagraph appendHorizontalRule appendImage appendListItem appendPageBreak appendTable copy
  editAsText findElement findText getAttributes getChild getChildIndex getHeadingAttributes getImages getListItems
  getMarginBottom getMarginLeft getMarginRight getMarginTop getNumChildren getPageHeight getPageWidth getParagraphs
  getParent getTables getTextAlignment getType insertHorizontalRule insertImage insertListItem insertPageBreak
  insertParagraph insertTable removeChild replaceText setAttributes setHeadingAttributes setMarginBottom setMarginLeft
  setMarginRight setMarginTop setPageHeight setPageWidth setTextAlignment`);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DocumentFake extends GoogleAppsScript.Document.Document {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DocumentFake {
  constructor(
    private readonly kernel: Kernel,
    private readonly docId: string,
  ) {}
  private call(method: string): StoredFile {
    this.kernel.call(`DocumentApp.Document.${method}`);
    return stored(this.kernel, this.docId);
  }
  getId(): string {
    return this.call("getId").id;
  }
  getName(): string {
    return this.call("getName").name;
  }
  setName(name: string): GoogleAppsScript.Document.Document {
    this.call("setName").name = name;
    return this;
  }
  getUrl(): string {
    return fileUrl(this.call("getUrl"));
  }
  getBody(): GoogleAppsScript.Document.Body {
    this.call("getBody");
    return new BodyFake(this.kernel, this.docId);
  }
  saveAndClose(): void {
    this.call("saveAndClose");
  }
}
unbuilt(DocumentFake, "DocumentApp.Document", `addBookmark addEditor addEditors addFooter addHeader addNamedRange addViewer
  addViewers getActiveTab getAs getBlob getBookmark getBookmarks getCursor getEditors getFooter getFootnotes getHeader
  getLanguage getNamedRangeById getNamedRanges getSelection getSupportedLanguageCodes getTab getTabs getViewers
  newPosition newRange removeEditor removeViewer setActiveTab setCursor setLanguage setSelection`);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DocumentAppFake extends GoogleAppsScript.Document.DocumentApp {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DocumentAppFake {
  constructor(private readonly kernel: Kernel) {}
  openById(id: string): GoogleAppsScript.Document.Document {
    this.kernel.call("DocumentApp.openById");
    return new DocumentFake(this.kernel, stored(this.kernel, id).id);
  }
  openByUrl(url: string): GoogleAppsScript.Document.Document {
    this.kernel.call("DocumentApp.openByUrl");
    const id = /\/document\/d\/([^/]+)/.exec(url)?.[1] ?? "";
    return new DocumentFake(this.kernel, stored(this.kernel, id).id);
  }
  create(name: string): GoogleAppsScript.Document.Document {
    this.kernel.call("DocumentApp.create");
    const f = addFile(this.kernel, { name, mimeType: DOCS_MIME, docText: "", parents: [driveState(this.kernel).rootId] });
    return new DocumentFake(this.kernel, f.id);
  }
}
unbuilt(DocumentAppFake, "DocumentApp", "getActiveDocument getUi");
