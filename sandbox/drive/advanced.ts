// The Drive v3 advanced service: Files.create (with conversion to Google Docs by OCR), get, update, list, remove.
import type { Kernel } from "../kernel";
import { blobBytes } from "../base/blob";
import { strictObject } from "../strict-object";
import { apiError } from "../api-error";
import { ConversionError, convertToDocText } from "./convert";
import { fileUrl } from "./file";
import { searchDrive } from "./search";
import { thumbnailLink } from "./thumbnail";
import { addFile, driveState, DOCS_MIME, FOLDER_MIME, type StoredFile } from "./store";

type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Args = Record<string, unknown>;

const DEFAULT_FIELDS = ["kind", "id", "name", "mimeType"];

/** The file as the API returns it: only the fields asked for ("*" = all), default kind,id,name,mimeType. */
function resourceOf(f: StoredFile, fields: unknown, kernel: Kernel): FileResource {
  const all: Record<string, unknown> = {
    kind: "drive#file",
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: [...f.parents],
    trashed: f.trashed,
    starred: f.starred,
    description: f.description || undefined,
    createdTime: f.created.toISOString(),
    modifiedTime: f.updated.toISOString(),
    size: f.bytes ? String(f.bytes.length) : undefined,
    webViewLink: fileUrl(f),
    thumbnailLink: thumbnailLink(f),
    appProperties: { ...f.appProperties },
    properties: { ...f.properties },
    owners: [{ emailAddress: kernel.slice("account", () => ({ user: "" })).user, me: true }],
  };
  const wanted = typeof fields === "string" && fields.trim() ? fields.split(",").map((s) => s.trim().replace(/^files\((.*)\)$/, "$1")) : DEFAULT_FIELDS;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(all)) if ((wanted.includes("*") || wanted.includes(k)) && v !== undefined) out[k] = v;
  return out as FileResource;
}

/** Fields inside `files(...)` of a list's `fields` argument. */
function listFields(fields: unknown): string | undefined {
  if (typeof fields !== "string") return undefined;
  return /files\(([^)]*)\)/.exec(fields)?.[1];
}

function mergeProps(target: Record<string, string>, patch: Record<string, unknown> | undefined): void {
  for (const [k, v] of Object.entries(patch ?? {})) {
    if (v === null) delete target[k];
    else target[k] = String(v);
  }
}

export function createDriveAdvanced(kernel: Kernel): GoogleAppsScript.Drive {
  const find = (method: string, id: string): StoredFile => {
    kernel.call(`Drive.Files.${method}`);
    const f = driveState(kernel).files[id];
    if (!f) throw apiError(`drive.files.${method === "remove" ? "delete" : method}`, `File not found: ${id}.`);
    return f;
  };

  const Files = strictObject("Drive.Files", {
    create(resource: FileResource, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Args): FileResource {
      kernel.call("Drive.Files.create");
      const parents = resource.parents?.length ? resource.parents : [driveState(kernel).rootId];
      for (const p of parents) {
        const parent = driveState(kernel).files[p];
        if (!parent || parent.mimeType !== FOLDER_MIME) throw apiError("drive.files.create", `File not found: ${p}.`);
      }
      const base = {
        name: resource.name ?? mediaData?.getName() ?? "Untitled",
        parents: [...parents],
        description: resource.description ?? "",
        appProperties: { ...(resource.appProperties ?? {}) } as Record<string, string>,
        properties: { ...(resource.properties ?? {}) } as Record<string, string>,
      };
      let f: StoredFile;
      if (resource.mimeType === DOCS_MIME && mediaData) {
        let text: string;
        try {
          text = convertToDocText(blobBytes(mediaData), mediaData.getContentType() ?? "application/octet-stream", optionalArgs?.ocrLanguage as string | undefined);
        } catch (e) {
          if (e instanceof ConversionError) throw apiError("drive.files.create", e.message);
          throw e;
        }
        f = addFile(kernel, { ...base, mimeType: DOCS_MIME, docText: text });
      } else if (resource.mimeType === DOCS_MIME || resource.mimeType === FOLDER_MIME) {
        f = addFile(kernel, { ...base, mimeType: resource.mimeType, docText: resource.mimeType === DOCS_MIME ? "" : undefined });
      } else {
        const bytes = mediaData ? blobBytes(mediaData).slice() : new Uint8Array(0);
        f = addFile(kernel, { ...base, mimeType: resource.mimeType ?? mediaData?.getContentType() ?? "application/octet-stream", bytes });
      }
      return resourceOf(f, optionalArgs?.fields, kernel);
    },
    get(fileId: string, optionalArgs?: Args): FileResource {
      const f = find("get", fileId);
      if (optionalArgs?.alt === "media") throw apiError("drive.files.get", "alt=media is not supported in the sandbox");
      return resourceOf(f, optionalArgs?.fields, kernel);
    },
    update(resource: FileResource, fileId: string, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Args): FileResource {
      const f = find("update", fileId);
      if (resource.name !== undefined) f.name = resource.name;
      if (resource.description !== undefined) f.description = resource.description;
      if (resource.trashed !== undefined) f.trashed = resource.trashed;
      if (resource.starred !== undefined) f.starred = resource.starred;
      mergeProps(f.appProperties, resource.appProperties as Record<string, unknown> | undefined);
      mergeProps(f.properties, resource.properties as Record<string, unknown> | undefined);
      if (mediaData && f.bytes) f.bytes = blobBytes(mediaData).slice();
      const add = String(optionalArgs?.addParents ?? "").split(",").filter(Boolean);
      const remove = String(optionalArgs?.removeParents ?? "").split(",").filter(Boolean);
      f.parents = [...f.parents.filter((p) => !remove.includes(p)), ...add.filter((p) => !f.parents.includes(p))];
      f.updated = kernel.now();
      return resourceOf(f, optionalArgs?.fields, kernel);
    },
    list(optionalArgs?: Args): GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList {
      kernel.call("Drive.Files.list");
      const q = typeof optionalArgs?.q === "string" && optionalArgs.q.trim() ? optionalArgs.q : "trashed = true or trashed = false";
      const ids = searchDrive(kernel, q, 3, () => true, () => apiError("drive.files.list", "Invalid Value"));
      const pageSize = Math.min(Number(optionalArgs?.pageSize ?? 100), 1000);
      const start = optionalArgs?.pageToken ? Number(Buffer.from(String(optionalArgs.pageToken), "base64url").toString()) : 0;
      const page = ids.slice(start, start + pageSize);
      const files = page.map((id) => resourceOf(driveState(kernel).files[id], listFields(optionalArgs?.fields), kernel));
      const next = start + pageSize < ids.length ? Buffer.from(String(start + pageSize)).toString("base64url") : undefined;
      return { kind: "drive#fileList", files, ...(next ? { nextPageToken: next } : {}) } as GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
    },
    /** Deletes for good (no trash), as files.delete does. */
    remove(fileId: string): void {
      find("remove", fileId);
      const state = driveState(kernel);
      delete state.files[fileId];
      for (const f of Object.values(state.files)) f.parents = f.parents.filter((p) => p !== fileId);
    },
  });
  return strictObject("Drive", { Files }) as unknown as GoogleAppsScript.Drive;
}
