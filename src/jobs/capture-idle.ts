// Whether a timer pass has anything to capture, for the price of one Gmail search and one Drive search: most
// passes find nothing, and an idle pass must cost next to nothing of the 90 daily minutes of trigger time.
import type { LedgerSettings } from "../core/ledger/settings";
import type { PropsStore } from "../workspace/props";
import { anyLabelledMessage } from "../workspace/gmail-capture";
import { CARDS_FOLDER_KEY, fileIdsIn } from "../workspace/cards-folder";
import { LEDGER_ID_KEY } from "../workspace/spreadsheet";
import { JOURNAL_KEY } from "./capture-journal";
import { PHOTO_QUEUE_KEY } from "./photo-queue";
import type { PhotoState } from "./capture-inputs";

/**
 * True when no labelled thread waits in Gmail, no new file sits in the Lead cards folder and no cut-off run left
 * a journal behind. Anything unusual (no ledger or folder recorded yet, a search that fails) answers false, so the
 * full run decides.
 */
export function nothingToCapture(props: PropsStore, settings: LedgerSettings, photoStateKey: string): boolean {
  if (!props.get(LEDGER_ID_KEY) || props.getJson<unknown[]>(JOURNAL_KEY, []).length) return false;
  if (props.getJson<unknown[]>(PHOTO_QUEUE_KEY, []).length) return false;
  const folderId = props.get(CARDS_FOLDER_KEY);
  if (!folderId) return false;
  try {
    if (anyLabelledMessage(settings.captureLabel)) return false;
    // Files left in the folder for good (not an image, unreadable) were logged once: they do not count.
    const done = props.getJson<Record<string, PhotoState>>(photoStateKey, {});
    return fileIdsIn(folderId).every((id) => done[id]?.final);
  } catch {
    return false;
  }
}
