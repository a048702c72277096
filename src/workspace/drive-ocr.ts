// Drive's own OCR: an image blob becomes a temporary Google Doc, whose text is read and which is removed.

const GOOGLE_DOC = "application/vnd.google-apps.document";

function driveService(): GoogleAppsScript.Drive {
  if (typeof Drive === "undefined" || !Drive || !Drive.Files) {
    throw new Error("the Drive advanced service (v3) is not enabled: card photos cannot be read");
  }
  return Drive;
}

/** Removes the temporary document; if Drive refuses to delete it, it goes to the trash instead. */
function removeTemporaryDoc(drive: GoogleAppsScript.Drive, id: string): void {
  try {
    drive.Files!.remove(id);
  } catch {
    try {
      DriveApp.getFileById(id).setTrashed(true);
    } catch {
      // nothing more can be done; the document is named so a person can recognise it
    }
  }
}

/**
 * The text Drive's OCR reads in `image` (JPEG, PNG, GIF, PDF …). `languageHint` is an ISO 639-1 code
 * ("en", "fr"). Throws Google's error when Drive cannot convert the file; never leaves the document behind.
 */
export function ocrImageWithDrive(image: GoogleAppsScript.Base.Blob, languageHint: string): string {
  const drive = driveService();
  const name = `Lead Ledger OCR (temporary) ${image.getName() ?? "card"}`;
  const doc = drive.Files!.create({ name, mimeType: GOOGLE_DOC }, image, { ocrLanguage: languageHint || "en", fields: "id" });
  if (!doc.id) throw new Error("Drive did not return the converted document");
  try {
    return DocumentApp.openById(doc.id).getBody().getText();
  } finally {
    removeTemporaryDoc(drive, doc.id);
  }
}
