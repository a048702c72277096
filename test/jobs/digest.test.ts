// The daily digest through the sandbox's timer: business days at the Reminder time, only with something to
// say, one a day, text and HTML, logged.
import { execution, scriptHandlers } from "../../sandbox/cli/run-jobs";
import { mailState } from "../../sandbox/gmail/store";
import { parseEmlSync } from "../../sandbox/eml";
import { runTimedPass } from "../../src/jobs/timed";
import { activity, followUpSandbox, leadRow } from "../helpers/followup-sandbox";
import type { Sandbox } from "../../sandbox/index";

const pass = (sb: Sandbox, iso: string) => {
  sb.kernel.setNow(new Date(iso));
  return execution(sb, () => runTimedPass({ now: () => sb.kernel.now() }));
};
const sent = (sb: Sandbox) =>
  Object.values(mailState(sb.kernel).messages).filter(
    (m) => m.labelIds.includes("SENT") && /^Follow-ups for/.test(m.subject),
  );

/** Monday 7 December 2026: L-0001 due today, L-0002 overdue, L-0003 no next step, L-0004 won, L-0005 later. */
function ledger(): Sandbox {
  return followUpSandbox([
    { followUp: "2026-12-07" },
    { followUp: "2026-12-01" },
    { followUp: "" },
    { followUp: "2026-12-07", stage: "Won" },
    { followUp: "2026-12-20" },
  ]);
}

describe("daily digest", () => {
  test("Monday at the Reminder time: one email to the owner, text and HTML, each line with name, company, phone and row link", () => {
    const sb = ledger();
    pass(sb, "2026-12-07T13:50:00Z"); // 08:50 in Toronto: not yet
    expect(sent(sb)).toHaveLength(0);
    pass(sb, "2026-12-07T14:00:00Z");
    expect(sent(sb)).toHaveLength(1);
    const m = sent(sb)[0];
    expect(m.to).toBe("owner@ledger-owner.example");
    expect(m.subject).toBe("Follow-ups for Monday 7 December: 1 due today, 1 overdue, 1 with no next step");
    const parsed = parseEmlSync(m.raw);
    expect(m.raw).toMatch(/Content-Type: multipart\/alternative/);
    const due = leadRow(sb, "L-0001");
    expect(parsed.plainBody).toMatch(
      new RegExp(
        `Due today \\(1\\)\\n- ${due.Name}, ${due.Company}, ${String(due.Phone).replace(/[+]/g, "\\+")}: https://docs\\.google\\.com/spreadsheets/d/[^#]+#gid=\\d+&range=A2`,
      ),
    );
    expect(parsed.plainBody).toMatch(/Overdue \(1\)\n- .*\(follow-up was 2026-12-01\)/);
    expect(parsed.plainBody).toMatch(/Open leads with no next step \(1\)\n- /);
    expect(parsed.plainBody).not.toContain(String(leadRow(sb, "L-0004").Name)); // Won: nothing to chase
    expect(parsed.htmlBody).toMatch(/<a href="tel:\+?\d+">/);
    expect(activity(sb).filter((a) => a.Event === "digest sent")).toHaveLength(1);
  });

  test("never two the same day, however many passes run", () => {
    const sb = ledger();
    pass(sb, "2026-12-07T14:00:00Z");
    pass(sb, "2026-12-07T15:00:00Z");
    pass(sb, "2026-12-07T22:00:00Z");
    expect(sent(sb)).toHaveLength(1);
    pass(sb, "2026-12-08T14:10:00Z");
    expect(sent(sb)).toHaveLength(2);
  });

  test("not on a weekend", () => {
    const sb = ledger();
    pass(sb, "2026-12-12T15:00:00Z"); // Saturday
    pass(sb, "2026-12-13T15:00:00Z"); // Sunday
    expect(sent(sb)).toHaveLength(0);
  });

  test("nothing to say: no email", () => {
    const sb = followUpSandbox([{ followUp: "2026-12-20" }]);
    sb.kernel.setNow(new Date("2026-12-08T14:00:00Z")); // the lead was captured over a day ago: not new
    pass(sb, "2026-12-08T14:00:00Z");
    expect(sent(sb)).toHaveLength(0);
  });

  test("Daily digest set to off in Settings: no email", () => {
    const sb = ledger();
    const [head, ...rows] = sb.sheets.read("Settings");
    const r = rows.findIndex((row) => row[head.indexOf("Setting")] === "Daily digest");
    // Typed in the Settings tab: the on-edit trigger makes the next job read Settings again.
    sb.sheets.edit({ sheet: "Settings", a1: `B${r + 2}` }, "off", scriptHandlers(sb));
    pass(sb, "2026-12-07T14:00:00Z");
    expect(sent(sb)).toHaveLength(0);
  });
});
