// What the add-on's cards capture, read the same way the timed capture reads it: the open Gmail message
// (extracted with the owner's settings) and the card photos selected in Drive (type, size, OCR, extraction).
import type { CaptureInput } from "../core/ledger/capture-input";
import type { Extraction } from "../core/lead";
import { extractLeadFromEmail } from "../core/email/extract";
import { decode, openMessage } from "../workspace/gmail-message";
import { isImage, photoFile } from "../workspace/cards-folder";
import { photoForOcr, UnreadablePhoto } from "../workspace/photo-for-ocr";
import { ownerAddresses, ownerEmail } from "../workspace/session";
import { PropsStore } from "../workspace/props";
import { openLedger } from "../workspace/spreadsheet";
import { loadSettings } from "./settings";
import { cardInput } from "./card-input";
import { errorText, isTransient } from "./transient";

function settings(props = new PropsStore()) {
  return loadSettings(props, () => openLedger(props));
}

/** The lead of the message the Gmail card is open on. A service error is thrown (the card says so). */
export function openMessageLead(messageId: string, accessToken?: string): Extraction {
  const s = settings();
  const { email } = openMessage(messageId, accessToken);
  return extractLeadFromEmail(email, {
    ownerEmails: ownerAddresses(ownerEmail()),
    defaultRegion: s.region,
    timeZone: s.timeZone,
    decode,
  });
}

/**
 * The capture input of one photo picked in Drive. A file that is not an image, too large, or refused by
 * Drive's OCR is a skipped input with the reason; a transient error is thrown (the photo waits in the queue).
 */
export function selectedPhotoInput(id: string, region: string): CaptureInput {
  const base = { ref: id, kind: "card" as const, label: id, link: "", recordId: id, idKey: "photoIds" as const };
  let photo;
  try {
    photo = photoFile(id);
  } catch (err) {
    if (isTransient(err)) throw err;
    return { ...base, skipped: `the file could not be opened (${errorText(err)})` };
  }
  const named = { ...base, label: photo.name, link: photo.url };
  if (!isImage(photo.mimeType)) return { ...named, skipped: `not an image (${photo.mimeType || "unknown type"})` };
  // Too large (most phone photos) or HEIC/WebP: Drive's own preview of it is read instead.
  let image: GoogleAppsScript.Base.Blob;
  try {
    image = photoForOcr({ id, name: photo.name, mimeType: photo.mimeType, size: photo.size, blob: () => photo.file.getBlob() });
  } catch (err) {
    if (err instanceof UnreadablePhoto) return { ...named, skipped: err.message };
    throw err;
  }
  return cardInput(named, image, region);
}

/** The capture inputs of photos selected in Drive, read now; a transient error is thrown. */
export function selectedPhotoInputs(ids: readonly string[]): CaptureInput[] {
  const region = settings().region;
  return ids.map((id) => selectedPhotoInput(id, region));
}
