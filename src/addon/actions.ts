// The add-on's card callbacks: each builds a card or runs a job and answers within Google's ~30 s.
import type { CaptureInput } from "../core/ledger/capture-input";
import type { Outcome } from "../core/ledger/capture-outcome";
import { messageLink } from "../workspace/gmail-capture";
import { PropsStore } from "../workspace/props";
import { openLedger, LEDGER_ID_KEY } from "../workspace/spreadsheet";
import { newUniqueId, ownerEmail } from "../workspace/session";
import { openMessageLead } from "../jobs/addon-inputs";
import { errorText } from "../jobs/transient";
import { runCapture } from "../jobs/capture";
import { setupLedger } from "../jobs/setup";
import { capturePhotosFromCard } from "../jobs/card-photos";
import { CARD_BUDGET_MS, CARD_LOCK_WAIT_MS } from "../jobs/budget";
import { rowLink } from "../workspace/sheet-link";
import { TAB_NAMES } from "../core/ledger/columns";
import { actionParameter, leadFromForm, formText, type CardEvent } from "./form-input";
import { homepageCard } from "./homepage-card";
import { messageCard } from "./message-card";
import { driveCard, type SelectedItem } from "./drive-card";
import { notifyResponse } from "./widgets";

/** The ledger's URL once setup has recorded it; null before setup (the home card then offers setup). */
function ledgerUrl(props: PropsStore): string | null {
  if (!props.get(LEDGER_ID_KEY)) return null;
  try {
    return openLedger(props)?.getUrl() ?? null;
  } catch {
    return null;
  }
}

/** A link that opens the ledger on the lead's row (the Leads tab's gid and the row number). */
function leadLink(props: PropsStore, leadId: string, row: number): { text: string; url: string } | undefined {
  try {
    const ss = openLedger(props);
    const leads = ss?.getSheetByName(TAB_NAMES.leads);
    return ss && leads ? { text: `Open ${leadId}`, url: rowLink(ss.getUrl(), leads.getSheetId(), row) } : undefined;
  } catch {
    return undefined;
  }
}

/** "3 captured, 2 queued for the next run: Saved L-0001 …" when a card ran out of time; else the outcomes. */
function summary(outcomes: readonly Outcome[], queued = 0): string {
  const done = outcomes.filter((o) => o.kind === "captured" || o.kind === "merged").length;
  const head = queued ? `${done} captured, ${queued} queued for the next run` : "";
  if (!outcomes.length) return head ? `${head}.` : "Nothing new to capture.";
  return (head ? `${head}: ` : "") + outcomes
    .map((o) =>
      o.kind === "captured"
        ? `Saved ${o.leadId}${o.name ? ` ${o.name}` : ""}${o.needsReview ? " (needs review)" : ""}`
        : o.kind === "merged"
          ? `Merged into ${o.leadId}${o.name ? ` ${o.name}` : ""}`
          : o.kind === "already"
            ? "Already in the ledger"
            : `Skipped: ${o.why ?? "unreadable"}`,
    )
    .join("; ");
}

export function homepage(): GoogleAppsScript.Card_Service.Card {
  return homepageCard({ ledgerUrl: ledgerUrl(new PropsStore()) });
}

export function gmailMessage(e: CardEvent): GoogleAppsScript.Card_Service.Card {
  const id = e.gmail?.messageId ?? "";
  try {
    return messageCard({ extraction: openMessageLead(id, e.gmail?.accessToken), messageId: id });
  } catch (err) {
    // Gmail did not answer (or refused): say so on the card instead of an error page.
    const message = `Gmail could not open this message (${errorText(err)}). Open it again in a moment.`;
    return homepageCard({ ledgerUrl: ledgerUrl(new PropsStore()), message });
  }
}

export function driveItemsSelected(e: CardEvent): GoogleAppsScript.Card_Service.Card {
  return driveCard((e.drive?.selectedItems ?? []) as SelectedItem[]);
}

export function setupAction(e: CardEvent = {}): GoogleAppsScript.Card_Service.ActionResponse {
  const timeZone = e.commonEventObject?.timeZone?.id || undefined;
  const report = setupLedger({ mode: "addon", budgetMs: CARD_BUDGET_MS, timeZone });
  const props = new PropsStore();
  const later = report.queued?.length ? ` Still to do at the next hourly run: ${report.queued.join(", ")}.` : "";
  const message =
    (report.problems.length ? `Set up, with problems: ${report.problems.join("; ")}` : "Lead Ledger is set up.") +
    later;
  return notifyResponse(message, homepageCard({ ledgerUrl: ledgerUrl(props), message }));
}

export function captureNowAction(): GoogleAppsScript.Card_Service.ActionResponse {
  const r = runCapture({ budgetMs: CARD_BUDGET_MS, lockWaitMs: CARD_LOCK_WAIT_MS });
  if (r.status === "busy") return notifyResponse("A capture is already running; try again in a minute.");
  const more = r.status === "more" && !r.queued ? " More is waiting: the next run continues." : "";
  return notifyResponse(summary(r.outcomes, r.queued) + more);
}

/** Saves the lead typed or corrected in a card: the quick-add form or the Gmail card. */
export function saveLeadAction(e: CardEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const props = new PropsStore();
  const lead = leadFromForm(e);
  const note = formText(e, "note");
  if (!lead.name && !lead.company && !lead.email && !lead.phone)
    return notifyResponse("Type at least a name, a company, an email or a phone.");
  const messageId = actionParameter(e, "messageId");
  const source = actionParameter(e, "source");
  const stamp = newUniqueId();
  const input: CaptureInput = messageId
    ? {
        ref: messageId,
        kind: "email",
        label: lead.name || lead.email || "email",
        link: messageLink(messageId, ownerEmail()),
        recordId: messageId,
        idKey: "messageIds",
        extraction: { lead: { ...lead, source: source || undefined }, needsReview: false, warnings: [] },
        note,
      }
    : {
        ref: `quick-${stamp}`,
        kind: "manual",
        label: lead.name || lead.company || "quick add",
        link: "",
        recordId: `quick-${stamp}`,
        idKey: "messageIds",
        extraction: { lead, needsReview: false, warnings: [] },
        note,
      };
  const r = runCapture({ inputs: [input], budgetMs: CARD_BUDGET_MS, lockWaitMs: CARD_LOCK_WAIT_MS });
  if (r.status === "busy") return notifyResponse("The ledger is busy with a capture; try again in a minute.");
  const saved = r.outcomes.find((o) => o.leadId && r.rows?.[o.leadId]);
  const home = {
    ledgerUrl: ledgerUrl(props),
    message: summary(r.outcomes),
    lead: saved && leadLink(props, saved.leadId!, r.rows![saved.leadId!]),
  };
  return notifyResponse(summary(r.outcomes), messageId ? undefined : homepageCard(home));
}

/** Captures the card photos selected in Drive (read with Drive's OCR), wherever they are. */
export function capturePhotosAction(e: CardEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const { capture, queued } = capturePhotosFromCard(actionParameter(e, "ids").split(",").filter(Boolean));
  if (capture.status === "busy")
    return notifyResponse(`The ledger is busy with a capture: ${queued} photo(s) queued for the next run.`);
  return notifyResponse(summary(capture.outcomes, queued));
}
