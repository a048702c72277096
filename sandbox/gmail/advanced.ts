// The Gmail advanced service (Gmail API v1 as Apps Script exposes it): filters, labels, send-as, raw send and get.
import type { Kernel } from "../kernel";
import { parseEmlSync } from "../eml";
import { fromByteArray } from "../base/blob";
import { strictObject } from "../strict-object";
import { apiError } from "../api-error";
import { createLabelIn } from "./mailbox";
import { useGmailSending } from "../mail/email-quota";
import { deliverSent } from "./gmail-app";
import { accountUser, labelById, mailState, SYSTEM_LABELS, type StoredFilter } from "./store";
import { createThreadsApi } from "./advanced-threads";

type Filter = GoogleAppsScript.Gmail.Schema.Filter;
type Message = GoogleAppsScript.Gmail.Schema.Message;

/** JSON with keys sorted and empty values dropped: two filters are the same when this is. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) if (v[k] !== undefined && v[k] !== "" && v[k] !== null) out[k] = v[k];
      return out;
    }
    return v;
  });
}

function base64ToBytes(raw: unknown, method: string): Uint8Array {
  if (Array.isArray(raw)) return fromByteArray(raw);
  if (typeof raw !== "string" || !raw) throw apiError(method, "'raw' RFC822 payload message string or uploading message via /upload/* URL required");
  return new Uint8Array(Buffer.from(raw.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
}

export function createGmailAdvanced(kernel: Kernel): GoogleAppsScript.Gmail {
  const state = () => mailState(kernel);
  const user = (method: string, userId: string) => {
    kernel.call(`Gmail.Users.${method}`);
    if (userId !== "me" && userId.toLowerCase() !== accountUser(kernel).toLowerCase()) {
      throw apiError(`gmail.users.${method.toLowerCase()}`, `Delegation denied for ${accountUser(kernel)}`);
    }
    return state();
  };
  const filterOut = (f: StoredFilter): Filter => JSON.parse(JSON.stringify({ id: f.id, criteria: f.criteria, action: f.action }));
  const labelOut = (id: string) => {
    const l = labelById(state(), id);
    return l ? { id: l.id, name: l.name, type: "user" } : { id, name: id, type: "system" };
  };

  const Filters = strictObject("Gmail.Users.Settings.Filters", {
    list(userId: string) {
      const s = user("Settings.Filters.list", userId);
      return s.filters.length ? { filter: s.filters.map(filterOut) } : {};
    },
    get(userId: string, id: string) {
      const f = user("Settings.Filters.get", userId).filters.find((x) => x.id === id);
      if (!f) throw apiError("gmail.users.settings.filters.get", "Requested entity was not found.");
      return filterOut(f);
    },
    create(resource: Filter, userId: string) {
      const s = user("Settings.Filters.create", userId);
      const method = "gmail.users.settings.filters.create";
      const criteria = { ...(resource.criteria ?? {}) } as Record<string, unknown>;
      const action = { ...(resource.action ?? {}) };
      if (!Object.values(criteria).some((v) => v !== undefined && v !== "")) throw apiError(method, "Filter doesn't have any criteria");
      if (!Object.values(action).some((v) => v !== undefined && (!Array.isArray(v) || v.length))) throw apiError(method, "Filter doesn't have any actions");
      for (const id of [...(action.addLabelIds ?? []), ...(action.removeLabelIds ?? [])]) {
        if (!(SYSTEM_LABELS as readonly string[]).includes(id) && !labelById(s, id)) throw apiError(method, `Invalid label ${id} in AddLabelIds`);
      }
      const key = canonical({ criteria, action });
      if (s.filters.some((f) => canonical({ criteria: f.criteria, action: f.action }) === key)) throw apiError(method, "Filter already exists");
      const f: StoredFilter = { id: `ANe1Bm${String(s.nextFilter++).padStart(10, "0")}`, criteria, action };
      s.filters.push(f);
      return filterOut(f);
    },
    remove(userId: string, id: string) {
      const s = user("Settings.Filters.remove", userId);
      if (!s.filters.some((f) => f.id === id)) throw apiError("gmail.users.settings.filters.delete", "Requested entity was not found.");
      s.filters = s.filters.filter((f) => f.id !== id);
    },
  });

  const SendAs = strictObject("Gmail.Users.Settings.SendAs", {
    list(userId: string) {
      const s = user("Settings.SendAs.list", userId);
      const own = accountUser(kernel);
      return {
        sendAs: [
          { sendAsEmail: own, displayName: "", isPrimary: true, isDefault: true, treatAsAlias: false, verificationStatus: "accepted" },
          ...s.aliases.map((a) => ({ sendAsEmail: a, displayName: "", isDefault: false, treatAsAlias: true, verificationStatus: "accepted" })),
        ],
      };
    },
  });

  const Labels = strictObject("Gmail.Users.Labels", {
    list(userId: string) {
      const s = user("Labels.list", userId);
      return { labels: [...SYSTEM_LABELS.map((id) => ({ id, name: id, type: "system" })), ...s.labels.map((l) => labelOut(l.id))] };
    },
    get(userId: string, id: string) {
      user("Labels.get", userId);
      if (!(SYSTEM_LABELS as readonly string[]).includes(id) && !labelById(state(), id)) throw apiError("gmail.users.labels.get", "Requested entity was not found.");
      return labelOut(id);
    },
    create(resource: { name?: string }, userId: string) {
      const s = user("Labels.create", userId);
      const name = (resource.name ?? "").trim();
      if (!name) throw apiError("gmail.users.labels.create", "Invalid label name");
      if (s.labels.some((l) => l.name.toLowerCase() === name.toLowerCase()) || (SYSTEM_LABELS as readonly string[]).includes(name.toUpperCase())) {
        throw apiError("gmail.users.labels.create", "Label name exists or conflicts");
      }
      return labelOut(createLabelIn(s, name).id);
    },
  });

  const threadsApi = createThreadsApi(kernel, user);
  const Messages = strictObject("Gmail.Users.Messages", {
    list: threadsApi.list,
    /** Sends a raw RFC 5322 message (base64url) from the user's mailbox: Sent, and the inbox too when sent to self. */
    send(resource: Message, userId: string) {
      user("Messages.send", userId);
      const parsed = parseEmlSync(base64ToBytes(resource.raw, "gmail.users.messages.send"));
      if (!parsed.to && !parsed.cc && !parsed.bcc) throw apiError("gmail.users.messages.send", "Invalid To header");
      useGmailSending(kernel, [parsed.to, parsed.cc, parsed.bcc]);
      const id = deliverSent(kernel, parsed);
      const m = state().messages[id];
      return { id, threadId: m.threadId, labelIds: [...m.labelIds] };
    },
    /** Adds/removes labels on up to 1,000 messages in one call (as the Gmail API does). */
    batchModify(resource: { ids?: string[]; addLabelIds?: string[]; removeLabelIds?: string[] }, userId: string) {
      const s = user("Messages.batchModify", userId);
      const method = "gmail.users.messages.batchModify";
      const ids = resource.ids ?? [];
      if (!ids.length) throw apiError(method, "No ids specified.");
      if (ids.length > 1000) throw apiError(method, "Too many ids specified: at most 1000.");
      for (const l of [...(resource.addLabelIds ?? []), ...(resource.removeLabelIds ?? [])])
        if (!(SYSTEM_LABELS as readonly string[]).includes(l) && !labelById(s, l)) throw apiError(method, `Invalid label: ${l}`);
      for (const id of ids) if (!s.messages[id]) throw apiError(method, "Invalid id value");
      for (const id of ids) {
        const m = s.messages[id];
        m.labelIds = m.labelIds.filter((l) => !(resource.removeLabelIds ?? []).includes(l));
        for (const l of resource.addLabelIds ?? []) if (!m.labelIds.includes(l)) m.labelIds.push(l);
      }
    },
    get(userId: string, id: string, optionalArgs?: { format?: string }) {
      const s = user("Messages.get", userId);
      const m = s.messages[id];
      if (!m) throw apiError("gmail.users.messages.get", "Requested entity was not found.");
      const base: Message = { id, threadId: m.threadId, labelIds: [...m.labelIds], internalDate: String(m.internalDate.getTime()), snippet: m.plainBody.slice(0, 200).replace(/\s+/g, " ").trim() };
      const format = optionalArgs?.format ?? "full";
      if (format === "raw") return { ...base, raw: Buffer.from(m.raw, "utf8").toString("base64url") };
      if (format === "minimal") return base;
      return { ...base, payload: { mimeType: m.htmlBody ? "multipart/alternative" : "text/plain", headers: m.headers.map((h) => ({ ...h })) } };
    },
  });

  const Settings = strictObject("Gmail.Users.Settings", { Filters, SendAs });
  const Users = strictObject("Gmail.Users", {
    Settings,
    Labels,
    Messages,
    Threads: threadsApi.Threads,
    getProfile(userId: string) {
      const s = user("getProfile", userId);
      return { emailAddress: accountUser(kernel), messagesTotal: Object.keys(s.messages).length, threadsTotal: Object.keys(s.threads).length };
    },
  });
  return strictObject("Gmail", { Users }) as unknown as GoogleAppsScript.Gmail;
}
