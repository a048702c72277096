// Whether the writer's signature says they assist a person by name ("Executive Assistant to Gregory Hale").
import { normalizeName } from "../contact/name";
import { ASSISTANT_TO_RE } from "./principal-title";

/**
 * The writer signs as that person's assistant (en "Executive Assistant to", "PA to", de "Assistentin von", fr
 * "Assistante de", es "Asistente de", it "Assistente di"): they write for their own principal, whose company is the
 * one in the writer's signature, and nobody is referred. Read in the last 3,000 characters (the signature).
 */
export function assistsByName(body: string, principal: string): boolean {
  const name = normalizeName(principal);
  if (!name.includes(" ")) return false;
  const tail = body.slice(-3000);
  for (let at = tail.indexOf(name); at >= 0; at = tail.indexOf(name, at + name.length))
    if (ASSISTANT_TO_RE.test(tail.slice(Math.max(0, at - 60), at))) return true;
  return false;
}
