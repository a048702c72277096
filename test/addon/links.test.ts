// Links a user clicks open the right Google account and the lead's own row.
import { ledgerSandbox, deliverInquiries, records, links } from "../helpers/ledger-sandbox";
import { execution, runSetup, runCaptureUntilDone } from "../../sandbox/cli/run-jobs";
import { cardJson } from "../../sandbox/card-service";
import * as actions from "../../src/addon/actions";
import { rowLink } from "../../src/workspace/sheet-link";
import type { CardEvent } from "../../src/addon/form-input";

function quickAdd(name: string): CardEvent {
  return { commonEventObject: { formInputs: { name: { stringInputs: { value: [name] } } }, parameters: { origin: "quick" } } };
}

function openLinks(response: unknown): string[] {
  const out: string[] = [];
  JSON.stringify(cardJson(response as never), (k, v) => (k === "Url" || k === "url" ? (out.push(String(v)), v) : v));
  return out;
}

describe("links", () => {
  test("a captured email's Origin opens the owner's mailbox by address, never /u/0/ (the first account signed in)", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(sb, [3]);
    runCaptureUntilDone(sb);
    expect(records(sb, "Leads")[0].Origin).toBe("email");
    const origin = String(links(sb, "Leads", "Origin")[0][1]);
    expect(origin).not.toContain("/u/0/");
    expect(origin).toMatch(new RegExp(`^https://mail\\.google\\.com/mail/\\?authuser=${encodeURIComponent(sb.user)}#all/[0-9a-f]+$`));
  });

  test("after a quick add the card's button opens the Leads tab on that lead's row", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    execution(sb, () => actions.saveLeadAction(quickAdd("Imelda Fairweather")));
    const response = execution(sb, () => actions.saveLeadAction(quickAdd("Bartholomew Quince")));
    const gid = execution(sb, () => SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Leads")!.getSheetId());
    const rowOf = records(sb, "Leads").findIndex((r) => r.Name === "Bartholomew Quince") + 2;
    expect(rowOf).toBe(3);
    expect(openLinks(response)).toContain(`https://docs.google.com/spreadsheets/d/${sb.sheets.activeId()}/edit#gid=${gid}&range=A3`);
  });

  test.each([
    ["https://docs.google.com/spreadsheets/d/abc/edit", "https://docs.google.com/spreadsheets/d/abc/edit#gid=7&range=A12"],
    ["https://docs.google.com/spreadsheets/d/abc/edit?usp=sharing#gid=0", "https://docs.google.com/spreadsheets/d/abc/edit#gid=7&range=A12"],
    ["https://docs.google.com/spreadsheets/d/abc", "https://docs.google.com/spreadsheets/d/abc/edit#gid=7&range=A12"],
  ])("a row link from %s keeps one /edit and one #gid", (url, link) => {
    expect(rowLink(url, 7, 12)).toBe(link);
  });
});
