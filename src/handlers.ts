// The names Apps Script calls: triggers, menu items and card callbacks refer to these constants only.

export const HANDLERS = {
  onOpen: "onOpen",
  setup: "setupLedger",
  captureNow: "captureNow",
  captureTrigger: "captureTrigger",
  onStageEdit: "onStageEdit",
  addonHomepage: "onAddonHomepage",
  gmailMessage: "onGmailMessage",
  driveItemsSelected: "onDriveItemsSelected",
  addonSetup: "onAddonSetup",
  addonCaptureNow: "onAddonCaptureNow",
  addonSaveLead: "onAddonSaveLead",
  addonCapturePhotos: "onAddonCapturePhotos",
  previewNurture: "previewNurture",
  sendNurtureTest: "sendNurtureTest",
  addonPreviewNurture: "onAddonPreviewNurture",
  addonSendNurtureTest: "onAddonSendNurtureTest",
  doGet: "doGet",
  doPost: "doPost",
  refreshSummary: "refreshSummary",
  addonRefreshSummary: "onAddonRefreshSummary",
} as const;

export type HandlerName = (typeof HANDLERS)[keyof typeof HANDLERS];
