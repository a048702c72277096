// Tesseract OCR of prepared card images, offline, with the trained data the @tesseract.js-data packages ship.
// Used in-process by the CLI (recognizeImages) and as a child process by the synchronous sandbox Drive OCR:
// `node ocr-worker.cjs` reads {"images": [base64 PNG...], "languages": ["eng"], "dataDir": DIR} on stdin
// and writes {"texts": [...]} or {"error": "..."} on stdout.
/* global setTimeout, clearTimeout */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const START_TIMEOUT_MS = 60000;

/** The folder holding `<lang>.traineddata.gz` in the npm data package, or a clear error when it is not installed. */
function trainedDataFile(lang) {
  if (!/^[a-z_]{3,12}$/.test(lang))
    throw new Error(`OCR language "${lang}" is not a tesseract language code`);
  let pkg;
  try {
    pkg = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch {
    throw new Error(
      `OCR language "${lang}" is not installed: add the npm package @tesseract.js-data/${lang}`,
    );
  }
  const file = path.join(pkg, "4.0.0_best_int", `${lang}.traineddata.gz`);
  if (!fs.existsSync(file)) throw new Error(`OCR trained data missing: ${file}`);
  return file;
}

/**
 * One folder with every requested language's data, so a single langPath serves them all. It is made of
 * links into node_modules, inside dataDir (a cache folder), never in the working directory.
 */
function languageFolder(languages, dataDir) {
  const files = languages.map(trainedDataFile);
  if (languages.length === 1) return path.dirname(files[0]);
  const dir = path.join(dataDir, "traineddata");
  fs.mkdirSync(dir, { recursive: true });
  languages.forEach((lang, i) => {
    const link = path.join(dir, `${lang}.traineddata.gz`);
    if (fs.existsSync(link)) return;
    try {
      fs.symlinkSync(files[i], link);
    } catch {
      fs.copyFileSync(files[i], link);
    }
  });
  return dir;
}

async function startWorker(languages, dataDir) {
  const { createWorker } = require("tesseract.js");
  const langPath = languageFolder(languages, dataDir);
  let timer;
  let late = null;
  const starting = createWorker(languages, 1, {
    langPath,
    cachePath: dataDir,
    cacheMethod: "none",
    gzip: true,
  });
  starting.then((w) => (late = w)).catch(() => {});
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `tesseract did not start within ${START_TIMEOUT_MS / 1000} s (trained data for ${languages.join("+")} unreadable?)`,
          ),
        ),
      START_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([starting, timeout]);
  } catch (err) {
    if (late) await late.terminate();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** OCR of each image (PNG/JPEG bytes) in turn with one worker, always terminated. Returns the texts. */
async function recognizeImages(images, languages, dataDir) {
  const worker = await startWorker(languages, dataDir);
  try {
    // Wide gaps are kept as runs of spaces: they are where a card's two columns meet.
    await worker.setParameters({ preserve_interword_spaces: "1" });
    const texts = [];
    for (const img of images) texts.push((await worker.recognize(Buffer.from(img))).data.text);
    return texts;
  } finally {
    await worker.terminate();
  }
}

/** Time for one recognition after the worker started (for the benchmark). */
async function timeRecognition(images, languages, dataDir) {
  const worker = await startWorker(languages, dataDir);
  try {
    await worker.setParameters({ preserve_interword_spaces: "1" });
    const ms = [];
    for (const img of images) {
      const t = Date.now();
      await worker.recognize(Buffer.from(img));
      ms.push(Date.now() - t);
    }
    return ms;
  } finally {
    await worker.terminate();
  }
}

module.exports = { recognizeImages, timeRecognition, trainedDataFile };

if (require.main === module) {
  const chunks = [];
  process.stdin.on("data", (c) => chunks.push(c));
  process.stdin.on("end", () => {
    let job;
    try {
      job = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      process.stdout.write(JSON.stringify({ error: "the OCR worker got no job on stdin" }));
      return;
    }
    recognizeImages(
      job.images.map((b) => Buffer.from(b, "base64")),
      job.languages,
      job.dataDir,
    ).then(
      (texts) => process.stdout.write(JSON.stringify({ texts })),
      (err) =>
        process.stdout.write(JSON.stringify({ error: err && err.message ? err.message : String(err) })),
    );
  });
}
