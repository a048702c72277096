// The entry points Apps Script calls by name, run in the sandbox as a user would trigger them.
import { Sandbox } from "../sandbox/index";
import { execution } from "../sandbox/cli/run-jobs";
import { onOpen, setupLedger, captureNow } from "../src/main";

describe("entry points", () => {
  test("opening the sheet adds the Lead Ledger menu with Set up and Capture now", () => {
    const sb = new Sandbox({ now: new Date("2026-11-30T15:00:00Z"), clockFollowsRealTime: false });
    sb.sheets.withUi(() => execution(sb, () => onOpen()));
    expect(JSON.stringify(sb.sheets.menus())).toMatch(
      /Lead Ledger.*Set up.*setupLedger.*Capture now.*captureNow/,
    );
  });

  test("Set up and Capture now from the menu run and tell the user what happened", () => {
    const sb = new Sandbox({ now: new Date("2026-11-30T15:00:00Z"), clockFollowsRealTime: false });
    sb.sheets.withUi(() => execution(sb, () => setupLedger()));
    sb.sheets.withUi(() => execution(sb, () => captureNow()));
    const toasts = JSON.stringify(sb.sheets.book().toasts ?? []);
    expect(toasts).toMatch(/Set up: Leads tab/);
    expect(toasts).toMatch(/Captured 0, merged 0, skipped 0/);
  });
});
