// The editable lead form shared by the Gmail card and the quick-add card.
import type { Lead } from "../core/lead";
import { datePickerMs } from "./form-input";

const LABELS: Record<string, string> = {
  name: "Name",
  company: "Company",
  title: "Title",
  email: "Email",
  phone: "Phone",
  website: "Website",
};

/** A section with one text input per contact field, pre-filled from `lead`, and a follow-up date and a note. */
export function leadFormSection(lead: Lead, heading: string): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(heading);
  for (const [key, title] of Object.entries(LABELS)) {
    const input = CardService.newTextInput().setFieldName(key).setTitle(title);
    const value = lead[key as keyof Lead];
    section.addWidget(value ? input.setValue(value) : input);
  }
  const date = CardService.newDatePicker().setFieldName("followUp").setTitle("Next follow-up");
  section.addWidget(lead.followUp ? date.setValueInMsSinceEpoch(datePickerMs(lead.followUp)) : date);
  section.addWidget(CardService.newTextInput().setFieldName("note").setTitle("Note").setMultiline(true));
  return section;
}
