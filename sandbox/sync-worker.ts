// Runs an async library synchronously (Apps Script's services are synchronous): a worker thread and Atomics.wait.
import { Worker, MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { createRequire } from "node:module";

const nodeRequire = createRequire(__filename);

/** The worker: loads postal-mime (its CommonJS build) once, parses what it is sent, and wakes the caller. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const mod = require(workerData.postalMime);
const PostalMime = mod.default || mod;
parentPort.on("message", async ({ port, signal, bytes }) => {
  try {
    const email = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
    port.postMessage({ ok: email });
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
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { postalMime: nodeRequire.resolve("postal-mime") } });
    worker.unref();
    worker.on("error", () => (worker = null));
  }
  return worker;
}

/** postal-mime's parse, synchronously. Throws what postal-mime throws. */
export function postalParseSync(bytes: Uint8Array): unknown {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  try {
    getWorker().postMessage({ port: port2, signal, bytes: new Uint8Array(bytes) }, [port2]);
    if (Atomics.wait(signal, 0, 0, 30000) === "timed-out") throw new Error("MIME parsing timed out");
    const reply = receiveMessageOnPort(port1)?.message as { ok?: unknown; error?: string } | undefined;
    if (!reply) throw new Error("MIME parser gave no answer");
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply.ok;
  } finally {
    port1.close();
  }
}
