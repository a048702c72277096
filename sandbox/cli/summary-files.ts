// `lead-ledger run`'s Summary step: the tab rebuilt as Refresh summary does, and each chart as WORKSPACE/charts/<title>.png.
import fs from "node:fs";
import path from "node:path";
import type { Sandbox } from "../index";
import { execution } from "./run-jobs";
import { rebuildSummary } from "../../src/jobs/summary";
import { TAB_NAMES } from "../../src/core/ledger/columns";

/** A chart title as a file name (no path separators or characters Windows refuses). */
export function chartFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]+/g, "-").trim() || "Chart"}.png`;
}

/** Rebuilds the Summary tab and writes its charts' PNGs; returns the files written. */
export function writeSummaryCharts(sandbox: Sandbox, workspace: string): string[] {
  const built = execution(sandbox, () => rebuildSummary({ now: () => sandbox.kernel.now() }));
  if (built.status !== "rebuilt") return [];
  const charts = execution(sandbox, () =>
    (
      SpreadsheetApp.openById(sandbox.sheets.activeId()).getSheetByName(TAB_NAMES.summary)?.getCharts() ?? []
    ).map((c) => ({
      title: String(c.getOptions().get("title") ?? ""),
      bytes: Uint8Array.from(c.getBlob().getBytes(), (b) => b & 0xff),
    })),
  );
  const dir = path.join(workspace, "charts");
  fs.mkdirSync(dir, { recursive: true });
  return charts.map((c) => {
    const file = path.join(dir, chartFileName(c.title));
    fs.writeFileSync(file, c.bytes);
    return file;
  });
}
