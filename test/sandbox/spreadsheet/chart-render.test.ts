// The sandbox draws a recorded chart as Google would on getAs("image/png"): a real PNG of the sheet's values.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { sheetsSandbox } from "./helpers";
import { chartTable } from "../../../sandbox/spreadsheet/chart-data";
import { vegaLiteSpec } from "../../../sandbox/spreadsheet/chart-render";

function book() {
  const { sb, g } = sheetsSandbox();
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange(1, 1, 4, 3).setValues([
    ["Stage", "Leads", "Won"],
    ["Leads in", 40, 4],
    ["Contacted", 25, 4],
    ["Won", 4, 4],
  ]);
  return { g, sheet, sb };
}

/** Pixels that are neither white nor near-white: ink drawn by the chart. */
function inkedColumns(png: PNG, color?: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let x = 0; x < png.width; x++)
    for (let y = 0; y < png.height; y++) {
      const i = (png.width * y + x) * 4;
      const [r, gg, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (color ? color(r, gg, b) : r + gg + b < 600) {
        n++;
        break;
      }
    }
  return n;
}

test("a bar chart built on a range is a real PNG with its bars drawn", () => {
  const { g, sheet } = book();
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(g.Charts.ChartType.BAR)
      .addRange(sheet.getRange("A1:B4"))
      .setOption("title", "Funnel")
      .setPosition(1, 5, 0, 0)
      .build(),
  );
  const blob = sheet.getCharts()[0].getAs("image/png");
  expect(blob.getContentType()).toBe("image/png");
  expect(blob.getName()).toBe("Funnel.png");
  const bytes = Uint8Array.from(blob.getBytes(), (b: number) => b & 0xff);
  const png = PNG.sync.read(Buffer.from(bytes));
  expect(png.width).toBeGreaterThan(300);
  // vega-lite's default bar blue (#4c78a8) is drawn across a good part of the width
  expect(
    inkedColumns(
      png,
      (r, gg, b) => Math.abs(r - 76) < 20 && Math.abs(gg - 120) < 20 && Math.abs(b - 168) < 20,
    ),
  ).toBeGreaterThan(100);
  fs.writeFileSync(path.join(os.tmpdir(), "sandbox-bar-chart.png"), bytes);
}, 60000);

test("the chart reads the sheet's values when drawn: an edit shows in the next image", () => {
  const { g, sheet } = book();
  sheet.insertChart(
    sheet.newChart().setChartType(g.Charts.ChartType.LINE).addRange(sheet.getRange("A1:C4")).build(),
  );
  const before = Buffer.from(
    Uint8Array.from(sheet.getCharts()[0].getBlob().getBytes(), (b: number) => b & 0xff),
  );
  sheet.getRange("B3").setValue(5);
  const after = Buffer.from(
    Uint8Array.from(sheet.getCharts()[0].getBlob().getBytes(), (b: number) => b & 0xff),
  );
  expect(after.equals(before)).toBe(false);
}, 60000);

test("the data is the first column as domain, the header row as series names", () => {
  const { g, sheet, sb } = book();
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(g.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange("A1:A4"))
      .addRange(sheet.getRange("C1:C4"))
      .build(),
  );
  const fake = sheet as unknown as { where: Parameters<typeof chartTable>[0] };
  const state = {
    id: 1,
    type: "COLUMN",
    ranges: ["A1:A4", "C1:C4"],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
  };
  void sb;
  expect(chartTable(fake.where, state)).toEqual({
    domain: "Stage",
    series: ["Won"],
    rows: [
      { label: "Leads in", values: [4] },
      { label: "Contacted", values: [4] },
      { label: "Won", values: [4] },
    ],
  });
});

test("a type the sandbox cannot draw, or a format other than PNG, fails loudly", () => {
  const { g, sheet } = book();
  sheet.insertChart(
    sheet.newChart().setChartType(g.Charts.ChartType.PIE).addRange(sheet.getRange("A1:B4")).build(),
  );
  expect(() => sheet.getCharts()[0].getAs("image/png")).toThrow(
    /PIE chart is not implemented in the sandbox/,
  );
  expect(() => sheet.getCharts()[0].getAs("application/pdf")).toThrow(/not implemented in the sandbox/);
});

test("Sheets' data labels option puts each bar's number beside it; without it there is no text layer", () => {
  const table = { domain: "Stage", series: ["Leads"], rows: [{ label: "Leads in", values: [40] }] };
  const withLabels = vegaLiteSpec("BAR", table, { series: { 0: { dataLabel: "value" } } }) as {
    layer?: { mark: { type: string } }[];
  };
  expect(withLabels.layer?.map((l) => l.mark.type)).toEqual(["bar", "text"]);
  expect((vegaLiteSpec("BAR", table, {}) as { layer?: unknown }).layer).toBeUndefined();
});
