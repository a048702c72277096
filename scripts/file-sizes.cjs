// Per-file minified sizes of the Apps Script bundle (esbuild metafile), biggest first: where the bytes go.
const esbuild = require("esbuild");
const { appsScriptOptions } = require("./bundle-config.cjs");

const r = esbuild.buildSync({ ...appsScriptOptions(), minify: true, metafile: true, write: false });
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(inputs).filter(([f]) => /^src\//.test(f)).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
const limit = Number(process.argv[2] || 30);
for (const [f, v] of rows.slice(0, limit)) console.log(`${(v.bytesInOutput / 1024).toFixed(1).padStart(6)} KB  ${f}`);
