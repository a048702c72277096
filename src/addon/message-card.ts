// The Gmail card: the lead Lead Ledger would capture from the open email, editable, saved with one tap.
import type { Extraction } from "../core/lead";
import { HANDLERS } from "../handlers";
import { leadFormSection } from "./lead-form";
import { buttonFor, cardText } from "./widgets";

export interface MessageCardInput {
  extraction: Extraction;
  messageId: string;
  /** Set when this message is already in the ledger: the lead it became. */
  alreadyIn?: string;
}

export function messageCard(input: MessageCardInput): GoogleAppsScript.Card_Service.Card {
  const { extraction, messageId } = input;
  const card = CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle("Lead in this email"));
  const status = CardService.newCardSection();
  if (input.alreadyIn) status.addWidget(CardService.newTextParagraph().setText(`Already in the ledger: ${cardText(input.alreadyIn)}`));
  for (const warning of extraction.warnings)
    status.addWidget(CardService.newDecoratedText().setTopLabel("Check").setText(cardText(warning)).setWrapText(true));
  if (input.alreadyIn || extraction.warnings.length) card.addSection(status);
  const parameters: Record<string, string> = { origin: "gmail", messageId };
  if (extraction.lead.source) parameters.source = extraction.lead.source;
  card.addSection(
    leadFormSection(extraction.lead, extraction.lead.name ?? "Lead").addWidget(
      buttonFor(input.alreadyIn ? "Save again (merge)" : "Save lead", HANDLERS.addonSaveLead, parameters, true),
    ),
  );
  return card.build();
}
