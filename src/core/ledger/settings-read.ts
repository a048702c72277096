// Reading the Settings tab: its key/value rows over the defaults, blanks and bad numbers ignored.
import { SETTINGS_SPEC, type LedgerSettings } from "./settings";

/** Settings from the tab's key/value rows (keys matched without case); blanks and bad numbers keep defaults. */
export function readSettings(
  rows: readonly (readonly unknown[])[],
  defaults: LedgerSettings,
): LedgerSettings {
  const out: LedgerSettings = { ...defaults };
  const byLabel = new Map(
    rows.map((r) => [
      String(r[0] ?? "")
        .trim()
        .toLowerCase(),
      r[1],
    ]),
  );
  for (const s of SETTINGS_SPEC) {
    const raw = byLabel.get(s.label.toLowerCase());
    if (raw === undefined || String(raw).trim() === "") continue;
    if (s.kind === "number") {
      const n = Number(String(raw).trim());
      if (Number.isFinite(n)) (out[s.key] as number) = n;
    } else (out[s.key] as string) = String(raw).trim();
  }
  return out;
}
