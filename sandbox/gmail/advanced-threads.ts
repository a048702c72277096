// The Gmail advanced service's listing and label changes (Users.Threads.list/get, Messages.list),
// as capture reads the labelled mail under the gmail.modify scope.
import type { Kernel } from "../kernel";
import { apiError } from "../api-error";
import { strictObject } from "../strict-object";
import { matches, parseQuery, reachesTrash, threadsWhere } from "./query";
import type { MailState } from "./store";

type UserCall = (method: string, userId: string) => MailState;

export function createThreadsApi(kernel: Kernel, user: UserCall) {
  const messageOut = (s: MailState, id: string) => {
    const m = s.messages[id];
    return {
      id,
      threadId: m.threadId,
      labelIds: [...m.labelIds],
      snippet: m.plainBody.slice(0, 200).replace(/\s+/g, " ").trim(),
      internalDate: String(m.internalDate.getTime()),
      sizeEstimate: m.raw.length,
    };
  };

  const Threads = strictObject("Gmail.Users.Threads", {
    /** Threads whose messages match `q` and carry every label of `labelIds`, most recent first, a page at a time. */
    list(userId: string, optionalArgs: { q?: string; labelIds?: string[]; maxResults?: number; pageToken?: string; includeSpamTrash?: boolean } = {}) {
      const s = user("Threads.list", userId);
      const max = optionalArgs.maxResults ?? 100;
      if (!Number.isInteger(max) || max < 1 || max > 500) throw apiError("gmail.users.threads.list", "Invalid maxResults");
      const node = optionalArgs.q ? parseQuery(optionalArgs.q) : undefined;
      const labels = optionalArgs.labelIds ?? [];
      const ids = threadsWhere(
        s,
        (m) => labels.every((l) => m.labelIds.includes(l)) && (!node || matches(node, m, { state: s, now: kernel.now() })),
        !!optionalArgs.includeSpamTrash || (node ? reachesTrash(node) : false),
      );
      const start = optionalArgs.pageToken ? Number(optionalArgs.pageToken) : 0;
      if (!Number.isInteger(start) || start < 0) throw apiError("gmail.users.threads.list", "Invalid pageToken");
      const page = ids.slice(start, start + max);
      return {
        ...(page.length ? { threads: page.map((id) => ({ id, snippet: "", historyId: String(s.seq) })) } : {}),
        ...(start + max < ids.length ? { nextPageToken: String(start + max) } : {}),
        resultSizeEstimate: ids.length,
      };
    },
    get(userId: string, id: string, optionalArgs: { format?: string } = {}) {
      const s = user("Threads.get", userId);
      const messages = s.threads[id];
      if (!messages) throw apiError("gmail.users.threads.get", "Requested entity was not found.");
      const format = optionalArgs.format ?? "full";
      if (format !== "minimal") throw new Error(`Gmail.Users.Threads.get format ${format} is not implemented in the sandbox`);
      return { id, historyId: String(s.seq), messages: messages.map((m) => messageOut(s, m)) };
    },
  });

  /** Messages matching `q` and carrying every label of `labelIds`, newest first, a page at a time (ids only). */
  function list(userId: string, optionalArgs: { q?: string; labelIds?: string[]; maxResults?: number; pageToken?: string; includeSpamTrash?: boolean } = {}) {
    const s = user("Messages.list", userId);
    const max = optionalArgs.maxResults ?? 100;
    if (!Number.isInteger(max) || max < 1 || max > 500) throw apiError("gmail.users.messages.list", "Invalid maxResults");
    const node = optionalArgs.q ? parseQuery(optionalArgs.q) : undefined;
    const labels = optionalArgs.labelIds ?? [];
    const anywhere = !!optionalArgs.includeSpamTrash || (node ? reachesTrash(node) : false);
    const ids = Object.values(s.messages)
      .filter((m) => anywhere || !(m.labelIds.includes("TRASH") || m.labelIds.includes("SPAM")))
      .filter((m) => labels.every((l) => m.labelIds.includes(l)) && (!node || matches(node, m, { state: s, now: kernel.now() })))
      .sort((a, b) => b.internalDate.getTime() - a.internalDate.getTime() || (a.id < b.id ? 1 : -1));
    const start = optionalArgs.pageToken ? Number(optionalArgs.pageToken) : 0;
    if (!Number.isInteger(start) || start < 0) throw apiError("gmail.users.messages.list", "Invalid pageToken");
    const page = ids.slice(start, start + max);
    return {
      ...(page.length ? { messages: page.map((m) => ({ id: m.id, threadId: m.threadId })) } : {}),
      ...(start + max < ids.length ? { nextPageToken: String(start + max) } : {}),
      resultSizeEstimate: ids.length,
    };
  }

  return { Threads, list };
}

