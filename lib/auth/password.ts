/** Password hashing (argon2id via @node-rs/argon2). */
import { hash, verify } from "@node-rs/argon2";

export { passwordProblem, PASSWORD_MIN_LENGTH } from "./password-policy";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
