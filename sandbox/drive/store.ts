// Drive's persisted state (plain JSON in the kernel): files and folders by id, their parents, bytes and properties.
import { createHash } from "node:crypto";
import type { Kernel } from "../kernel";
import { accountUser } from "../gmail/store";

export const FOLDER_MIME = "application/vnd.google-apps.folder";
export const DOCS_MIME = "application/vnd.google-apps.document";

export interface StoredFile {
  id: string;
  name: string;
  mimeType: string;
  /** Content of an uploaded file; null for folders and Google Docs. */
  bytes: Uint8Array | null;
  /** A Google Doc's body text (e.g. what OCR read from the image it was made from). */
  docText?: string;
  parents: string[];
  trashed: boolean;
  starred: boolean;
  description: string;
  created: Date;
  updated: Date;
  /** Private to the app (Drive v3 appProperties) and public key/value properties. */
  appProperties: Record<string, string>;
  properties: Record<string, string>;
}

export interface DriveState {
  seq: number;
  rootId: string;
  files: Record<string, StoredFile>;
}

/** Drive-style id: 33 characters of base64url, derived from the account and a counter (deterministic). */
function newId(kernel: Kernel, state: { seq: number }): string {
  state.seq++;
  const digest = createHash("sha256").update(`${accountUser(kernel)}/${state.seq}`).digest("base64url");
  return "1" + digest.slice(0, 32);
}

export function driveState(kernel: Kernel): DriveState {
  return kernel.slice<DriveState>("drive", () => {
    const s: DriveState = { seq: 0, rootId: "", files: {} };
    const now = kernel.now();
    s.rootId = newId(kernel, s);
    s.files[s.rootId] = {
      id: s.rootId, name: "My Drive", mimeType: FOLDER_MIME, bytes: null, parents: [], trashed: false, starred: false,
      description: "", created: now, updated: now, appProperties: {}, properties: {},
    };
    return s;
  });
}

export function addFile(kernel: Kernel, init: Partial<StoredFile> & { name: string; mimeType: string; parents: string[] }): StoredFile {
  const state = driveState(kernel);
  const now = kernel.now();
  const file: StoredFile = {
    bytes: null, trashed: false, starred: false, description: "", appProperties: {}, properties: {},
    ...init, id: newId(kernel, state), created: now, updated: now,
  };
  state.files[file.id] = file;
  return file;
}

/** Google's message when an id names nothing the user can see. */
export const NO_ITEM = "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

export function getStored(kernel: Kernel, id: string, folder?: boolean): StoredFile {
  const f = driveState(kernel).files[id];
  if (!f || (folder !== undefined && (f.mimeType === FOLDER_MIME) !== folder)) throw new Error(NO_ITEM);
  return f;
}

export function childrenOf(kernel: Kernel, folderId: string): StoredFile[] {
  return Object.values(driveState(kernel).files).filter((f) => f.parents.includes(folderId));
}

export function isFolder(f: StoredFile): boolean {
  return f.mimeType === FOLDER_MIME;
}

/** The folder at "A/B" under My Drive, created when missing (as a user would in the Drive app). */
export function ensureFolderPath(kernel: Kernel, folderPath: string): StoredFile {
  let current = getStored(kernel, driveState(kernel).rootId);
  for (const part of folderPath.split("/").filter(Boolean)) {
    const next = childrenOf(kernel, current.id).find((f) => isFolder(f) && !f.trashed && f.name === part);
    current = next ?? addFile(kernel, { name: part, mimeType: FOLDER_MIME, parents: [current.id] });
  }
  return current;
}

/** Drops a file into a folder of the sandbox's Drive as the Drive app would (the phone's "upload a photo"). */
export function putDriveFile(
  target: Kernel | { kernel: Kernel },
  folderPath: string,
  name: string,
  bytes: Uint8Array,
  mimeType: string,
): string {
  const kernel = "kernel" in target ? target.kernel : target;
  const folder = ensureFolderPath(kernel, folderPath);
  return addFile(kernel, { name, mimeType, bytes: new Uint8Array(bytes), parents: [folder.id] }).id;
}
