// Whether one message of a thread introduces someone: by its wording, its greeting, its subject, in prose or by a copy.
import type { Address } from "../contact/email";
import { saysCopiedOutside } from "./copied-said";
import { handsOverToCopied } from "./handover-copied";
import { greetsBoth, introBySubject, isIntroduction } from "./intro";
import { refersInProse } from "./intro-names";
import type { OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * `m` (its text `own`, without the sign-off) introduces someone: an introduction's wording, a greeting to both sides,
 * an introduction's subject, a person passed on in prose, one said to be copied, or a colleague handed the matter.
 */
export function introducesSomeone(
  m: ThreadMessage,
  own: string,
  side: OwnerSide,
  outside: (a: Address) => boolean,
): boolean {
  return (
    isIntroduction(own) ||
    greetsBoth(m, own, outside) ||
    introBySubject(m, own, outside) ||
    refersInProse(m, own, outside) ||
    saysCopiedOutside(m, own, outside) ||
    handsOverToCopied(m, own, side)
  );
}
