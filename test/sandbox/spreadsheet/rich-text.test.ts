// Rich text and wrapping in the sandbox's Range: a link over a cell's text, cleared by a new value; strict where Google is.
import { Sandbox } from "../../../sandbox/index";
import { execution } from "../../../sandbox/cli/run-jobs";

function onSheet<T>(fn: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => T): T {
  const sb = new Sandbox({ now: new Date("2026-11-30T15:00:00Z"), clockFollowsRealTime: false });
  return execution(sb, () => fn(SpreadsheetApp.create("Book").getSheets()[0]));
}

describe("RichTextValue and wrapping", () => {
  test("a linked label reads back as its text (getValues) and its link (getRichTextValues); a new value drops the link", () => {
    onSheet((sheet) => {
      const link = SpreadsheetApp.newRichTextValue().setText("email").setLinkUrl("https://mail.google.com/mail/u/0/#all/abc").build();
      const range = sheet.getRange(1, 1, 1, 1);
      range.setRichTextValues([[link]]);
      expect(range.getValues()).toEqual([["email"]]);
      expect(range.getRichTextValue()!.getLinkUrl()).toBe("https://mail.google.com/mail/u/0/#all/abc");
      range.setValues([["plain"]]);
      expect(range.getRichTextValue()!.getLinkUrl()).toBeNull();
    });
  });

  test("rich text that looks like a formula stays text", () => {
    onSheet((sheet) => {
      sheet.getRange("A1").setRichTextValue(SpreadsheetApp.newRichTextValue().setText("=1+1").build());
      expect(sheet.getRange("A1").getValue()).toBe("=1+1");
      expect(sheet.getRange("A1").getFormula()).toBe("");
    });
  });

  test("a link over part of the text is not implemented (loudly); a wrong-shaped write throws as Google does", () => {
    onSheet((sheet) => {
      expect(() => SpreadsheetApp.newRichTextValue().setText("email me").setLinkUrl(0, 5, "https://x.example")).toThrow(
        /not implemented in the sandbox/,
      );
      const v = SpreadsheetApp.newRichTextValue().setText("a").build();
      expect(() => sheet.getRange(1, 1, 2, 1).setRichTextValues([[v]])).toThrow(/number of rows/i);
    });
  });

  test("wrap is set per cell and new rows inserted below take it, like other formats", () => {
    onSheet((sheet) => {
      sheet.getRange(1, 2, sheet.getMaxRows(), 1).setWrap(true);
      sheet.insertRowsAfter(sheet.getMaxRows(), 5);
      expect(sheet.getRange(sheet.getMaxRows(), 2).getWrap()).toBe(true);
      expect(sheet.getRange(1, 1).getWrap()).toBe(false);
    });
  });
});
