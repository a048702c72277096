// The add-on's cards through the sandbox: what a user sees on the home, Gmail and Drive cards, and what a tap saves.
import { ledgerSandbox, deliverInquiries, records, links } from "../helpers/ledger-sandbox";
import { execution, runSetup, runCaptureUntilDone } from "../../sandbox/cli/run-jobs";
import { person } from "../../sandbox/testing/lead-mail";
import { cardJson, type Built } from "../../sandbox/card-service";
import * as actions from "../../src/addon/actions";
import { putDriveFile } from "../../sandbox/drive/store";
import fs from "node:fs";
import path from "node:path";
import type { CardEvent } from "../../src/addon/form-input";

type Json = Built | Record<string, unknown> | unknown[] | string | number | boolean | null | undefined;

/** Every value of every property named `prop` anywhere in a built card. */
function all(json: Json, prop: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(json)) json.forEach((j) => all(j as Json, prop, out));
  else if (json && typeof json === "object") {
    for (const [k, v] of Object.entries(json)) {
      if (k === prop) out.push(v);
      all(v as Json, prop, out);
    }
  }
  return out;
}

function form(values: Record<string, string>, parameters: Record<string, string> = {}): CardEvent {
  const formInputs = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { stringInputs: { value: [v] } }]));
  return { commonEventObject: { formInputs, parameters, timeZone: { id: "America/Toronto" } } };
}

function notification(response: unknown): string {
  return String(all(cardJson(response as never), "Text")[0] ?? "");
}

describe("add-on cards", () => {
  test("before setup the home card offers setup, not a quick-add form that could not be saved", () => {
    const sb = ledgerSandbox();
    const json = cardJson(execution(sb, () => actions.homepage()) as never);
    expect(all(json, "Text")).toContain("Set up Lead Ledger");
    expect(all(json, "FieldName")).not.toContain("name");
  });

  test("quick add of only a company still becomes a row, tagged Incomplete Lead, with a follow-up date", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    const response = execution(sb, () =>
      actions.saveLeadAction(form({ company: "Ridgeback Freight", note: "Jane's contact, big company" }, { origin: "quick" })),
    );
    expect(notification(response)).toMatch(/Saved L-0001/);
    const [row] = records(sb, "Leads");
    expect(row).toMatchObject({ Company: "Ridgeback Freight", Source: "Quick add", Stage: "New" });
    expect(String(row.Tags)).toMatch(/Incomplete Lead/);
    expect(row["Next follow-up"]).toBeInstanceOf(Date);
    expect(String(row.Notes)).toMatch(/big company/);
  });

  test("an empty quick-add form is refused with a message instead of an empty row", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    const response = execution(sb, () => actions.saveLeadAction(form({}, { origin: "quick" })));
    expect(notification(response)).toMatch(/at least a name/);
    expect(records(sb, "Leads")).toHaveLength(0);
  });

  test("the Gmail card when Gmail does not answer says so (no error page), and the message is still captured later", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(sb, [8]);
    const messageId = execution(sb, () => GmailApp.search("label:leads")[0].getMessages()[0].getId());
    sb.kernel.injectFault({ method: "GmailApp.GmailMessage.getPlainBody", nth: 1, message: "Service unavailable: Gmail" });
    const card = JSON.stringify(cardJson(execution(sb, () => actions.gmailMessage({ gmail: { messageId, accessToken: "t" } })) as never));
    expect(card).toMatch(/Gmail could not open this message \(Service unavailable: Gmail\)/);
    sb.kernel.clearFaults();
    runCaptureUntilDone(sb);
    expect(records(sb, "Leads").map((r) => r.Email)).toEqual([person(8).email]);
  });

  test("the Gmail card shows the person the email is about, and saving it means capture never adds it again", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(sb, [7]);
    const messageId = execution(sb, () => GmailApp.search("label:leads")[0].getMessages()[0].getId());
    const card = cardJson(execution(sb, () => actions.gmailMessage({ gmail: { messageId, accessToken: "t" } })) as never);
    expect(all(card, "Value")).toContain(person(7).email);
    const saved = execution(sb, () =>
      actions.saveLeadAction(form({ name: "Corrected Name", email: person(7).email }, { origin: "gmail", messageId })),
    );
    expect(notification(saved)).toMatch(/Saved L-0001/);
    const again = runCaptureUntilDone(sb);
    expect(again.outcomes).toEqual([]);
    expect(records(sb, "Leads").map((r) => r.Name)).toEqual(["Corrected Name"]);
  });

  test("the Drive card offers to capture only the selected photos", () => {
    const sb = ledgerSandbox();
    const card = cardJson(
      execution(sb, () =>
        actions.driveItemsSelected({
          drive: {
            selectedItems: [
              { id: "a", title: "card.jpg", mimeType: "image/jpeg" },
              { id: "b", title: "notes.pdf", mimeType: "application/pdf" },
            ],
          },
        }),
      ) as never,
    );
    expect(all(card, "Text")).toEqual(expect.arrayContaining(["card.jpg", "Capture this card"]));
    expect(all(card, "Text")).not.toContain("notes.pdf");
  });

  test("capturing a selected card photo from anywhere in Drive writes the lead with the photo as its origin", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    const photo = path.join(__dirname, "../../examples/cards/harborview-realty.jpg");
    const expected = JSON.parse(fs.readFileSync(photo.replace(/\.jpg$/, ".expected.json"), "utf8"));
    const id = putDriveFile(sb, "Photos", "IMG_0142.jpg", new Uint8Array(fs.readFileSync(photo)), "image/jpeg");
    const response = execution(sb, () => actions.capturePhotosAction({ commonEventObject: { parameters: { ids: id } } }));
    expect(notification(response)).toMatch(/Saved L-0001/);
    const [row] = records(sb, "Leads");
    expect(row).toMatchObject({ Email: expected.lead.email, Source: "Business card" });
    expect(links(sb, "Leads", "Origin")).toEqual([["photo", expect.stringContaining(id)]]);
  });

  test("setup from the home card installs the capture trigger, so capture runs without the sheet open", () => {
    const sb = ledgerSandbox();
    const response = execution(sb, () => actions.setupAction());
    expect(notification(response)).toMatch(/set up/i);
    const triggers = execution(sb, () => ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()));
    expect(triggers).toContain("captureTrigger");
  });
});
