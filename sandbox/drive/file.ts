// DriveApp's File, FileIterator and FolderIterator over the sandbox Drive's stored files.
import type { Kernel } from "../kernel";
import { SandboxBlob } from "../base/blob";
import { unbuilt } from "../unbuilt";
import { addFile, DOCS_MIME, getStored, type StoredFile } from "./store";
import { DriveFolderFake } from "./folder";

const T = "DriveApp.File";

/** Apps Script's message when next() is called on an iterator with nothing left. */
export const ITERATOR_END = "Cannot retrieve the next object: iterator has reached the end.";

export function fileUrl(f: StoredFile): string {
  if (f.mimeType === DOCS_MIME) return `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`;
  if (f.mimeType === "application/vnd.google-apps.folder") return `https://drive.google.com/drive/folders/${f.id}`;
  return `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
}

// The Apps Script interface gives the class its full type; unbuilt members are stubbed below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DriveFileFake extends GoogleAppsScript.Drive.File {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DriveFileFake {
  constructor(
    private readonly kernel: Kernel,
    readonly fileId: string,
  ) {}

  private call(method: string): StoredFile {
    this.kernel.call(`${T}.${method}`);
    return getStored(this.kernel, this.fileId, false);
  }
  private touch(f: StoredFile): this {
    f.updated = this.kernel.now();
    return this;
  }

  getId(): string {
    return this.call("getId").id;
  }
  getName(): string {
    return this.call("getName").name;
  }
  setName(name: string): GoogleAppsScript.Drive.File {
    const f = this.call("setName");
    f.name = name;
    return this.touch(f);
  }
  getMimeType(): string {
    return this.call("getMimeType").mimeType;
  }
  getSize(): number {
    return this.call("getSize").bytes?.length ?? 0;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    const f = this.call("getBlob");
    if (!f.bytes) throw new Error(`Converting from ${f.mimeType} is not supported in the sandbox`);
    return new SandboxBlob(this.kernel, f.bytes.slice(), f.mimeType, f.name);
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const f = this.call("getAs");
    if (!f.bytes || contentType !== f.mimeType) throw new Error(`Converting from ${f.mimeType} to ${contentType} is not supported.`);
    return new SandboxBlob(this.kernel, f.bytes.slice(), f.mimeType, f.name);
  }
  getUrl(): string {
    return fileUrl(this.call("getUrl"));
  }
  getDownloadUrl(): string {
    return `https://drive.google.com/uc?id=${this.call("getDownloadUrl").id}&export=download`;
  }
  getDateCreated(): Date {
    return new Date(this.call("getDateCreated").created.getTime());
  }
  getLastUpdated(): Date {
    return new Date(this.call("getLastUpdated").updated.getTime());
  }
  getDescription(): string {
    return this.call("getDescription").description || (null as unknown as string);
  }
  setDescription(description: string): GoogleAppsScript.Drive.File {
    const f = this.call("setDescription");
    f.description = description;
    return this.touch(f);
  }
  isTrashed(): boolean {
    return this.call("isTrashed").trashed;
  }
  setTrashed(trashed: boolean): GoogleAppsScript.Drive.File {
    const f = this.call("setTrashed");
    f.trashed = trashed;
    return this.touch(f);
  }
  isStarred(): boolean {
    return this.call("isStarred").starred;
  }
  setStarred(starred: boolean): GoogleAppsScript.Drive.File {
    const f = this.call("setStarred");
    f.starred = starred;
    return this;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    return new FolderIteratorFake(this.kernel, this.call("getParents").parents.slice());
  }
  moveTo(destination: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
    const f = this.call("moveTo");
    f.parents = [folderIdOf(destination)];
    return this.touch(f);
  }
  setContent(content: string): GoogleAppsScript.Drive.File {
    const f = this.call("setContent");
    if (!f.bytes) throw new Error("Cannot set the content of a Google Docs file");
    f.bytes = new Uint8Array(Buffer.from(content, "utf8"));
    return this.touch(f);
  }
  makeCopy(name?: string | GoogleAppsScript.Drive.Folder, folder?: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
    const f = this.call("makeCopy");
    const copyName = typeof name === "string" ? name : `Copy of ${f.name}`;
    const dest = typeof name === "object" ? name : folder;
    const { id } = addFile(this.kernel, {
      name: copyName, mimeType: f.mimeType, bytes: f.bytes?.slice() ?? null, docText: f.docText, description: f.description,
      parents: dest ? [folderIdOf(dest)] : f.parents.slice(), appProperties: { ...f.appProperties }, properties: { ...f.properties },
    });
    return new DriveFileFake(this.kernel, id);
  }
}
unbuilt(DriveFileFake, T, `addCommenter addCommenters addEditor addEditors addViewer addViewers getAccess getEditors getOwner
  getResourceKey getSecurityUpdateEligible getSecurityUpdateEnabled getSharingAccess getSharingPermission getTargetId
  getTargetMimeType getTargetResourceKey getThumbnail getViewers isShareableByEditors removeCommenter removeEditor
  removeViewer revokePermissions setOwner setSecurityUpdateEnabled setShareableByEditors setSharing`);

export function folderIdOf(folder: GoogleAppsScript.Drive.Folder): string {
  if (folder instanceof DriveFolderFake) return folder.folderId;
  throw new Error("Invalid argument: folder");
}

export function fileIdOf(file: GoogleAppsScript.Drive.File): string {
  if (file instanceof DriveFileFake) return file.fileId;
  throw new Error("Invalid argument: file");
}

class IteratorBase {
  private index = 0;
  constructor(
    protected readonly kernel: Kernel,
    private readonly ids: string[],
    private readonly type: string,
  ) {}
  hasNext(): boolean {
    this.kernel.call(`${this.type}.hasNext`);
    return this.index < this.ids.length;
  }
  protected take(): string {
    this.kernel.call(`${this.type}.next`);
    if (this.index >= this.ids.length) throw new Error(ITERATOR_END);
    return this.ids[this.index++];
  }
  getContinuationToken(): string {
    this.kernel.call(`${this.type}.getContinuationToken`);
    return Buffer.from(JSON.stringify({ ids: this.ids.slice(this.index) })).toString("base64url");
  }
}

export class FileIteratorFake extends IteratorBase implements GoogleAppsScript.Drive.FileIterator {
  constructor(kernel: Kernel, ids: string[]) {
    super(kernel, ids, "DriveApp.FileIterator");
  }
  next(): GoogleAppsScript.Drive.File {
    return new DriveFileFake(this.kernel, this.take());
  }
}

export class FolderIteratorFake extends IteratorBase implements GoogleAppsScript.Drive.FolderIterator {
  constructor(kernel: Kernel, ids: string[]) {
    super(kernel, ids, "DriveApp.FolderIterator");
  }
  next(): GoogleAppsScript.Drive.Folder {
    return new DriveFolderFake(this.kernel, this.take());
  }
}
