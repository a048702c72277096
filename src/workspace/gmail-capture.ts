// Gmail for capture: the labels, labelled threads page by page, and moving captured threads to "Captured".

export const PAGE_SIZE = 50;

export function labelNamed(name: string, create: boolean): GoogleAppsScript.Gmail.GmailLabel | null {
  const label = GmailApp.getUserLabelByName(name);
  if (label || !create) return label;
  return GmailApp.createLabel(name);
}

/** Gmail's search form of a label name: "Leads/Captured" -> label:leads-captured. */
export function labelQuery(name: string): string {
  return `label:${name
    .trim()
    .toLowerCase()
    .replace(/[\s/]+/g, "-")}`;
}

export interface ThreadPage {
  threads: GoogleAppsScript.Gmail.GmailThread[];
  messages: GoogleAppsScript.Gmail.GmailMessage[][];
  /** True when Gmail may have more threads after this page. */
  more: boolean;
}

/** One page of threads carrying the capture label, with all their messages: two Gmail calls. */
export function threadPage(captureLabel: string, start: number, size = PAGE_SIZE): ThreadPage {
  const threads = GmailApp.search(labelQuery(captureLabel), start, size);
  const messages = threads.length ? GmailApp.getMessagesForThreads(threads) : [];
  return { threads, messages, more: threads.length === size };
}

/** Captured threads: the captured label on, the capture label off (it is the to-do queue), ≤100 per call. */
export function markCaptured(
  threads: GoogleAppsScript.Gmail.GmailThread[],
  capture: string,
  captured: string,
): void {
  if (!threads.length) return;
  const done = labelNamed(captured, true)!;
  const todo = labelNamed(capture, false);
  for (let i = 0; i < threads.length; i += 100) {
    const batch = threads.slice(i, i + 100);
    done.addToThreads(batch);
    if (todo) todo.removeFromThreads(batch);
  }
}

/**
 * The link a person clicks to open the message in Gmail. Never `/u/0/`: that is whichever account was signed
 * in first in the browser, so someone signed into two accounts would land in the wrong mailbox. `authuser`
 * names the ledger owner's account, whatever its place in the browser's list.
 */
export function messageLink(id: string, account = ""): string {
  const who = account ? `?authuser=${encodeURIComponent(account)}` : "";
  return `https://mail.google.com/mail/${who}#all/${id}`;
}

/** Is at least one thread waiting under the capture label? One search of one result. */
export function anyLabelledThread(captureLabel: string): boolean {
  return GmailApp.search(labelQuery(captureLabel), 0, 1).length > 0;
}
