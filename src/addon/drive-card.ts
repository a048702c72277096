// The Drive card: capture the business-card photos the user selected, wherever they are in Drive.
import { HANDLERS } from "../handlers";
import { buttonFor, cardText } from "./widgets";

export interface SelectedItem {
  id: string;
  title?: string;
  mimeType?: string;
}

export function isPhoto(item: SelectedItem): boolean {
  return /^image\//.test(item.mimeType ?? "");
}

export function driveCard(items: readonly SelectedItem[]): GoogleAppsScript.Card_Service.Card {
  const photos = items.filter(isPhoto);
  const card = CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle("Business cards"));
  const section = CardService.newCardSection();
  if (!photos.length) {
    section.addWidget(CardService.newTextParagraph().setText("Select one or more photos of business cards to capture them."));
  } else {
    for (const p of photos) section.addWidget(CardService.newDecoratedText().setText(cardText(p.title ?? p.id)));
    const label = photos.length === 1 ? "Capture this card" : `Capture ${photos.length} cards`;
    section.addWidget(buttonFor(label, HANDLERS.addonCapturePhotos, { ids: photos.map((p) => p.id).join(",") }, true));
  }
  return card.addSection(section).build();
}
