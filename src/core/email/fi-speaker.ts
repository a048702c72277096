// fi: who speaks in a Finnish voicemail transcript ("Hei, täällä Laura Nieminen Kahvila Kuukkelista …").

/**
 * A Finnish caller names themselves after "täällä (on)" / "tässä (on)" ("here is"), the given and family name; the
 * place they call from follows in the elative or ablative case ("Kahvila Kuukkelista", "Virtasen Putkelta"), with no
 * preposition; a place after it ("… Kuukkelista Kalliosta", from a district) is not the company's. Capitalised words
 * only, so "täällä on kylmä" is no name.
 */
const FI_SPEAKER_RE =
  /(?:^|[\s,.!?"“”])(?:[Tt]äällä|[Tt]ässä)(?:\s+on)?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)(?:\s+((?:\p{Lu}[\p{L}\d'’&-]*(?<!sta|stä|lta|ltä)\s+){0,3}\p{Lu}[\p{L}\d'’&-]*?)(?:sta|stä|lta|ltä))?(?=[\s,.!?]|$)/u;

/**
 * The Finnish speaker and their company. The company keeps the case ending off only when the notice spells it so
 * elsewhere (the caller-ID line "Soittaja: Kahvila Kuukkeli, 09 …"): a stem alone is not always the word's base form
 * ("Putkelta" is from "Putki").
 */
export function finnishSpeaker(flat: string): { name: string; company?: string } | undefined {
  const m = FI_SPEAKER_RE.exec(flat);
  if (!m) return undefined;
  const stem = m[2];
  const elsewhere = stem ? flat.indexOf(stem) : -1;
  const company = stem && elsewhere >= 0 && elsewhere < m.index ? stem : undefined;
  return { name: m[1], ...(company ? { company } : {}) };
}
