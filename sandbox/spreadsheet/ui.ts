// SpreadsheetApp.getUi(): menus are recorded (name, items, separators) in the sandbox state; dialogs are not built.
import type { Kernel } from "../kernel";
import { strict } from "../strict";
import { sheetsState, type MenuState } from "./state";

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;

function makeMenu(kernel: Kernel, menu: MenuState, top: boolean): GMenu {
  const call = (m: string): void => kernel.call(`SpreadsheetApp.Menu.${m}`);
  const self = strict(
    {
      addItem: (caption: string, functionName: string) => (
        call("addItem"),
        menu.items.push({ caption, functionName }),
        self
      ),
      addSeparator: () => (call("addSeparator"), menu.items.push("separator"), self),
      addSubMenu: (sub: GMenu) => {
        call("addSubMenu");
        const inner = (sub as unknown as { menu?: MenuState }).menu;
        if (inner)
          for (const item of inner.items)
            menu.items.push(
              item === "separator"
                ? item
                : { caption: `${inner.name} › ${item.caption}`, functionName: item.functionName },
            );
        return self;
      },
      addToUi: () => {
        call("addToUi");
        if (!top) return;
        const all = sheetsState(kernel);
        all.menus = all.menus
          .filter((m) => m.name !== menu.name)
          .concat([{ name: menu.name, items: [...menu.items] }]);
      },
      menu,
    },
    "base",
    "Menu",
    "SpreadsheetApp.Menu",
  ) as unknown as GMenu;
  return self;
}

export function makeUi(kernel: Kernel): GUi {
  const call = (m: string): void => kernel.call(`SpreadsheetApp.Ui.${m}`);
  return strict(
    {
      createMenu: (caption: string) => (
        call("createMenu"),
        makeMenu(kernel, { name: caption, items: [] }, true)
      ),
      createAddonMenu: () => (call("createAddonMenu"), makeMenu(kernel, { name: "Add-on", items: [] }, true)),
      /** A dialog over the sheet: recorded (title and HTML) in kernel.state.dialogs for tests and the CLI. */
      showModalDialog: (output: GoogleAppsScript.HTML.HtmlOutput, title: string) => {
        call("showModalDialog");
        if (!output || typeof output.getContent !== "function") throw new Error("Invalid argument: userInterface");
        kernel.slice<{ title: string; html: string }[]>("dialogs", () => []).push({ title: String(title), html: output.getContent() });
      },
    },
    "base",
    "Ui",
    "SpreadsheetApp.Ui",
  ) as unknown as GUi;
}
