// DriveApp: the sandbox Drive's root, lookups by id and name, file and folder creation, Drive v2 search.
import type { Kernel } from "../kernel";
import { unbuilt } from "../unbuilt";
import { addFile, driveState, FOLDER_MIME, getStored, isFolder, type StoredFile } from "./store";
import { DriveFileFake, FileIteratorFake, FolderIteratorFake } from "./file";
import { DriveFolderFake, newFileIn } from "./folder";
import { searchDrive } from "./search";

const T = "DriveApp";

// The Apps Script interface gives the class its full type; unbuilt members are stubbed below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DriveAppFake extends GoogleAppsScript.Drive.DriveApp {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DriveAppFake {
  constructor(private readonly kernel: Kernel) {}

  private all(method: string, test: (f: StoredFile) => boolean): string[] {
    this.kernel.call(`${T}.${method}`);
    const s = driveState(this.kernel);
    return Object.values(s.files).filter((f) => f.id !== s.rootId && test(f)).map((f) => f.id);
  }

  getRootFolder(): GoogleAppsScript.Drive.Folder {
    this.kernel.call(`${T}.getRootFolder`);
    return new DriveFolderFake(this.kernel, driveState(this.kernel).rootId);
  }
  getFileById(id: string): GoogleAppsScript.Drive.File {
    this.kernel.call(`${T}.getFileById`);
    return new DriveFileFake(this.kernel, getStored(this.kernel, id, false).id);
  }
  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    this.kernel.call(`${T}.getFolderById`);
    return new DriveFolderFake(this.kernel, getStored(this.kernel, id, true).id);
  }
  /** Every file the user owns, trashed ones included (as DriveApp lists them). */
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return new FileIteratorFake(this.kernel, this.all("getFiles", (f) => !isFolder(f)));
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return new FolderIteratorFake(this.kernel, this.all("getFolders", isFolder));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return new FileIteratorFake(this.kernel, this.all("getFilesByName", (f) => !isFolder(f) && f.name === name));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return new FolderIteratorFake(this.kernel, this.all("getFoldersByName", (f) => isFolder(f) && f.name === name));
  }
  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    return new FileIteratorFake(this.kernel, this.all("getFilesByType", (f) => f.mimeType === mimeType));
  }
  getTrashedFiles(): GoogleAppsScript.Drive.FileIterator {
    return new FileIteratorFake(this.kernel, this.all("getTrashedFiles", (f) => !isFolder(f) && f.trashed));
  }
  getTrashedFolders(): GoogleAppsScript.Drive.FolderIterator {
    return new FolderIteratorFake(this.kernel, this.all("getTrashedFolders", (f) => isFolder(f) && f.trashed));
  }
  createFile(a: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GoogleAppsScript.Drive.File {
    this.kernel.call(`${T}.createFile`);
    return new DriveFileFake(this.kernel, newFileIn(this.kernel, driveState(this.kernel).rootId, a, content, mimeType).id);
  }
  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    this.kernel.call(`${T}.createFolder`);
    return new DriveFolderFake(this.kernel, addFile(this.kernel, { name, mimeType: FOLDER_MIME, parents: [driveState(this.kernel).rootId] }).id);
  }
  /** Drive v2 query over every file: `title contains 'x'`, `mimeType contains 'image/'`, `trashed = false`, `'id' in parents` … */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    this.kernel.call(`${T}.searchFiles`);
    return new FileIteratorFake(this.kernel, searchDrive(this.kernel, params, 2, (f) => !isFolder(f)));
  }
  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    this.kernel.call(`${T}.searchFolders`);
    return new FolderIteratorFake(this.kernel, searchDrive(this.kernel, params, 2, isFolder));
  }
  getStorageUsed(): number {
    this.kernel.call(`${T}.getStorageUsed`);
    return Object.values(driveState(this.kernel).files).reduce((n, f) => n + (f.bytes?.length ?? 0), 0);
  }
}
unbuilt(DriveAppFake, T, `addFile addFolder continueFileIterator continueFolderIterator createShortcut
  createShortcutForTargetIdAndResourceKey getFileByIdAndResourceKey getFolderByIdAndResourceKey getStorageLimit
  removeFile removeFolder enforceSingleParent`);
