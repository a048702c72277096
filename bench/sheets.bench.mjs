// Spreadsheet fake: time to write and read a 1,000-row ledger, to compute a 12-week summary of COUNTIFS
// formulas over it, to export it to xlsx and csv, and the size of the saved state.
import { loadTs } from "./load-ts.mjs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const { Sandbox, exportWorkbook } = await loadTs(
  "sheets",
  `export { Sandbox } from "./sandbox/index"; export { exportWorkbook } from "./sandbox/export";`,
);

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const sb = new Sandbox({ now: new Date("2025-04-01T15:00:00Z"), clockFollowsRealTime: false });
const { SpreadsheetApp } = sb.globals;
const ss = SpreadsheetApp.getActiveSpreadsheet();
const leads = ss.insertSheet("Leads");
const ROWS = 1000;
const COLS = 25;
const stages = ["New", "Contacted", "Appointment", "Proposal", "Won", "Lost"];
const rows = [Array.from({ length: COLS }, (_, c) => `Column ${c + 1}`)];
for (let r = 1; r < ROWS; r++) {
  rows.push(
    Array.from({ length: COLS }, (_, c) =>
      c === 1
        ? stages[r % 6]
        : c === 2
          ? new Date(Date.UTC(2025, 0, 1 + (r % 90), 15))
          : c === 3
            ? `'+1416555${String(r % 100).padStart(4, "0")}`
            : `Lead ${r} field ${c}`,
    ),
  );
}

let t0 = process.hrtime.bigint();
leads.getRange(1, 1, ROWS, COLS).setValues(rows);
console.log(`setValues ${ROWS}x${COLS}: ${ms(t0).toFixed(1)} ms`);

t0 = process.hrtime.bigint();
const values = leads.getDataRange().getValues();
console.log(`getValues ${values.length}x${values[0].length}: ${ms(t0).toFixed(1)} ms`);

const summary = ss.insertSheet("Summary");
const formulas = Array.from({ length: 12 }, (_, w) =>
  stages.map(
    (s) =>
      `=COUNTIFS(Leads!B:B,"${s}",Leads!C:C,">="&(DATE(2025,1,1)+${w * 7}),Leads!C:C,"<"&(DATE(2025,1,8)+${w * 7}))`,
  ),
);
summary.getRange(1, 1, 12, stages.length).setFormulas(formulas);
t0 = process.hrtime.bigint();
const counts = summary.getRange(1, 1, 12, stages.length).getValues();
console.log(
  `12 weeks x ${stages.length} stages of COUNTIFS over ${ROWS} rows: ${ms(t0).toFixed(1)} ms (week 1: ${counts[0].join(", ")})`,
);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheets-bench-"));
t0 = process.hrtime.bigint();
await exportWorkbook(ss, dir, "Lead Ledger");
const xlsxKb = fs.statSync(path.join(dir, "Lead Ledger.xlsx")).size / 1024;
console.log(`export xlsx + csv: ${ms(t0).toFixed(1)} ms (xlsx ${xlsxKb.toFixed(0)} KB)`);

t0 = process.hrtime.bigint();
sb.save(dir);
const stateKb = fs.statSync(path.join(dir, "sandbox-state.json")).size / 1024;
console.log(
  `save: ${ms(t0).toFixed(1)} ms (${stateKb.toFixed(0)} KB); load: ${(() => {
    const t = process.hrtime.bigint();
    Sandbox.load(dir);
    return ms(t).toFixed(1);
  })()} ms`,
);
console.log(`SpreadsheetApp calls counted: ${sb.kernel.countOf("SpreadsheetApp")}`);
fs.rmSync(dir, { recursive: true, force: true });
