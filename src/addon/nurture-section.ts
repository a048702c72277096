// The home card's Nurture section: preview this month's emails, or send a step to yourself.
import { HANDLERS } from "../handlers";
import { buttonFor } from "./widgets";

export function nurtureSection(): GoogleAppsScript.Card_Service.CardSection {
  return CardService.newCardSection()
    .setHeader("Nurture lost leads")
    .addWidget(CardService.newTextInput().setFieldName("nurtureStep").setTitle("Step to test").setValue("1"))
    .addWidget(
      CardService.newButtonSet()
        .addButton(buttonFor("Preview this month", HANDLERS.addonPreviewNurture))
        .addButton(buttonFor("Send me a test", HANDLERS.addonSendNurtureTest)),
    );
}
