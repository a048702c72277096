// Utilities: Java date patterns, base64, digests (signed bytes like Java), blobs, UUIDs, sleep on the virtual clock.
import { createHash, createHmac } from "node:crypto";
import type { Kernel } from "../kernel";
import { unbuilt } from "../unbuilt";
import { SandboxBlob, encodeString, fromByteArray, toSignedBytes } from "../base/blob";
import { accountUser } from "../gmail/store";
import { formatJavaDate, parseJavaDate } from "./date-format";

const T = "Utilities";

const Charset = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" };
const DigestAlgorithm = { MD2: "MD2", MD5: "MD5", SHA_1: "SHA_1", SHA_256: "SHA_256", SHA_384: "SHA_384", SHA_512: "SHA_512" };
const MacAlgorithm = { HMAC_MD5: "HMAC_MD5", HMAC_SHA_1: "HMAC_SHA_1", HMAC_SHA_256: "HMAC_SHA_256", HMAC_SHA_384: "HMAC_SHA_384", HMAC_SHA_512: "HMAC_SHA_512" };
const RsaAlgorithm = { RSA_SHA_1: "RSA_SHA_1", RSA_SHA_256: "RSA_SHA_256" };
const NODE_DIGEST: Record<string, string> = { MD5: "md5", SHA_1: "sha1", SHA_256: "sha256", SHA_384: "sha384", SHA_512: "sha512" };

/** Apps Script's longest sleep. */
const MAX_SLEEP_MS = 300000;

function charsetName(charset: unknown): string {
  if (charset === undefined) return "UTF-8";
  const name = String(charset);
  return name === "US_ASCII" ? "US-ASCII" : name === "UTF_8" ? "UTF-8" : name;
}

function bytesOf(data: string | number[], charset?: unknown): Uint8Array {
  return typeof data === "string" ? encodeString(data, charsetName(charset)) : fromByteArray(data);
}

function decodeBase64(encoded: string, webSafe: boolean): Uint8Array {
  const clean = encoded.replace(/\s+/g, "");
  const alphabet = webSafe ? /^[A-Za-z0-9\-_]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(clean)) throw new Error("Could not decode string.");
  return new Uint8Array(Buffer.from(clean, webSafe ? "base64url" : "base64"));
}

// The Apps Script interface gives the class its full type; unbuilt members are stubbed below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface UtilitiesFake extends GoogleAppsScript.Utilities.Utilities {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class UtilitiesFake {
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm as unknown as typeof GoogleAppsScript.Utilities.RsaAlgorithm;

  constructor(private readonly kernel: Kernel) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.kernel.call(`${T}.formatDate`);
    if (!(date instanceof Date) || isNaN(date.getTime())) throw new Error("Invalid argument: date");
    return formatJavaDate(date, timeZone, format);
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    this.kernel.call(`${T}.parseDate`);
    return parseJavaDate(date, timeZone, format);
  }
  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.kernel.call(`${T}.base64Encode`);
    return Buffer.from(bytesOf(data, charset)).toString("base64");
  }
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.kernel.call(`${T}.base64EncodeWebSafe`);
    return Buffer.from(bytesOf(data, charset)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.kernel.call(`${T}.base64Decode`);
    return toSignedBytes(decodeBase64(encoded, false));
  }
  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.kernel.call(`${T}.base64DecodeWebSafe`);
    return toSignedBytes(decodeBase64(encoded, true));
  }
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.kernel.call(`${T}.computeDigest`);
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) throw new Error(`Invalid argument: algorithm (${String(algorithm)})`);
    return toSignedBytes(new Uint8Array(createHash(name).update(bytesOf(value, charset)).digest()));
  }
  /** HMAC-SHA256 of `value` with `key` (strings as UTF-8 unless a charset is given), as Java's signed bytes. */
  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.kernel.call(`${T}.computeHmacSha256Signature`);
    if (value === undefined || value === null || key === undefined || key === null) throw new Error("Invalid argument: value/key");
    return toSignedBytes(new Uint8Array(createHmac("sha256", bytesOf(key, charset)).update(bytesOf(value, charset)).digest()));
  }
  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.kernel.call(`${T}.newBlob`);
    return new SandboxBlob(this.kernel, bytesOf(data), contentType ?? null, name ?? null);
  }
  /** A v4-shaped UUID, deterministic per sandbox (replays give the same ids). */
  getUuid(): string {
    this.kernel.call(`${T}.getUuid`);
    const s = this.kernel.slice("utilities", () => ({ uuidSeq: 0 }));
    const h = createHash("sha256").update(`${accountUser(this.kernel)}/uuid/${++s.uuidSeq}`).digest("hex");
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** Advances the virtual clock: no real waiting. */
  sleep(milliseconds: number): void {
    this.kernel.call(`${T}.sleep`);
    if (!(milliseconds >= 0) || milliseconds > MAX_SLEEP_MS) throw new Error(`Invalid argument: milliseconds (at most ${MAX_SLEEP_MS})`);
    this.kernel.advance(milliseconds);
  }
}
unbuilt(UtilitiesFake, T, "computeHmacSignature computeRsaSha1Signature computeRsaSha256Signature computeRsaSignature formatString gzip jsonParse jsonStringify parseCsv ungzip unzip zip");
