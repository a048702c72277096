// A tab's embedded charts in the exported .xlsx: each drawn as the sandbox draws it (PNG), placed at its anchor cell.
import type ExcelJS from "exceljs";
import type { Where } from "./spreadsheet/cells";
import type { SheetState } from "./spreadsheet/state";
import { chartPng } from "./spreadsheet/charts";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function writeChartImages(wb: ExcelJS.Workbook, where: Where, sheet: SheetState): void {
  const ws = wb.getWorksheet(sheet.name.slice(0, 31));
  if (!ws) return;
  for (const chart of sheet.charts) {
    let png: Uint8Array;
    try {
      png = chartPng(where, chart);
    } catch {
      continue; // a chart type the sandbox cannot draw (its getAs says so loudly); the workbook still exports
    }
    const image = wb.addImage({ buffer: Buffer.from(png) as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(image, {
      tl: { col: chart.position.col - 1, row: chart.position.row - 1 },
      ext: pngSize(png),
    });
  }
}
