// Capture of 500 forwarded emails (50 from people already in the ledger) into a set-up ledger: Lead Ledger's
// capture job beside a naive implementation, in the same run — calls per service, the ratio of round-trip
// service calls, and the Apps Script time modelled by bench/capture/latency.ts (see bench/README.md).
import { loadTs } from "./load-ts.mjs";

const { runBench } = await loadTs("capture", "bench/capture/driver.ts");
const started = Date.now();
const { ours, naive } = runBench(500, 50);

const byService = (calls) => {
  const out = {};
  for (const [m, n] of Object.entries(calls)) out[m.split(".")[0]] = (out[m.split(".")[0]] ?? 0) + n;
  return out;
};
const so = byService(ours.calls);
const sn = byService(naive.calls);
const services = [...new Set([...Object.keys(so), ...Object.keys(sn)])].sort();
const pad = (s, n) => String(s).padStart(n);
console.log(
  `500 forwarded emails, 50 from people already in the ledger (${((Date.now() - started) / 1000).toFixed(1)} s of real time)\n`,
);
console.log(`${"service".padEnd(20)}${pad("Lead Ledger", 14)}${pad("naive", 10)}`);
for (const s of services) console.log(`${s.padEnd(20)}${pad(so[s] ?? 0, 14)}${pad(sn[s] ?? 0, 10)}`);
console.log(`${"round trips".padEnd(20)}${pad(ours.roundTrips, 14)}${pad(naive.roundTrips, 10)}`);
console.log(
  `${"message accessors".padEnd(20)}${pad(ours.local, 14)}${pad(naive.local, 10)}   (fields of messages already fetched; not round trips)`,
);
console.log(`${"rows in Leads".padEnd(20)}${pad(ours.rows, 14)}${pad(naive.rows, 10)}`);
console.log(`${"executions".padEnd(20)}${pad(ours.executions, 14)}${pad(naive.executions, 10)}`);
const fmt = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `${"modelled time".padEnd(20)}${pad(fmt(ours.modelledMs), 14)}${pad(fmt(naive.modelledMs), 10)}   (Apps Script stops an execution at 360 s)`,
);
console.log(
  `${"… bodies on demand".padEnd(20)}${pad(fmt(ours.modelledOnDemandMs), 14)}${pad(fmt(naive.modelledOnDemandMs), 10)}   (if each body/attachment read were a 40 ms round trip)`,
);
const ratio = naive.roundTrips / ours.roundTrips;
const sheetRatio = (sn.SpreadsheetApp ?? 0) / (so.SpreadsheetApp ?? 1);
console.log(
  `\nratio of round-trip service calls: ${ratio.toFixed(0)}× (goal ≥ 50×); SpreadsheetApp alone: ${sheetRatio.toFixed(0)}×`,
);
console.log(`SpreadsheetApp calls of the capture run: ${so.SpreadsheetApp} (goal ≤ 10)`);
