// "VS:" is a reply in Finnish Outlook (vastaus) but a forward in Danish/Norwegian Outlook (videresend): the quote's labels tell.

/**
 * Finnish Outlook prefixes a reply's subject with "VS:" (a forward gets "VL:"), and writes its quote header with
 * "Lähettäjä:" / "Lähetetty:" labels; Danish and Norwegian Outlook use "VS:" for a forward, under "Fra:" / "Sendt:".
 * Only the start of the text (already cut to the scan window by the caller) is looked at.
 */
export function isFinnishReplySubject(subject: string, text: string): boolean {
  return /^\s*(?:vs\s*:\s*)+/i.test(subject) && /^[>\s*]*L[äa]hett[äa]j[äa]\s*:/im.test(text);
}
