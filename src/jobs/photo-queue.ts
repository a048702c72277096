// Photos picked in Drive that a card had no time to read: queued in properties, read by the next timed run.
import type { CaptureInput } from "../core/ledger/plan";
import { extractLeadFromCardText } from "../core/card/extract";
import type { PropsStore } from "../workspace/props";
import { ocrImageWithDrive } from "../workspace/drive-ocr";
import { photoForOcr } from "../workspace/photo-for-ocr";
import { ocrLanguage, type Gathered } from "./capture-inputs";
import { OCR_ITEM_MS, type Budget } from "./budget";

export const PHOTO_QUEUE_KEY = "capture.photoQueue";

/** A Drive photo (anywhere in Drive) read with Drive's OCR, or the reason it could not be. */
export function readDrivePhoto(id: string, region: string): CaptureInput {
  const base = { ref: id, kind: "card" as const, label: id, link: "", recordId: id, idKey: "photoIds" as const };
  try {
    const file = DriveApp.getFileById(id);
    const photo = { id, name: file.getName(), mimeType: file.getMimeType(), size: file.getSize(), blob: () => file.getBlob() };
    const text = ocrImageWithDrive(photoForOcr(photo), ocrLanguage(region));
    return {
      ...base,
      label: photo.name,
      link: file.getUrl(),
      extraction: extractLeadFromCardText(text, { defaultRegion: region }),
    };
  } catch (err) {
    return { ...base, skipped: `the photo could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** Adds photo ids to the queue (queued, not flushed: the caller flushes). */
export function queuePhotos(props: PropsStore, ids: readonly string[]): void {
  if (!ids.length) return;
  props.setJson(PHOTO_QUEUE_KEY, [...new Set([...props.getJson<string[]>(PHOTO_QUEUE_KEY, []), ...ids])]);
}

/** The timed run reads queued photos while its budget allows; the rest stay queued. */
export function gatherQueuedPhotos(props: PropsStore, region: string, budget: Budget, out: Gathered): void {
  const queue = props.getJson<string[]>(PHOTO_QUEUE_KEY, []);
  if (!queue.length) return;
  let n = 0;
  for (; n < queue.length && budget.hasRoomFor(OCR_ITEM_MS); n++) out.inputs.push(readDrivePhoto(queue[n], region));
  if (n < queue.length) out.more = true;
  props.setJson(PHOTO_QUEUE_KEY, queue.slice(n));
}
