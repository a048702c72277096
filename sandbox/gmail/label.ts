// GmailLabel: a user label; applying it to threads is capped at 100 threads per call, as Gmail's is.
import type { Kernel } from "../kernel";
import { labelById, mailState, threadMessages, type StoredLabel } from "./store";
import { threadsWhere } from "./query";
import { GmailThreadFake } from "./thread";

const T = "GmailApp.GmailLabel";

/** Google's limit on threads per label/move call, and its error. */
export const MAX_THREADS_PER_CALL = 100;
export const tooManyThreads = (n: number) =>
  `Invalid argument: threads. At most ${MAX_THREADS_PER_CALL} threads can be changed at once (got ${n}).`;

/** The stored id of a label object the code holds (it may have been deleted meanwhile). */
export function labelIdOf(_kernel: Kernel, label: GoogleAppsScript.Gmail.GmailLabel): string {
  if (label instanceof GmailLabelFake) return label.labelId;
  throw new Error("Invalid argument: label");
}

export function threadIdOf(thread: GoogleAppsScript.Gmail.GmailThread): string {
  if (thread instanceof GmailThreadFake) return thread.threadId();
  throw new Error("Invalid argument: thread");
}

export class GmailLabelFake implements GoogleAppsScript.Gmail.GmailLabel {
  constructor(
    private readonly kernel: Kernel,
    readonly labelId: string,
  ) {}

  private call(method: string): StoredLabel {
    this.kernel.call(`${T}.${method}`);
    const label = labelById(mailState(this.kernel), this.labelId);
    if (!label) throw new Error("Label not found");
    return label;
  }

  getName(): string {
    return this.call("getName").name;
  }
  getThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    const label = this.call("getThreads");
    const ids = threadsWhere(mailState(this.kernel), (m) => m.labelIds.includes(label.id));
    const from = start ?? 0;
    return ids.slice(from, max === undefined ? undefined : from + max).map((id) => new GmailThreadFake(this.kernel, id));
  }
  getUnreadCount(): number {
    const label = this.call("getUnreadCount");
    const state = mailState(this.kernel);
    return Object.values(state.threads).filter((ids) =>
      ids.some((id) => state.messages[id].labelIds.includes(label.id) && state.messages[id].labelIds.includes("UNREAD")),
    ).length;
  }
  private change(method: string, threads: GoogleAppsScript.Gmail.GmailThread[], add: boolean): this {
    const label = this.call(method);
    if (threads.length > MAX_THREADS_PER_CALL) throw new Error(tooManyThreads(threads.length));
    const state = mailState(this.kernel);
    for (const t of threads) {
      for (const m of threadMessages(state, threadIdOf(t))) {
        m.labelIds = m.labelIds.filter((l) => l !== label.id);
        if (add) m.labelIds.push(label.id);
      }
    }
    return this;
  }
  addToThread(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailLabel {
    return this.change("addToThread", [thread], true);
  }
  addToThreads(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailLabel {
    return this.change("addToThreads", threads, true);
  }
  removeFromThread(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailLabel {
    return this.change("removeFromThread", [thread], false);
  }
  removeFromThreads(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailLabel {
    return this.change("removeFromThreads", threads, false);
  }
  deleteLabel(): void {
    const label = this.call("deleteLabel");
    const state = mailState(this.kernel);
    state.labels = state.labels.filter((l) => l.id !== label.id);
    for (const m of Object.values(state.messages)) m.labelIds = m.labelIds.filter((l) => l !== label.id);
  }
}

