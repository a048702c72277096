// The Lead cards folder in Drive: find or create it, list new photos, move processed ones aside.

export const PROCESSED_FOLDER = "Processed";
export const CARDS_FOLDER_KEY = "ledger.cardsFolderId";

/** Photos bigger than this are not sent to OCR: Drive's OCR reads images up to 2 MB. */
export const MAX_CARD_BYTES = 2 * 1024 * 1024;

export interface PhotoFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  url: string;
  file: GoogleAppsScript.Drive.File;
}

export function findCardsFolder(
  id: string | undefined,
  name: string,
  create: boolean,
): GoogleAppsScript.Drive.Folder | null {
  if (id) {
    try {
      return DriveApp.getFolderById(id);
    } catch {
      // deleted or no longer shared: look it up by name below
    }
  }
  const found = DriveApp.getFoldersByName(name);
  if (found.hasNext()) return found.next();
  return create ? DriveApp.createFolder(name) : null;
}

/** Files directly in the folder (the Processed sub-folder is a folder, so never listed), at most `max`. */
export function listCardFiles(folder: GoogleAppsScript.Drive.Folder, max: number): PhotoFile[] {
  const out: PhotoFile[] = [];
  const files = folder.getFiles();
  while (out.length < max && files.hasNext()) {
    const file = files.next();
    out.push({
      id: file.getId(),
      name: file.getName(),
      mimeType: file.getMimeType(),
      size: file.getSize(),
      url: file.getUrl(),
      file,
    });
  }
  return out;
}

export function processedFolder(folder: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.Folder {
  const found = folder.getFoldersByName(PROCESSED_FOLDER);
  return found.hasNext() ? found.next() : folder.createFolder(PROCESSED_FOLDER);
}

export function isImage(mimeType: string): boolean {
  return /^image\/(jpeg|jpg|png|gif|bmp|webp|heic|heif|tiff)$/i.test(mimeType);
}

/** One Drive file by id (a photo selected in the Drive add-on), with what capture needs of it. */
export function photoFile(id: string): PhotoFile {
  const file = DriveApp.getFileById(id);
  return {
    id,
    name: file.getName(),
    mimeType: file.getMimeType(),
    size: file.getSize(),
    url: file.getUrl(),
    file,
  };
}

/** The ids of the files in a folder, by one Drive search (trashed files left out). */
export function fileIdsIn(folderId: string): string[] {
  const ids: string[] = [];
  const files = DriveApp.searchFiles(`'${folderId}' in parents and trashed = false`);
  while (files.hasNext()) ids.push(files.next().getId());
  return ids;
}
