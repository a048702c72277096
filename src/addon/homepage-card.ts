// The add-on's home card: set up or open the ledger, capture now, and quick-add a lead by hand.
import { HANDLERS } from "../handlers";
import { leadFormSection } from "./lead-form";
import { buttonFor, cardText } from "./widgets";
import { nurtureSection } from "./nurture-section";

export interface HomeState {
  /** The ledger spreadsheet's URL, or null when setup has not run. */
  ledgerUrl: string | null;
  /** A line shown at the top (the result of the last action). */
  message?: string;
  /** The lead just saved: a button that opens the ledger on its row. */
  lead?: { text: string; url: string };
}

export function homepageCard(state: HomeState): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder().setHeader(
    CardService.newCardHeader().setTitle("Lead Ledger").setSubtitle("No lead is ever lost again"),
  );
  const ledger = CardService.newCardSection();
  if (state.message) ledger.addWidget(CardService.newTextParagraph().setText(cardText(state.message)));
  if (state.lead)
    ledger.addWidget(
      CardService.newTextButton().setText(state.lead.text).setOpenLink(CardService.newOpenLink().setUrl(state.lead.url)),
    );
  if (state.ledgerUrl) {
    ledger.addWidget(
      CardService.newButtonSet()
        .addButton(buttonFor("Capture now", HANDLERS.addonCaptureNow, {}, true))
        .addButton(buttonFor("Refresh summary", HANDLERS.addonRefreshSummary))
        .addButton(
          CardService.newTextButton()
            .setText("Open ledger")
            .setOpenLink(CardService.newOpenLink().setUrl(state.ledgerUrl)),
        ),
    );
  } else {
    ledger.addWidget(
      CardService.newTextParagraph().setText(
        "Set up creates your ledger sheet, the Leads label, the Lead cards folder and the reminder calendar.",
      ),
    );
    ledger.addWidget(buttonFor("Set up Lead Ledger", HANDLERS.addonSetup, {}, true));
  }
  card.addSection(ledger);
  if (state.ledgerUrl)
    card.addSection(
      leadFormSection({}, "Quick add").addWidget(buttonFor("Save lead", HANDLERS.addonSaveLead, { origin: "quick" }, true)),
    );
  if (state.ledgerUrl) card.addSection(nurtureSection());
  return card.build();
}
