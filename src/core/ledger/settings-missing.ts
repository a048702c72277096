// The rows setup adds to the Settings tab: each key it lacks, with its default and help text.
import { SETTINGS_SPEC, type LedgerSettings } from "./settings";

/** Rows setup appends to the Settings tab: only the keys it does not have yet. */
export function missingSettingsRows(
  rows: readonly (readonly unknown[])[],
  defaults: LedgerSettings,
): string[][] {
  const have = new Set(
    rows.map((r) =>
      String(r[0] ?? "")
        .trim()
        .toLowerCase(),
    ),
  );
  return SETTINGS_SPEC.filter((s) => !have.has(s.label.toLowerCase())).map((s) => [
    s.label,
    String(defaults[s.key]),
    s.help,
  ]);
}
