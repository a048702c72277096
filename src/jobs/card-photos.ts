// The Drive card's "Capture N cards": photos read one at a time while the card's ~30 s allow, the rest queued
// for the timed run, and the answer says which is which ("3 captured, 2 queued for the next run").
import { PropsStore } from "../workspace/props";
import { openLedger } from "../workspace/spreadsheet";
import { loadSettings } from "./settings";
import { runCapture, type CaptureReport } from "./capture";
import { Budget, CARD_BUDGET_MS, CARD_LOCK_WAIT_MS, OCR_ITEM_MS } from "./budget";
import { queuePhotos } from "./photo-queue";
import { selectedPhotoInput } from "./addon-inputs";
import type { CaptureInput } from "../core/ledger/capture-input";

export interface CardPhotosReport {
  capture: CaptureReport;
  /** Photos left for the next timed run. */
  queued: number;
}

export function capturePhotosFromCard(
  ids: readonly string[],
  opts: { now?: () => Date; budgetMs?: number } = {},
): CardPhotosReport {
  const now = opts.now ?? (() => new Date());
  const budget = new Budget(now, opts.budgetMs ?? CARD_BUDGET_MS);
  const props = new PropsStore();
  const settings = loadSettings(props, () => openLedger(props));
  const inputs: CaptureInput[] = [];
  const later: string[] = [];
  for (const id of ids) {
    if (!later.length && budget.hasRoomFor(OCR_ITEM_MS)) {
      try {
        inputs.push(selectedPhotoInput(id, settings.region));
        continue;
      } catch {
        // Drive did not answer: this photo and the rest wait for the timed run instead of being lost.
      }
    }
    later.push(id);
  }
  queuePhotos(props, later);
  props.flush();
  const capture = inputs.length
    ? runCapture({ now, inputs, budgetMs: 0, lockWaitMs: CARD_LOCK_WAIT_MS })
    : { status: "done" as const, outcomes: [], alreadyCaptured: 0, elapsedMs: budget.elapsedMs };
  if (capture.status === "busy") {
    // Nothing was written: every photo read here waits for the timed run instead of being read again by hand.
    queuePhotos(props, inputs.map((i) => i.ref));
    props.flush();
    return { capture, queued: ids.length };
  }
  return { capture, queued: later.length };
}
