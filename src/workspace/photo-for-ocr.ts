// A Drive photo in a form Drive's OCR accepts (JPEG, PNG, GIF, BMP of at most 2 MB): as it is when it fits, else
// Drive's own preview of it at 1600 px (Apps Script has no image library) fetched with the user's token.

/** Drive's OCR reads images up to 2 MB. */
export const OCR_MAX_BYTES = 2 * 1024 * 1024;
/** Longest side of the preview asked for: a business card's text stays sharp, the JPEG stays far under 2 MB. */
export const PREVIEW_SIZE = 1600;
const OCR_TYPES = /^image\/(jpeg|jpg|pjpeg|png|x-png|gif|bmp|x-bmp)$/i;

/** A photo Drive's OCR cannot be given, for a reason that will not change on a retry (said once, not retried). */
export class UnreadablePhoto extends Error {}

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Drive's preview of file `id` at `size` px: Drive.Files.get for its thumbnailLink, then one UrlFetchApp.fetch. */
export function drivePreview(id: string, size = PREVIEW_SIZE): GoogleAppsScript.Base.Blob {
  if (typeof Drive === "undefined" || !Drive?.Files) throw new Error("the Drive advanced service (v3) is not enabled");
  const link = Drive.Files.get(id, { fields: "thumbnailLink" }).thumbnailLink;
  if (!link) throw new UnreadablePhoto("Drive has no preview of it");
  const response = UrlFetchApp.fetch(`${link.replace(/=s\d+$/, "")}=s${size}`, {
    headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
    muteHttpExceptions: true,
  });
  const code = response.getResponseCode();
  // 5xx is Google's trouble (worth a retry: the message reads as transient); 4xx will not change.
  if (code >= 500) throw new Error(`Drive's preview: service unavailable (HTTP ${code}), try again`);
  if (code !== 200) throw new UnreadablePhoto(`Drive's preview could not be fetched (HTTP ${code})`);
  return response.getBlob();
}

/** The blob to give Drive's OCR for a photo in Drive; throws UnreadablePhoto with what the user can do. */
export function photoForOcr(file: { id: string; name: string; mimeType: string; size: number; blob: () => GoogleAppsScript.Base.Blob }): GoogleAppsScript.Base.Blob {
  const readable = OCR_TYPES.test(file.mimeType);
  if (readable && file.size <= OCR_MAX_BYTES) return file.blob();
  const why = readable
    ? `the photo is too large for Drive's OCR (${mb(file.size)}; it reads up to 2 MB)`
    : `${(file.mimeType.split("/")[1] || "this").toUpperCase()} photos are not read by Drive's OCR (JPEG, PNG, GIF only)`;
  let preview: GoogleAppsScript.Base.Blob;
  try {
    preview = drivePreview(file.id);
  } catch (err) {
    if (!(err instanceof UnreadablePhoto)) throw err;
    throw new UnreadablePhoto(`${why}, and ${err.message}: take the photo at a lower resolution, or as JPEG ("Most compatible" on an iPhone)`);
  }
  if (preview.getBytes().length > OCR_MAX_BYTES) throw new UnreadablePhoto(`${why}, and Drive's preview is too large too`);
  return preview.setName(`${file.name.replace(/\.[^.]+$/, "")}.jpg`);
}
