// Small CardService helpers shared by the add-on's cards: buttons bound to handler constants, notifications.
import type { HandlerName } from "../handlers";

/** An action that calls the handler `name`, with string parameters. */
export function actionFor(name: HandlerName, parameters: Record<string, string> = {}): GoogleAppsScript.Card_Service.Action {
  const action = CardService.newAction().setFunctionName(name);
  return Object.keys(parameters).length ? action.setParameters(parameters) : action;
}

/** A button that runs `name`; the first button of a card is FILLED. */
export function buttonFor(
  text: string,
  name: HandlerName,
  parameters: Record<string, string> = {},
  filled = false,
): GoogleAppsScript.Card_Service.TextButton {
  const button = CardService.newTextButton().setText(text).setOnClickAction(actionFor(name, parameters));
  return filled ? button.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : button;
}

/** A response that shows a short message at the bottom of the card and, optionally, replaces the card. */
export function notifyResponse(
  message: string,
  card?: GoogleAppsScript.Card_Service.Card,
): GoogleAppsScript.Card_Service.ActionResponse {
  const response = CardService.newActionResponseBuilder().setNotification(
    CardService.newNotification().setText(message),
  );
  if (card) response.setNavigation(CardService.newNavigation().updateCard(card));
  return response.build();
}

/** Text safe to show in a card's paragraph (cards read a small HTML subset). */
export function cardText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
