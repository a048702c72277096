// Reading the inputs of one capture run: labelled Gmail threads page by page, their card attachments,
// and the photos in the Lead cards folder — each turned into an extraction or a reason it was skipped.
import type { CaptureInput } from "../core/ledger/plan";
import type { Extraction, ExtractContext } from "../core/lead";
import { extractLeadFromEmail } from "../core/email/extract";
import { extractLeadFromCardText } from "../core/card/extract";
import { emailInputFromGmail } from "../workspace/gmail-message";
import { threadPage, messageLink, PAGE_SIZE } from "../workspace/gmail-capture";
import { ocrImageWithDrive } from "../workspace/drive-ocr";
import { photoForOcr, UnreadablePhoto } from "../workspace/photo-for-ocr";
import { isImage, listCardFiles, MAX_CARD_BYTES, type PhotoFile } from "../workspace/cards-folder";
import { OCR_ITEM_MS, type Budget } from "./budget";

/** Failures worth another try on the next run (Google's transient errors); anything else is final. */
const TRANSIENT =
  /service unavailable|exceeded maximum execution|too many times|timed? ?out|try again|internal error|backend error|rate limit/i;
export const MAX_PHOTO_TRIES = 3;

export interface PhotoState {
  tries: number;
  final: boolean;
}

export interface Gathered {
  inputs: CaptureInput[];
  threads: GoogleAppsScript.Gmail.GmailThread[];
  /** Photos to move to Processed once the ledger is written (captured now or earlier). */
  photos: PhotoFile[];
  photoState: Record<string, PhotoState>;
  alreadyCaptured: number;
  more: boolean;
  /** Threads left for the next run because this one ran out of time (a card's short budget). */
  queued?: number;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function safeExtract(read: () => Extraction): Extraction {
  try {
    return read();
  } catch (err) {
    // A service that failed while the message was being read (a body fetched lazily) stops the run: the
    // message is read again next time. Anything else is the message itself: captured, flagged for review.
    if (TRANSIENT.test(errorText(err))) throw err;
    return { lead: {}, needsReview: true, warnings: [`could not be read: ${errorText(err)}`] };
  }
}

export function ocrLanguage(region: string): string {
  return (
    (
      { FR: "fr", BE: "fr", CH: "fr", DE: "de", AT: "de", ES: "es", MX: "es", IT: "it", NL: "nl" } as Record<
        string,
        string
      >
    )[region] ?? "en"
  );
}

function messageInputs(
  message: GoogleAppsScript.Gmail.GmailMessage,
  ctx: ExtractContext,
  budget: Budget,
): CaptureInput[] {
  const email = emailInputFromGmail(message);
  const id = email.id ?? message.getId();
  // Bodies are fetched here, not inside extraction, so a service failure stops the run (and the message is
  // read again next time) instead of being taken for an unreadable message.
  if (!email.plainBody.trim()) void email.htmlBody;
  const at = email.date instanceof Date ? email.date.getTime() : 0;
  const link = messageLink(id, ctx.ownerEmails[0]);
  const cards: CaptureInput[] = [];
  const wanted = email.attachments.some((a) => isImage(a.contentType));
  if (wanted) {
    const images = message
      .getAttachments({ includeInlineImages: false })
      .filter((a) => isImage(a.getContentType()));
    images.forEach((att, n) => {
      const base = {
        ref: `${id}#${n + 1}`,
        kind: "card" as const,
        label: att.getName(),
        link,
        recordId: id,
        idKey: "messageIds" as const,
        at,
      };
      if (att.getSize() > MAX_CARD_BYTES)
        cards.push({
          ...base,
          skipped: `photo too large for Drive's OCR (${(att.getSize() / 1048576).toFixed(1)} MB; it reads up to 2 MB): save it to the Lead cards folder, or take it at a lower resolution`,
        });
      else if (!budget.left) cards.push({ ...base, skipped: "no time left in this run to read the photo" });
      else {
        try {
          const text = ocrImageWithDrive(att.copyBlob(), ocrLanguage(ctx.defaultRegion));
          cards.push({
            ...base,
            extraction: safeExtract(() =>
              extractLeadFromCardText(text, { defaultRegion: ctx.defaultRegion }),
            ),
          });
        } catch (err) {
          cards.push({ ...base, skipped: `the photo could not be read (${errorText(err)})` });
        }
      }
    });
  }
  const hasSibling = cards.some(
    (c) => c.extraction && (c.extraction.lead.name || c.extraction.lead.email || c.extraction.lead.phone),
  );
  const extraction = safeExtract(() => extractLeadFromEmail(email, ctx));
  return [
    {
      ref: id,
      kind: "email",
      label: email.subject || "(no subject)",
      link,
      recordId: id,
      idKey: "messageIds",
      extraction,
      hasSibling,
      at,
    },
    ...cards,
  ];
}

/** The time a thread's card photos take through Drive's OCR. */
function threadCost(messages: GoogleAppsScript.Gmail.GmailMessage[]): number {
  let photos = 0;
  for (const m of messages)
    for (const a of m.getAttachments({ includeInlineImages: false }))
      if (isImage(a.getContentType()) && a.getSize() <= MAX_CARD_BYTES) photos++;
  return photos * OCR_ITEM_MS;
}

/** Labelled threads, page by page (two Gmail calls a page), until done, out of time or at `maxInputs`. */
export function gatherEmails(
  captureLabel: string,
  ctx: ExtractContext,
  budget: Budget,
  maxInputs: number,
  out: Gathered,
): void {
  for (let start = 0; ; start += PAGE_SIZE) {
    if (!budget.left || out.inputs.length >= maxInputs) {
      out.more = true;
      return;
    }
    const page = threadPage(captureLabel, start);
    for (let i = 0; i < page.threads.length; i++) {
      // Checked per thread, not per page: a thread starts only when its photos' OCR still fits in the budget
      // (a card callback has about 30 s); the threads left keep their label for the next run.
      const messages = page.messages[i] ?? [];
      if (!budget.hasRoomFor(threadCost(messages))) {
        out.more = true;
        out.queued = (out.queued ?? 0) + page.threads.length - i;
        return;
      }
      for (const message of messages) out.inputs.push(...messageInputs(message, ctx, budget));
      out.threads.push(page.threads[i]);
    }
    if (!page.more) return;
  }
}

/** Photos in the Lead cards folder: images are read; anything else is logged once and left in place. */
export function gatherPhotos(
  folder: GoogleAppsScript.Drive.Folder,
  captured: Set<string>,
  region: string,
  budget: Budget,
  max: number,
  out: Gathered,
): void {
  for (const photo of listCardFiles(folder, max)) {
    if (captured.has(photo.id)) {
      out.photos.push(photo);
      out.alreadyCaptured++;
      continue;
    }
    const state = out.photoState[photo.id];
    if (state?.final) continue;
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
      // Too large (most phone photos) or HEIC/WebP: Drive's own preview of it is read instead.
      const text = ocrImageWithDrive(photoForOcr({ ...photo, blob: () => photo.file.getBlob() }), ocrLanguage(region));
      out.inputs.push({
        ...base,
        extraction: safeExtract(() => extractLeadFromCardText(text, { defaultRegion: region })),
      });
      out.photos.push(photo);
    } catch (err) {
      const tries = (state?.tries ?? 0) + 1;
      const transient = !(err instanceof UnreadablePhoto) && TRANSIENT.test(errorText(err));
      const final = !transient || tries >= MAX_PHOTO_TRIES;
      out.photoState[photo.id] = { tries, final };
      // Logged on the first failure and when giving up; the retries in between are silent.
      if (tries === 1 || final) {
        const next = final ? "left in the folder" : `will retry (up to ${MAX_PHOTO_TRIES} tries)`;
        out.inputs.push({ ...base, skipped: `the photo could not be read (${errorText(err)}); ${next}` });
      }
    }
  }
}
