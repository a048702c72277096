// Renders a recorded chart to a real PNG: a vega-lite spec from its type, ranges and options → SVG → PNG (resvg).
// vega is asynchronous and Apps Script's getAs is not: the render runs in a worker thread, waited on with Atomics.
import { Worker, MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const nodeRequire = createRequire(__filename);

/** A chart's data as the sandbox reads it from its ranges: the first column is the domain, the rest series. */
export interface ChartTable {
  domain: string;
  series: string[];
  rows: { label: string; values: number[] }[];
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
let libs = null;
parentPort.on("message", async ({ port, signal, spec }) => {
  try {
    libs = libs || (await Promise.all([import(workerData.vega), import(workerData.vegaLite)]));
    const [vega, vl] = libs;
    const { Resvg } = require(workerData.resvg);
    const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
    const svg = await view.toSVG();
    view.finalize();
    const png = new Resvg(svg, {
      background: "white",
      font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
    }).render().asPng();
    port.postMessage({ ok: new Uint8Array(png), svg });
  } catch (e) {
    port.postMessage({ error: String((e && e.message) || e) });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

let worker: Worker | null = null;

function getWorker(): Worker {
  if (!worker) {
    const url = (name: string) => pathToFileURL(nodeRequire.resolve(name)).href;
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        vega: url("vega"),
        vegaLite: url("vega-lite"),
        resvg: nodeRequire.resolve("@resvg/resvg-js"),
      },
    });
    worker.unref();
    worker.on("error", () => (worker = null));
  }
  return worker;
}

/** The vega-lite spec Google's chart type maps to (BAR: horizontal; COLUMN; LINE); others are not built. */
export function vegaLiteSpec(type: string, table: ChartTable, options: Record<string, unknown>): object {
  const values = table.rows.flatMap((r, order) =>
    table.series.map((s, i) => ({ label: r.label, series: s, value: r.values[i] ?? 0, order })),
  );
  const title = typeof options.title === "string" ? options.title : undefined;
  const legend = (options.legend as { position?: string } | undefined)?.position;
  const stacked = !!options.isStacked;
  const color =
    table.series.length > 1 || (legend && legend !== "none")
      ? {
          field: "series",
          type: "nominal",
          title: null,
          sort: table.series,
          legend: legend === "none" ? null : { orient: legend === "bottom" ? "bottom" : "right" },
        }
      : undefined;
  const base = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: Number(options.width ?? 520),
    height: Number(options.height ?? 300),
    padding: 12,
    background: "white",
    title: title ? { text: title, fontSize: 16, anchor: "start" } : undefined,
    data: { values },
    config: { font: "DejaVu Sans", axis: { labelFontSize: 11, titleFontSize: 12 } },
  };
  // Counts are whole numbers: integer ticks, from 0, and an axis up to 1 when every value is 0.
  const max = Math.max(0, ...values.map((v) => v.value));
  const valueScale = { domainMin: 0, ...(max === 0 ? { domainMax: 1 } : {}) };
  const valueAxis = { format: "d", tickMinStep: 1 };
  const domainAxis = {
    field: "label",
    type: "ordinal",
    title: null,
    sort: { field: "order" },
    axis: { labelAngle: -40 },
  };
  if (type === "BAR") {
    const x = {
      field: "value",
      type: "quantitative",
      scale: valueScale,
      axis: valueAxis,
      title: (options.hAxis as { title?: string })?.title ?? null,
      stack: stacked ? "zero" : null,
    };
    const y = { ...domainAxis, sort: "-x", axis: { labelAngle: 0 } };
    const bars = { mark: { type: "bar", tooltip: false }, encoding: { y, x, ...(color ? { color } : {}) } };
    // Sheets' "data labels" (series.0.dataLabel = "value"): the number at the end of each bar.
    const labels =
      (options.series as Record<string, { dataLabel?: string }> | undefined)?.["0"]?.dataLabel === "value";
    if (!labels) return { ...base, ...bars };
    // room at the right for the longest bar's label
    x.scale = { ...valueScale, domainMax: Math.max(1, Math.ceil(max * 1.1)) };
    const text = {
      mark: { type: "text", align: "left", dx: 4, fontSize: 12 },
      encoding: { y, x, text: { field: "value" } },
    };
    return { ...base, layer: [bars, text] };
  }
  if (type === "COLUMN")
    return {
      ...base,
      mark: { type: "bar" },
      encoding: {
        x: domainAxis,
        y: {
          field: "value",
          type: "quantitative",
          scale: valueScale,
          axis: valueAxis,
          title: (options.vAxis as { title?: string })?.title ?? null,
          stack: stacked ? "zero" : null,
        },
        ...(color ? { color } : {}),
        ...(stacked ? {} : { xOffset: { field: "series" } }),
      },
    };
  if (type === "LINE")
    return {
      ...base,
      mark: { type: "line", point: true, strokeWidth: 2.5 },
      encoding: {
        x: domainAxis,
        y: {
          field: "value",
          type: "quantitative",
          scale: valueScale,
          axis: valueAxis,
          title: (options.vAxis as { title?: string })?.title ?? null,
        },
        ...(color ? { color } : {}),
      },
    };
  throw new Error(`Rendering a ${type} chart is not implemented in the sandbox`);
}

/** The PNG of a chart, synchronously (as EmbeddedChart.getAs does). */
export function renderChartPng(spec: object): Uint8Array {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  try {
    getWorker().postMessage({ port: port2, signal, spec }, [port2]);
    if (Atomics.wait(signal, 0, 0, 60000) === "timed-out") throw new Error("Chart rendering timed out");
    const reply = receiveMessageOnPort(port1)?.message as { ok?: Uint8Array; error?: string } | undefined;
    if (!reply) throw new Error("The chart renderer gave no answer");
    if (reply.error !== undefined) throw new Error(`Chart rendering failed: ${reply.error}`);
    return reply.ok!;
  } finally {
    port1.close();
  }
}
