// The inputs of one capture run, read before the ledger: those the add-on hands in, or the labelled mail, then the
// Lead cards folder and the queued photos, as far as time allows.
import type { CaptureInput } from "../core/ledger/capture-input";
import type { LedgerSettings } from "../core/ledger/settings";
import type { PropsStore } from "../workspace/props";
import { decode } from "../workspace/gmail-message";
import { findCardsFolder, CARDS_FOLDER_KEY } from "../workspace/cards-folder";
import { ownerAddresses, ownerEmail } from "../workspace/session";
import type { Budget } from "./budget";
import { gatherEmails, gatherPhotos, type Gathered, type PhotoState } from "./capture-inputs";
import { gatherQueuedPhotos } from "./photo-queue";

export interface RunInputs {
  gathered: Gathered;
  /** The Lead cards folder (none when the add-on hands the inputs in). */
  folder: GoogleAppsScript.Drive.Folder | null;
  /** The inputs skipped for good by earlier runs, as saved. */
  skipped: string[];
}

/** `keys`: the properties holding the inputs skipped for good and the state of each photo. */
export function gatherRun(
  props: PropsStore,
  settings: LedgerSettings,
  budget: Budget,
  maxInputs: number,
  given: CaptureInput[] | undefined,
  keys: { skipped: string; photoState: string },
): RunInputs {
  const ctx = {
    ownerEmails: ownerAddresses(ownerEmail()),
    defaultRegion: settings.region,
    timeZone: settings.timeZone,
    decode,
  };
  const skipped = props.getJson<string[]>(keys.skipped, []);
  const gathered: Gathered = {
    inputs: [],
    messages: [],
    photos: [],
    photoState: props.getJson<Record<string, PhotoState>>(keys.photoState, {}),
    done: new Set(skipped),
    alreadyCaptured: 0,
    more: false,
  };
  const folder = given ? null : findCardsFolder(props.get(CARDS_FOLDER_KEY), settings.cardsFolder, false);
  if (given) gathered.inputs.push(...given);
  else gatherEmails(settings.captureLabel, ctx, budget, maxInputs, gathered);
  if (folder && !gathered.more && !gathered.retry)
    gatherPhotos(folder, settings.region, budget, maxInputs, gathered);
  if (!given && !gathered.more && !gathered.retry)
    gatherQueuedPhotos(props, settings.region, budget, gathered);
  return { gathered, folder, skipped };
}
