// Summary rebuild on a generated ledger of 10,000 leads: Sheets calls per rebuild (the same at 100 leads:
/* global SpreadsheetApp */
// O(1)), CPU time of the core computation in Node (goal < 200 ms), and the charts left after a second rebuild.
import { loadTs } from "./load-ts.mjs";

const {
  Sandbox,
  execution,
  runSetup,
  rebuildSummary,
  putLeads,
  generatedLeads,
  computeSummary,
  summarySheet,
  readAllRecords,
} = await loadTs(
  "summary",
  `export { Sandbox } from "./sandbox/index";
     export { execution, runSetup } from "./sandbox/cli/run-jobs";
     export { rebuildSummary } from "./src/jobs/summary";
     export { putLeads, generatedLeads } from "./test/helpers/summary-ledger";
     export { computeSummary } from "./src/core/summary/summary";
     export { summarySheet } from "./src/core/summary/layout";
     import { mapHeaders } from "./src/core/ledger/headers";
     import { readRecord } from "./src/core/ledger/record";
     import { LEAD_COLUMNS } from "./src/core/ledger/columns";
     export function readAllRecords(values) {
       const map = mapHeaders(values[0], LEAD_COLUMNS);
       return values.slice(1).map((r, i) => ({ rec: readRecord(r, map), row: i + 2 }));
     }`,
);

const NOW = new Date("2026-11-30T15:00:00Z");

function ledger(n) {
  const sb = new Sandbox({ now: NOW, clockFollowsRealTime: false });
  runSetup(sb);
  putLeads(sb, generatedLeads(n, NOW));
  return sb;
}

function rebuildCalls(sb) {
  const before = { ...sb.kernel.calls };
  const r = execution(sb, () => rebuildSummary({ now: () => sb.kernel.now() }));
  if (r.status !== "rebuilt") throw new Error(`rebuild: ${r.status}`);
  const calls = {};
  for (const [k, v] of Object.entries(sb.kernel.calls)) {
    const d = v - (before[k] ?? 0);
    if (d && k.startsWith("SpreadsheetApp")) calls[k] = d;
  }
  return calls;
}

const total = (calls) => Object.values(calls).reduce((a, b) => a + b, 0);

const big = ledger(10000);
const first = rebuildCalls(big);
const second = rebuildCalls(big);
const small = ledger(100);
rebuildCalls(small);
const smallSecond = rebuildCalls(small);
const charts = execution(big, () =>
  SpreadsheetApp.openById(big.sheets.activeId())
    .getSheetByName("Summary")
    .getCharts()
    .map((c) => c.getOptions().get("title")),
);
console.log(
  `Sheets calls per rebuild, 10,000 leads: first ${total(first)} (inserts the charts), then ${total(second)}; 100 leads: ${total(smallSecond)}`,
);
console.log(`  by method (10,000 leads, second rebuild): ${JSON.stringify(second)}`);
console.log(`charts on Summary after two rebuilds: ${charts.length} (${charts.join(" | ")})`);
if (charts.length !== 3) process.exitCode = 1;

// CPU of the core computation only: the records as one read gives them, then computeSummary and the layout.
const values = execution(big, () =>
  SpreadsheetApp.openById(big.sheets.activeId()).getSheetByName("Leads").getDataRange().getValues(),
);
const rows = readAllRecords(values);
const cpu = (fn) => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const opts = { now: NOW, timeZone: "America/Toronto", weekStartsOn: "Monday" };
const cold = cpu(() => computeSummary(rows, opts));
const runs = Array.from({ length: 7 }, () =>
  cpu(() => summarySheet(computeSummary(rows, opts), { computedAt: NOW, leadsSheetId: 1 })),
);
runs.sort((a, b) => a - b);
const readCpu = cpu(() => readAllRecords(values));
console.log(
  `core CPU, 10,000 leads: computeSummary first run ${cold.toFixed(0)} ms; computeSummary + layout median of 7 ${runs[3].toFixed(0)} ms (min ${runs[0].toFixed(0)}, max ${runs[6].toFixed(0)}); records from the read ${readCpu.toFixed(0)} ms — goal < 200 ms`,
);
