// Reading the inputs of one capture run: labelled Gmail threads page by page, their card attachments,
// and the photos in the Lead cards folder — each turned into an extraction or a reason it was skipped.
// A transient service error is never taken for a bad input: the thread or photo waits for the next run.
import type { CaptureInput } from "../core/ledger/capture-input";
import type { ExtractContext } from "../core/lead";
import { extractLeadFromEmail } from "../core/email/extract";
import { labelIds, messagePage, messageLink, readRawMessage } from "../workspace/gmail-capture";
import type { MessageData } from "../workspace/gmail-message";
import { photoForOcr, UnreadablePhoto } from "../workspace/photo-for-ocr";
import { isImage, listCardFiles, MAX_CARD_BYTES, type PhotoFile } from "../workspace/cards-folder";
import { OCR_ITEM_MS, type Budget } from "./budget";
import { cardInput } from "./card-input";
import { errorText, isTransient } from "./transient";

export const MAX_PHOTO_TRIES = 3;

export interface PhotoState {
  tries: number;
  final: boolean;
}

export interface Gathered {
  inputs: CaptureInput[];
  /** Messages read this run (labelled captured once the ledger is written). */
  messages: string[];
  /** Photos to move to Processed once the ledger is written (captured now or earlier). */
  photos: PhotoFile[];
  photoState: Record<string, PhotoState>;
  /** Inputs handled earlier without a row (skipped for good): never read again. */
  done: ReadonlySet<string>;
  alreadyCaptured: number;
  more: boolean;
  /** A transient error stopped reading: what it was (the rest waits for the next run). */
  retry?: string;
  /** Messages left for the next run because this one ran out of time (a card's short budget). */
  queued?: number;
}

/** The inputs of one message: the e-mail itself and each card photo attached to it. Service errors are thrown. */
function messageInputs(id: string, { email, images }: MessageData, ctx: ExtractContext, budget: Budget): CaptureInput[] {
  const at = email.date instanceof Date ? email.date.getTime() : 0;
  const link = messageLink(id, ctx.ownerEmails[0]);
  const cards = images.map((img, n) => {
    const base = {
      ref: `${id}#${n + 1}`,
      kind: "card" as const,
      label: img.name,
      link,
      recordId: id,
      idKey: "messageIds" as const,
      at,
    };
    if (!img.blob || img.size > MAX_CARD_BYTES) return { ...base, skipped: `photo too large for Drive's OCR (${(img.size / 1048576).toFixed(1)} MB; it reads up to 2 MB): save it to the Lead cards folder, or take it at a lower resolution` };
    if (!budget.left) return { ...base, skipped: "no time left in this run to read the photo" };
    return cardInput(base, img.blob, ctx.defaultRegion);
  });
  const hasSibling = cards.some(
    (c) => c.extraction && (c.extraction.lead.name || c.extraction.lead.email || c.extraction.lead.phone),
  );
  return [
    {
      ref: id,
      kind: "email",
      label: email.subject.trim() || "(no subject)",
      from: email.from,
      link,
      recordId: id,
      idKey: "messageIds",
      extraction: extractLeadFromEmail(email, ctx),
      hasSibling,
      at,
    },
    ...cards,
  ];
}

/** Labelled messages, page by page (one list call a page, one read a message), until done, out of time or at `maxInputs`. */
export function gatherEmails(
  captureLabel: string,
  ctx: ExtractContext,
  budget: Budget,
  maxInputs: number,
  out: Gathered,
): void {
  const labelId = labelIds().get(captureLabel.toLowerCase());
  if (!labelId) return;
  for (let token: string | undefined, first = true; first || token; first = false) {
    let page;
    try {
      page = messagePage(labelId, token);
    } catch (err) {
      if (!isTransient(err)) throw err;
      out.retry = errorText(err);
      return;
    }
    token = page.next;
    for (const id of page.ids) {
      if (!budget.left || out.inputs.length >= maxInputs) {
        out.more = true;
        return;
      }
      if (out.done.has(id)) {
        out.alreadyCaptured++;
        out.messages.push(id);
        continue;
      }
      try {
        const data = readRawMessage(id);
        // Checked per message, not per page: a message starts only when its photos' OCR still fits in the
        // budget (a card callback has about 30 s); the messages left keep their label for the next run.
        if (!budget.hasRoomFor(data.images.filter((img) => img.blob).length * OCR_ITEM_MS)) {
          out.more = true;
          out.queued = (out.queued ?? 0) + page.ids.length - page.ids.indexOf(id);
          return;
        }
        out.inputs.push(...messageInputs(id, data, ctx, budget));
      } catch (err) {
        if (isTransient(err)) {
          // This message and the rest wait for the next run: nothing of it is recorded, it keeps its label.
          out.retry = errorText(err);
          return;
        }
        // Google refuses this message for good (not a passing outage): logged once, never retried.
        out.inputs.push({
          ref: id,
          kind: "email",
          label: "(unreadable message)",
          link: messageLink(id, ctx.ownerEmails[0]),
          recordId: id,
          idKey: "messageIds",
          skipped: `Gmail could not read it (${errorText(err)})`,
        });
      }
      out.messages.push(id);
    }
  }
}

/** Photos in the Lead cards folder: images are read; anything else is logged once and left in place. */
export function gatherPhotos(
  folder: GoogleAppsScript.Drive.Folder,
  region: string,
  budget: Budget,
  max: number,
  out: Gathered,
): void {
  for (const photo of listCardFiles(folder, max)) {
    const state = out.photoState[photo.id];
    if (state?.final || out.done.has(photo.id)) continue;
    const base = {
      ref: photo.id,
      kind: "card" as const,
      label: photo.name,
      link: photo.url,
      recordId: photo.id,
      idKey: "photoIds" as const,
    };
    if (!isImage(photo.mimeType)) {
      out.photoState[photo.id] = { tries: 1, final: true };
      out.inputs.push({
        ...base,
        skipped: `not an image (${photo.mimeType || "unknown type"}); left in the folder`,
      });
      continue;
    }
    if (!budget.left) {
      out.more = true;
      return;
    }
    try {
      // Too large (most phone photos) or HEIC/WebP: Drive's own preview of it is read instead; a photo Drive
      // cannot preview is said once, with what to do, and never retried.
      let image: GoogleAppsScript.Base.Blob;
      try {
        image = photoForOcr({ ...photo, blob: () => photo.file.getBlob() });
      } catch (err) {
        if (!(err instanceof UnreadablePhoto)) throw err;
        out.photoState[photo.id] = { tries: 1, final: true };
        out.inputs.push({ ...base, skipped: `${err.message}; left in the folder` });
        continue;
      }
      out.inputs.push(cardInput(base, image, region));
      out.photos.push(photo);
    } catch (err) {
      // Transient: silent, and tried again next run; given up after a few tries, logged once.
      const tries = (state?.tries ?? 0) + 1;
      const final = tries >= MAX_PHOTO_TRIES;
      out.photoState[photo.id] = { tries, final };
      if (final)
        out.inputs.push({
          ...base,
          skipped: `the photo could not be read after ${tries} tries (${errorText(err)}); left in the folder`,
        });
      else out.retry ??= errorText(err);
    }
  }
}
