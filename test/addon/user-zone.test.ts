// An add-on serves users everywhere: the ledger set up from a card takes the user's zone (from the card's event,
// which useLocaleFromApp and script.locale provide), not the script project's America/Toronto.
import { Sandbox } from "../../sandbox/index";
import { execution, runSetup } from "../../sandbox/cli/run-jobs";
import { records } from "../helpers/ledger-sandbox";
import * as actions from "../../src/addon/actions";
import { ymdInZone } from "../../src/core/ledger/dates";

test("set up from a card in Tokyo: Settings and the sheet are in Asia/Tokyo, and a quick add's date is Tokyo's day", () => {
  // 2026-11-30T20:00Z is Monday Dec 1, 05:00 in Tokyo (still Nov 30 in Toronto).
  const sb = new Sandbox({ now: new Date("2026-11-30T20:00:00Z"), clockFollowsRealTime: false, deployment: "addon" });
  sb.script.setTimeZone("America/Toronto");
  const zone = { timeZone: { id: "Asia/Tokyo", offset: 9 * 3_600_000 } };
  execution(sb, () => actions.setupAction({ commonEventObject: zone }));
  expect(records(sb, "Settings").find((r) => r.Setting === "Time zone")?.Value).toBe("Asia/Tokyo");
  expect(execution(sb, () => SpreadsheetApp.openById(sb.sheets.activeId()).getSpreadsheetTimeZone())).toBe("Asia/Tokyo");
  execution(sb, () =>
    actions.saveLeadAction({ commonEventObject: { ...zone, formInputs: { name: { stringInputs: { value: ["Imelda Fairweather"] } } } } }),
  );
  const [lead] = records(sb, "Leads");
  expect(ymdInZone(lead.Captured as Date, "Asia/Tokyo")).toBe("2026-12-01");
});

test("a bound ledger keeps its own sheet's zone in Settings, not the manifest's America/Toronto", () => {
  const sb = new Sandbox({ now: new Date("2026-11-30T20:00:00Z"), clockFollowsRealTime: false, deployment: "bound" });
  sb.script.setTimeZone("America/Toronto");
  execution(sb, () => SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone("Europe/Paris"));
  runSetup(sb);
  expect(records(sb, "Settings").find((r) => r.Setting === "Time zone")?.Value).toBe("Europe/Paris");
});
