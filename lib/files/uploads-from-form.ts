/** Reads the files of a form field and checks each by content; all refusals come back as one message. */
import { ValidationError } from "../errors";
import { plural } from "../format";
import { checkUpload, tooLargeMessage, type CheckedUpload, type UploadKind } from "./check-upload";

export async function uploadsFromForm(formData: FormData, field: string, kind: UploadKind, max: number): Promise<CheckedUpload[]> {
  const files = formData.getAll(field).filter((f): f is File => typeof f !== "string" && f.size > 0);
  if (files.length > max) throw new ValidationError({ [field]: `${max} ${plural(max, "fichier", "fichiers")} au plus.` });
  const checked: CheckedUpload[] = [];
  const errors: string[] = [];
  for (const file of files) {
    // The size is known without copying the bytes: an oversized file is refused by name straight away.
    const tooLarge = tooLargeMessage(file.name, file.size, kind);
    if (tooLarge) {
      errors.push(tooLarge);
      continue;
    }
    const result = await checkUpload(file.name, Buffer.from(await file.arrayBuffer()), kind);
    if ("error" in result) errors.push(result.error);
    else checked.push(result);
  }
  if (errors.length) throw new ValidationError({ [field]: errors.join(" ") });
  return checked;
}
