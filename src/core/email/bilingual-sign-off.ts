// A sign-off written in two languages on one line ("Med venlig hilsen / Best regards"): still a sign-off.
import { SIGN_OFF_RE } from "./sign-off-lines";

/**
 * A sign-off line, or two sign-offs joined by a slash or a bar, as bilingual firms and public bodies write them
 * (da "Med venlig hilsen / Best regards", de "Mit freundlichen Grüßen / Kind regards", sv "Vänliga hälsningar /
 * Best regards", nl "Met vriendelijke groet | Kind regards"; any client).
 */
export function isSignOffLine(line: string): boolean {
  if (SIGN_OFF_RE.test(line)) return true;
  if (!line.includes(" / ") && !line.includes(" | ")) return false;
  const halves = line.split(/\s+[/|]\s+/);
  return halves.length === 2 && halves.every((h) => SIGN_OFF_RE.test(h));
}
