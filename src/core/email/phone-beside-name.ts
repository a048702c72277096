// The number a forwarder's note writes beside the name of the one it says to call ("… Leontine Okafor, 604-…").
import { regionHints } from "./region-language";
import { pickPhone } from "./signature";
import { trunkZeroPhone } from "./trunk-zero";

/**
 * The number written in the note's paragraph that names them ("… is Leontine Okafor, her number is 604-…"); a number
 * the default region cannot read is read in the region the note's words (or the `context` it forwards) imply.
 */
export function phoneBesideName(
  note: string,
  name: string,
  region: string,
  context = note,
): string | undefined {
  const first = name.split(" ")[0];
  const para = note.split(/\n\s*\n/).find((p) => p.includes(first));
  if (!para) return undefined;
  const lines = para.replace(/[,;]\s/g, "\n").replace(/([.!?])\s+/g, "$1\n");
  return (
    pickPhone(lines, region) ??
    // "Liga pra ela: (11) 95555-0175" in a Brazilian note: read in the country the note's words or places imply.
    regionHints(context.slice(0, 2000))
      .map((r) => pickPhone(lines, r))
      .find(Boolean) ??
    trunkZeroPhone(lines, region, context)
  );
}
