// Photos picked in Drive that a card had no time to read: queued in properties, read by the next timed run.
import type { PropsStore } from "../workspace/props";
import type { Gathered } from "./capture-inputs";
import { selectedPhotoInput } from "./addon-inputs";
import { OCR_ITEM_MS, type Budget } from "./budget";
import { errorText } from "./transient";

export const PHOTO_QUEUE_KEY = "capture.photoQueue";

/** Adds photo ids to the queue (queued, not flushed: the caller flushes). */
export function queuePhotos(props: PropsStore, ids: readonly string[]): void {
  if (!ids.length) return;
  props.setJson(PHOTO_QUEUE_KEY, [...new Set([...props.getJson<string[]>(PHOTO_QUEUE_KEY, []), ...ids])]);
}

/**
 * The timed run reads queued photos while its budget allows; the rest stay queued. A passing outage stops the
 * queue where it is: that photo and the ones after it wait for the next run.
 */
export function gatherQueuedPhotos(props: PropsStore, region: string, budget: Budget, out: Gathered): void {
  const queue = props.getJson<string[]>(PHOTO_QUEUE_KEY, []);
  if (!queue.length) return;
  let n = 0;
  for (; n < queue.length && budget.hasRoomFor(OCR_ITEM_MS); n++) {
    try {
      out.inputs.push(selectedPhotoInput(queue[n], region));
    } catch (err) {
      out.retry ??= errorText(err);
      break;
    }
  }
  if (n < queue.length && !out.retry) out.more = true;
  props.setJson(PHOTO_QUEUE_KEY, queue.slice(n));
}
