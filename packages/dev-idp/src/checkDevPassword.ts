import { createHash, timingSafeEqual } from 'node:crypto';
import { type DevUser, devUsers } from './devUsers.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** The seeded user with this user name and password, or undefined; compares in constant time per candidate. */
export function checkDevPassword(
  username: string,
  password: string,
  users: readonly DevUser[] = devUsers,
): DevUser | undefined {
  const user = users.find((u) => u.username === username.trim());
  // Compare against something even for an unknown name, so the answer time does not tell which names exist.
  const ok = timingSafeEqual(digest(user?.password ?? '\u0000unknown'), digest(password));
  return user && ok ? user : undefined;
}
