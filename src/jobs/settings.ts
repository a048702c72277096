// The ledger's settings for a job: a snapshot kept in properties (setup writes it, an edit of the Settings
// tab clears it), so a capture run reads no extra tab.
import type { LedgerSettings } from "../core/ledger/settings";
import { defaultSettings } from "../core/ledger/settings-defaults";
import { readSettings } from "../core/ledger/settings-read";
import { TAB_NAMES } from "../core/ledger/columns";
import type { PropsStore } from "../workspace/props";
import { readAll } from "../workspace/spreadsheet";
import { ownerEmail, scriptTimeZone } from "../workspace/session";

export const SETTINGS_KEY = "ledger.settings";
interface Snapshot {
  values: LedgerSettings;
}

/** Reads the Settings tab and stores the snapshot (two spreadsheet calls). */
export function refreshSettings(
  props: PropsStore,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): LedgerSettings {
  const defaults = defaultSettings(ownerEmail(), scriptTimeZone());
  const sheet = ss.getSheetByName(TAB_NAMES.settings);
  const values = sheet ? readSettings(readAll(sheet).slice(1), defaults) : defaults;
  props.setJson(SETTINGS_KEY, { values } satisfies Snapshot);
  return values;
}

/** The snapshot (kept until the Settings tab is edited), else the tab. */
export function loadSettings(
  props: PropsStore,
  open: () => GoogleAppsScript.Spreadsheet.Spreadsheet | null,
): LedgerSettings {
  const snap = props.getJson<Snapshot | null>(SETTINGS_KEY, null);
  // A complete snapshot needs no defaults (which cost three Session calls); one from before a setting was added does.
  if (snap && snap.values && Object.keys(defaultSettings("", "Etc/UTC")).every((k) => k in snap.values))
    return snap.values;
  if (snap && snap.values) return { ...defaultSettings(ownerEmail(), scriptTimeZone()), ...snap.values };
  const ss = open();
  return ss ? refreshSettings(props, ss) : defaultSettings(ownerEmail(), scriptTimeZone());
}

/** A user edited the Settings tab: the next job reads it again. */
export function invalidateSettings(props: PropsStore): void {
  props.set(SETTINGS_KEY, "");
  props.set(`${SETTINGS_KEY}#chunks`, "0");
}
