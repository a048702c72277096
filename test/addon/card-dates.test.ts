// Dates chosen in a card's date picker land on the day the user picked, west and east of UTC.
import { ledgerSandbox, records } from "../helpers/ledger-sandbox";
import { execution, runSetup } from "../../sandbox/cli/run-jobs";
import { cardJson } from "../../sandbox/card-service";
import * as actions from "../../src/addon/actions";
import { leadFormSection } from "../../src/addon/lead-form";
import { ymdInZone } from "../../src/core/ledger/dates";
import type { CardEvent } from "../../src/addon/form-input";

/** What Google sends for a date picked in a card: that day at 00:00 UTC, whatever the user's zone. */
function quickAdd(name: string, ymd: string, zone: string): CardEvent {
  return {
    commonEventObject: {
      formInputs: {
        name: { stringInputs: { value: [name] } },
        followUp: { dateInput: { msSinceEpoch: String(Date.parse(`${ymd}T00:00:00Z`)) } },
      },
      parameters: { origin: "quick" },
      timeZone: { id: zone },
    },
  };
}

describe.each([
  ["America/Toronto", "west of UTC: read in the local zone, 00:00 UTC is the evening before"],
  ["Pacific/Honolulu", "far west of UTC"],
  ["Asia/Tokyo", "east of UTC"],
  ["Pacific/Auckland", "far east of UTC (and in summer time in December)"],
])("a card date picked in %s (%s)", (zone) => {
  test("becomes that same day in Next follow-up", () => {
    const sb = ledgerSandbox();
    sb.script.setTimeZone(zone);
    // The user's own sheet, in their zone (a bound ledger keeps its sheet's zone).
    execution(sb, () => SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone(zone));
    runSetup(sb);
    execution(sb, () => actions.saveLeadAction(quickAdd("Imelda Fairweather", "2026-12-10", zone)));
    const [row] = records(sb, "Leads");
    expect(row["Next follow-up"]).toBeInstanceOf(Date);
    expect(ymdInZone(row["Next follow-up"] as Date, zone)).toBe("2026-12-10");
  });

  test("a follow-up shown in the card's picker is that day at 00:00 UTC, so it shows the same day", () => {
    const sb = ledgerSandbox();
    sb.script.setTimeZone(zone);
    const json = JSON.stringify(
      cardJson(
        execution(sb, () =>
          CardService.newCardBuilder().addSection(leadFormSection({ name: "Imelda Fairweather", followUp: "2026-12-10" }, "Lead")).build(),
        ) as never,
      ),
    );
    expect(json).toContain(String(Date.parse("2026-12-10T00:00:00Z")));
  });
});
