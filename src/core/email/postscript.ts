// A postscript under the sign-off ("P.S. Frau Dr. Kröger erreichen Sie mobil unter …") is the writer's prose, not signature.

/**
 * A line that opens a postscript: en/de/it/pt/nl "P.S.", "PS:", "PS -"; fr "P.-S.", "PS :"; es "P.D.", "PD:"
 * (posdata). Dots or a colon are required, so a "PS" word in a signature is not one.
 */
// en (UK) also writes a bare "PS " before a sentence ("PS Amir's mobile is 07700 …."): a line of five words or more
// that ends as a sentence does (a signature's "PS Design Ltd" does not).
const POSTSCRIPT_RE =
  /^[ \t>]*(?:P\.[ \t]?-?[ \t]?S\.|P\.[ \t]?D\.|PS[ \t]*[:-]|PD[ \t]*:|PS[ \t]+(?=\S+(?:[ \t]+\S+){3,}.*[.!?][ \t]*$))[ \t]*/;

/** `cut` (the body above the writer's sign-off) with each postscript paragraph found below it appended. */
export function withPostscripts(body: string, cut: string): string {
  if (cut.length >= body.length) return cut;
  const rest = body.slice(cut.length).split(/\r?\n/);
  const found: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (!POSTSCRIPT_RE.test(rest[i])) continue;
    const para = [rest[i].replace(POSTSCRIPT_RE, "")];
    while (i + 1 < rest.length && rest[i + 1].trim() && !POSTSCRIPT_RE.test(rest[i + 1]))
      para.push(rest[++i]);
    found.push(para.join("\n"));
  }
  return found.length ? `${cut}\n\n${found.join("\n\n")}` : cut;
}
