/** A partner's member list as the import reads it (lib/partners/siret-list.ts), for service-level tests. */
import { parseSiretText, type SiretList } from "@/lib/partners/siret-list";

/** The list a file or a pasted text gives; fails the test when the text cannot be read. */
export function memberList(text: string): SiretList {
  const list = parseSiretText(text);
  if ("error" in list) throw new Error(`unreadable member list: ${list.error}`);
  return list;
}
