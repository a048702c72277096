// The home card's nurture actions: preview this month (a card listing sends and skips) and Send me a test.
import { previewNurture, previewLines, sendTestNurture } from "../jobs/nurture-preview";
import { formText, type CardEvent } from "./form-input";
import { cardText, notifyResponse } from "./widgets";

/** Lines a card shows before "… and N more". */
const CARD_LINES = 40;

export function previewAction(now: Date = new Date()): GoogleAppsScript.Card_Service.ActionResponse {
  const lines = previewLines(previewNurture(now));
  const section = CardService.newCardSection();
  const shown = lines.slice(1, CARD_LINES + 1);
  for (const l of shown) section.addWidget(CardService.newTextParagraph().setText(cardText(l)));
  if (lines.length - 1 > shown.length)
    section.addWidget(
      CardService.newTextParagraph().setText(`… and ${lines.length - 1 - shown.length} more.`),
    );
  if (!shown.length) section.addWidget(CardService.newTextParagraph().setText("No lost lead is due."));
  const card = CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle("Nurture preview").setSubtitle(lines[0]))
    .addSection(section)
    .build();
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(card))
    .setNotification(CardService.newNotification().setText("Nothing was sent."))
    .build();
}

export function sendTestAction(
  e: CardEvent,
  now: Date = new Date(),
): GoogleAppsScript.Card_Service.ActionResponse {
  const step = Math.max(1, Math.floor(Number(formText(e, "nurtureStep")) || 1));
  return notifyResponse(sendTestNurture(step, now));
}
