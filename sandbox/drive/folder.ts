// DriveApp's Folder: children by name or type, file creation from blobs, moves, trash, Drive v2 search.
import type { Kernel } from "../kernel";
import { blobBytes } from "../base/blob";
import { unbuilt } from "../unbuilt";
import { addFile, childrenOf, FOLDER_MIME, getStored, isFolder, type StoredFile } from "./store";
import { DriveFileFake, FileIteratorFake, FolderIteratorFake, fileIdOf, fileUrl, folderIdOf } from "./file";
import { searchDrive } from "./search";

const T = "DriveApp.Folder";

/** A new file from a blob, or from (name, content, mimeType), as Folder/DriveApp.createFile take them. */
export function newFileIn(
  kernel: Kernel,
  parentId: string,
  a: GoogleAppsScript.Base.BlobSource | string,
  content?: string,
  mimeType?: string,
): StoredFile {
  if (typeof a === "string") {
    if (content === undefined) throw new Error("Invalid argument: content");
    return addFile(kernel, { name: a, mimeType: mimeType ?? "text/plain", bytes: new Uint8Array(Buffer.from(content, "utf8")), parents: [parentId] });
  }
  const blob = "getBytes" in a ? (a as GoogleAppsScript.Base.Blob) : a.getBlob();
  return addFile(kernel, {
    name: blob.getName() ?? "Untitled",
    mimeType: blob.getContentType() ?? "application/octet-stream",
    bytes: blobBytes(blob).slice(),
    parents: [parentId],
  });
}

// The Apps Script interface gives the class its full type; unbuilt members are stubbed below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DriveFolderFake extends GoogleAppsScript.Drive.Folder {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DriveFolderFake {
  constructor(
    private readonly kernel: Kernel,
    readonly folderId: string,
  ) {}

  private call(method: string): StoredFile {
    this.kernel.call(`${T}.${method}`);
    return getStored(this.kernel, this.folderId, true);
  }
  /** Children as DriveApp lists them: trashed ones included (check isTrashed, or search with trashed = false). */
  private children(method: string, test: (f: StoredFile) => boolean): string[] {
    const me = this.call(method);
    return childrenOf(this.kernel, me.id).filter(test).map((f) => f.id);
  }

  getId(): string {
    return this.call("getId").id;
  }
  getName(): string {
    return this.call("getName").name;
  }
  setName(name: string): GoogleAppsScript.Drive.Folder {
    this.call("setName").name = name;
    return this;
  }
  getUrl(): string {
    return fileUrl(this.call("getUrl"));
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
  setDescription(description: string): GoogleAppsScript.Drive.Folder {
    this.call("setDescription").description = description;
    return this;
  }
  isTrashed(): boolean {
    return this.call("isTrashed").trashed;
  }
  setTrashed(trashed: boolean): GoogleAppsScript.Drive.Folder {
    this.call("setTrashed").trashed = trashed;
    return this;
  }
  isStarred(): boolean {
    return this.call("isStarred").starred;
  }
  setStarred(starred: boolean): GoogleAppsScript.Drive.Folder {
    this.call("setStarred").starred = starred;
    return this;
  }
  getSize(): number {
    this.call("getSize");
    return 0;
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return new FileIteratorFake(this.kernel, this.children("getFiles", (f) => !isFolder(f)));
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return new FolderIteratorFake(this.kernel, this.children("getFolders", isFolder));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return new FileIteratorFake(this.kernel, this.children("getFilesByName", (f) => !isFolder(f) && f.name === name));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return new FolderIteratorFake(this.kernel, this.children("getFoldersByName", (f) => isFolder(f) && f.name === name));
  }
  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    return new FileIteratorFake(this.kernel, this.children("getFilesByType", (f) => f.mimeType === mimeType));
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    return new FolderIteratorFake(this.kernel, this.call("getParents").parents.slice());
  }
  createFile(a: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GoogleAppsScript.Drive.File {
    const me = this.call("createFile");
    return new DriveFileFake(this.kernel, newFileIn(this.kernel, me.id, a, content, mimeType).id);
  }
  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    const me = this.call("createFolder");
    return new DriveFolderFake(this.kernel, addFile(this.kernel, { name, mimeType: FOLDER_MIME, parents: [me.id] }).id);
  }
  addFile(child: GoogleAppsScript.Drive.File): GoogleAppsScript.Drive.Folder {
    const me = this.call("addFile");
    const f = getStored(this.kernel, fileIdOf(child), false);
    if (!f.parents.includes(me.id)) f.parents.push(me.id);
    return this;
  }
  removeFile(child: GoogleAppsScript.Drive.File): GoogleAppsScript.Drive.Folder {
    const me = this.call("removeFile");
    const f = getStored(this.kernel, fileIdOf(child), false);
    f.parents = f.parents.filter((p) => p !== me.id);
    return this;
  }
  addFolder(child: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.Folder {
    const me = this.call("addFolder");
    const f = getStored(this.kernel, folderIdOf(child), true);
    if (!f.parents.includes(me.id)) f.parents.push(me.id);
    return this;
  }
  removeFolder(child: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.Folder {
    const me = this.call("removeFolder");
    const f = getStored(this.kernel, folderIdOf(child), true);
    f.parents = f.parents.filter((p) => p !== me.id);
    return this;
  }
  moveTo(destination: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.Folder {
    const me = this.call("moveTo");
    me.parents = [folderIdOf(destination)];
    return this;
  }
  /** Drive v2 query, limited to this folder's children. */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    const me = this.call("searchFiles");
    return new FileIteratorFake(this.kernel, searchDrive(this.kernel, params, 2, (f) => !isFolder(f) && f.parents.includes(me.id)));
  }
  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    const me = this.call("searchFolders");
    return new FolderIteratorFake(this.kernel, searchDrive(this.kernel, params, 2, (f) => isFolder(f) && f.parents.includes(me.id)));
  }
}
unbuilt(DriveFolderFake, T, `addEditor addEditors addViewer addViewers createShortcut createShortcutForTargetIdAndResourceKey
  getAccess getEditors getOwner getResourceKey getSecurityUpdateEligible getSecurityUpdateEnabled getSharingAccess
  getSharingPermission getViewers isShareableByEditors removeEditor removeViewer revokePermissions setOwner
  setSecurityUpdateEnabled setShareableByEditors setSharing`);
