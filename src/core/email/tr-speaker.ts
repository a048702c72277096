// tr: who speaks in a Turkish voicemail transcript ("Merhaba, ben Selin Aydın, … Moda Pastanesi'nden arıyorum").

/**
 * A Turkish caller names themselves after "ben" (I, in "Merhaba, ben …") or "adım" / "ismim" (my name is), given and
 * family name capitalised; the business they call from is written with the ablative after an apostrophe and
 * "arıyorum" (I am calling): "Moda Pastanesi'nden arıyorum", "Yıldız Lojistik'ten arıyorum".
 */
const TR_SPEAKER_RE =
  /(?:^|[\s,.!?"“”])(?:[Bb]en|[Aa]dım|[İi]smim)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?=[\s,.!?]|$)/u;
const TR_CALLING_FROM_RE =
  /((?:\p{Lu}[\p{L}\d&-]*\s+){0,3}\p{Lu}[\p{L}\d&-]*)['’](?:n)?(?:dan|den|tan|ten)\s+(?:arıyorum|arıyoruz|yazıyorum)/u;

/** The Turkish speaker and the business they say they call from. */
export function turkishSpeaker(flat: string): { name: string; company?: string } | undefined {
  const m = TR_SPEAKER_RE.exec(flat);
  if (!m) return undefined;
  const company = TR_CALLING_FROM_RE.exec(flat.slice(m.index))?.[1];
  return { name: m[1], ...(company ? { company } : {}) };
}
