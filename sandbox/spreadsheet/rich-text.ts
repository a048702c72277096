// SpreadsheetApp.RichTextValue and RichTextValueBuilder: a cell's text with a link over all of it (what a
// hyperlink cell is). Building one is local in Apps Script (no round trip), so builders are not counted;
// links over part of the text and text styles are not implemented.
import { notImplemented } from "../kernel";
import { strict } from "../strict";

export type GRichText = GoogleAppsScript.Spreadsheet.RichTextValue;

export class RichTextValueFake {
  constructor(
    readonly text: string,
    readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    if (startOffset === undefined) return this.link;
    return startOffset === 0 && endOffset === this.text.length ? this.link : notImplemented("RichTextValue.getLinkUrl(start, end) over part of the text");
  }
  getStartIndex(): number {
    return 0;
  }
  getEndIndex(): number {
    return this.text.length;
  }
  getRuns(): GRichText[] {
    return [this as unknown as GRichText];
  }
}

export function makeRichText(text: string, link: string | null): GRichText {
  return strict(new RichTextValueFake(text, link), "spreadsheet", "RichTextValue", "SpreadsheetApp.RichTextValue") as unknown as GRichText;
}

class RichTextBuilderFake {
  private text = "";
  private link: string | null = null;
  setText(text: string): this {
    if (typeof text !== "string") throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.RichTextValueBuilder.setText.");
    this.text = text;
    return this;
  }
  setLinkUrl(a: number | string | null, b?: number, c?: string | null): this {
    if (b === undefined) this.link = (a as string | null) || null;
    else if (a === 0 && b === this.text.length) this.link = c || null;
    else notImplemented("RichTextValueBuilder.setLinkUrl over part of the text");
    return this;
  }
  build(): GRichText {
    if (this.link && !/^(https?|mailto):/i.test(this.link)) throw new Error(`Invalid argument: ${this.link}`);
    return makeRichText(this.text, this.link);
  }
}

export function makeRichTextBuilder(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
  return strict(new RichTextBuilderFake(), "spreadsheet", "RichTextValueBuilder", "SpreadsheetApp.RichTextValueBuilder") as unknown as GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
}
