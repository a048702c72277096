// Card benchmarks: text-to-lead throughput over the corpus OCR texts, and sandbox OCR time per photo.
// Figures, not limits. The OCR cache is bypassed: every photo is prepared and recognised afresh.
import { loadTs, root } from "./load-ts.mjs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const corpus = path.join(process.env.LEAD_LEDGER_SHARED ?? path.resolve(root, "..", "shared"), "corpus", "cards");
const examples = path.join(root, "examples", "cards");

const { extractLeadFromCardText, prepareForOcr, timeRecognition } = await loadTs(
  "cards",
  `export { extractLeadFromCardText } from "./src/core/card/extract";
   export { prepareForOcr } from "./sandbox/ocr-image";
   export { timeRecognition } from "./sandbox/ocr-worker.cjs";`,
);

const list = (dir, re) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => re.test(f))
        .map((f) => path.join(dir, f))
    : [];

// 1. Card text -> lead.
const texts = list(corpus, /\.txt$/).map((f) => fs.readFileSync(f, "utf8"));
if (texts.length === 0) console.log("card text: ../shared/corpus/cards is absent, skipped");
else {
  for (const t of texts) extractLeadFromCardText(t, { defaultRegion: "US" }); // warm-up
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (const t of texts) extractLeadFromCardText(t, { defaultRegion: "US" });
    n += texts.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  console.log(
    `card text -> lead: ${Math.round((n / elapsed) * 1000)} cards/s (${n} cards, ${texts.length} distinct, ${elapsed.toFixed(0)} ms)`,
  );
}

// 2. OCR per photo, after the worker started.
const photos = [...list(corpus, /\.(png|jpe?g)$/i), ...list(examples, /\.(png|jpe?g)$/i)];
const prepared = photos.map((f) => {
  const t = process.hrtime.bigint();
  const img = prepareForOcr(new Uint8Array(fs.readFileSync(f)));
  return { f, img, prepMs: Number(process.hrtime.bigint() - t) / 1e6 };
});
const dataDir = path.join(os.tmpdir(), "lead-ledger-ocr-bench");
const t0 = Date.now();
const ms = await timeRecognition(
  prepared.map((p) => p.img),
  ["eng", "fra"],
  dataDir,
);
const total = Date.now() - t0;
prepared.forEach((p, i) =>
  console.log(
    `  ${path.relative(root, p.f).padEnd(48)} prepare ${p.prepMs.toFixed(0).padStart(5)} ms  recognise ${String(ms[i]).padStart(5)} ms`,
  ),
);
const sum = ms.reduce((a, b) => a + b, 0);
const prep = prepared.reduce((a, p) => a + p.prepMs, 0);
console.log(
  `OCR (eng+fra): ${photos.length} photos, worker start ${total - sum} ms, recognise ${Math.round(sum / ms.length)} ms/photo, prepare ${Math.round(prep / photos.length)} ms/photo`,
);
