// Blob (and GmailAttachment, which is a Blob): bytes with a name and a content type; bytes are Java-signed.
import { createHash } from "node:crypto";
import { notImplemented, type Kernel } from "../kernel";

/** Apps Script hands bytes out as Java bytes (-128..127); accepts either form back. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function fromByteArray(data: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (!Number.isInteger(v) || v < -128 || v > 255) throw new Error(`Invalid argument: byte value ${v}`);
    out[i] = v & 0xff;
  }
  return out;
}

export function encodeString(text: string, charset = "UTF-8"): Uint8Array {
  const cs = charset.toLowerCase().replace(/_/g, "-");
  if (cs === "utf-8" || cs === "utf8") return new Uint8Array(Buffer.from(text, "utf8"));
  if (cs === "us-ascii" || cs === "iso-8859-1" || cs === "latin1") return new Uint8Array(Buffer.from(text, "latin1"));
  return notImplemented(`Encoding a string as ${charset}`);
}

export function decodeBytes(bytes: Uint8Array, charset = "UTF-8"): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    throw new Error(`Invalid argument: charset ${charset}`);
  }
}

const EXTENSION_TYPES: Record<string, string> = {
  png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", heic: "image/heic",
  bmp: "image/bmp", tif: "image/tiff", tiff: "image/tiff", pdf: "application/pdf", txt: "text/plain",
  csv: "text/csv", html: "text/html", htm: "text/html", json: "application/json", eml: "message/rfc822",
  ics: "text/calendar", zip: "application/zip", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function contentTypeFromName(name: string): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? (EXTENSION_TYPES[ext] ?? null) : null;
}

export class SandboxBlob implements GoogleAppsScript.Base.Blob {
  /** "Blob" for plain blobs, "GmailApp.GmailAttachment" for attachments: the kernel counts by it. */
  protected readonly type: string;
  constructor(
    protected readonly kernel: Kernel,
    protected bytes: Uint8Array,
    protected contentType: string | null,
    protected name: string | null,
    type = "Blob",
  ) {
    this.type = type;
  }

  protected call(method: string): void {
    this.kernel.call(`${this.type}.${method}`);
  }

  /** The bytes, unsigned (for other fakes: Drive, OCR). */
  rawBytes(): Uint8Array {
    return this.bytes;
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    this.call("copyBlob");
    return new SandboxBlob(this.kernel, this.bytes.slice(), this.contentType, this.name);
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.call("getAs");
    if (contentType === this.contentType) return new SandboxBlob(this.kernel, this.bytes.slice(), contentType, this.name);
    return notImplemented(`${this.type}.getAs(${contentType})`);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.call("getBlob");
    return new SandboxBlob(this.kernel, this.bytes.slice(), this.contentType, this.name);
  }
  getBytes(): number[] {
    this.call("getBytes");
    return toSignedBytes(this.bytes);
  }
  getContentType(): string {
    this.call("getContentType");
    return this.contentType as string;
  }
  getDataAsString(charset?: string): string {
    this.call("getDataAsString");
    return decodeBytes(this.bytes, charset ?? "UTF-8");
  }
  getName(): string {
    this.call("getName");
    return this.name as string;
  }
  getSize(): number {
    this.call("getSize");
    return this.bytes.length;
  }
  getHash(): string {
    this.call("getHash");
    return createHash("sha1").update(this.bytes).digest("hex");
  }
  isGoogleType(): boolean {
    this.call("isGoogleType");
    return false;
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.call("setBytes");
    this.bytes = fromByteArray(data);
    return this;
  }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.call("setContentType");
    this.contentType = contentType;
    return this;
  }
  setContentTypeFromExtension(): GoogleAppsScript.Base.Blob {
    this.call("setContentTypeFromExtension");
    const type = contentTypeFromName(this.name ?? "");
    if (!type) throw new Error(`Object does not have a recognized file extension: ${this.name}`);
    this.contentType = type;
    return this;
  }
  setDataFromString(text: string, charset?: string): GoogleAppsScript.Base.Blob {
    this.call("setDataFromString");
    this.bytes = encodeString(text, charset);
    return this;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.call("setName");
    this.name = name;
    return this;
  }
  getAllBlobs(): GoogleAppsScript.Base.Blob[] {
    return notImplemented(`${this.type}.getAllBlobs`);
  }
}

/** The unsigned bytes of any blob the sandbox made (or of a BlobSource's blob). */
export function blobBytes(blob: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Base.Blob): Uint8Array {
  if (blob instanceof SandboxBlob) return blob.rawBytes();
  const b = "getBytes" in blob ? blob : blob.getBlob();
  return fromByteArray(b.getBytes());
}
