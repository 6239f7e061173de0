/** The storage folder's files (lib/storage/disk-storage.ts): listed, copied and checked by SHA-256. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";

/** Every file under root, as storage keys ("a/b/c"), sorted; an absent root has none. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/** Copies root/key to destRoot/key for each key, returning each file's size and SHA-256 (of the copy). */
export async function copyFiles(root: string, destRoot: string, keys: string[]): Promise<{ key: string; bytes: number; sha256: string }[]> {
  const out = [];
  for (const key of keys) {
    const to = path.join(destRoot, key);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(path.join(root, key), to);
    out.push({ key, bytes: (await stat(to)).size, sha256: await sha256File(to) });
  }
  return out;
}
