import { Sandbox } from "../../sandbox/index";
import { cardJson } from "../../sandbox/card-service";

const CardService = new Sandbox().globals.CardService as GoogleAppsScript.Card_Service.CardService;

describe("sandbox CardService", () => {
  test("a card records its header, sections, widgets and actions as the user would see them", () => {
    const card = CardService.newCardBuilder()
      .setHeader(CardService.newCardHeader().setTitle("Quick add"))
      .addSection(
        CardService.newCardSection()
          .addWidget(CardService.newTextInput().setFieldName("name").setTitle("Name").setValue("Ana Ruiz"))
          .addWidget(
            CardService.newTextButton()
              .setText("Save")
              .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
              .setOnClickAction(CardService.newAction().setFunctionName("onQuickAddSave")),
          ),
      )
      .build();
    const json = cardJson(card);
    expect(json.type).toBe("Card");
    const section = json.children.Section[0] as { children: { Widget: { type: string; props: Record<string, unknown> }[] } };
    expect(section.children.Widget[0].props).toEqual({ FieldName: "name", Title: "Name", Value: "Ana Ruiz" });
    const button = section.children.Widget[1].props as { OnClickAction: { props: { FunctionName: string } }; TextButtonStyle: string };
    expect(button.OnClickAction.props.FunctionName).toBe("onQuickAddSave");
    expect(button.TextButtonStyle).toBe("FILLED");
  });

  test("a method Google does not declare fails loudly instead of returning undefined", () => {
    const header = CardService.newCardHeader() as unknown as Record<string, unknown>;
    expect(() => header.setColour).toThrow(/not implemented in the sandbox/);
    expect(() => (CardService as unknown as Record<string, unknown>).newHologram).toThrow(/not implemented/);
  });
});
