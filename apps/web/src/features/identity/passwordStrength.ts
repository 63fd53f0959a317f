/** Strength on a 0 (very weak) to 4 (strong) scale, as shown under the password field. */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/**
 * Shortest password the web app accepts. Longer than the client library's floor on purpose: the
 * sealed private keys sit on the server, so a leaked database invites offline guessing, and the
 * adversary here has state resources. Argon2id slows each guess; length does the rest.
 */
export const MIN_PASSWORD_LENGTH = 12;

// Passwords and keyboard walks that guessing tools try first (Latin and Cyrillic layouts).
const common = ['password', 'qwerty', '123456', 'letmein', 'admin', 'welcome', 'пароль', 'йцукен'];

/**
 * A rough estimate of how hard a password is to guess: the character pool it draws from times its
 * length, discounted for repetition and for well-known passwords. A hint, not a guarantee.
 */
export const passwordStrength = (password: string): StrengthScore => {
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_LENGTH) return 0;
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[0-9]/.test(password)) pool += 10;
  const ascii = chars.filter((c) => (c.codePointAt(0) ?? 0) < 128);
  if (ascii.some((c) => !/[A-Za-z0-9]/.test(c))) pool += 33;
  // Cyrillic and other non-ASCII letters: a larger alphabet than Latin alone.
  if (ascii.length < chars.length) pool += 66;
  // Repeated characters add little: count distinct ones more than repeats.
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  const effectiveLength = Math.min(chars.length, distinct * 2.5);
  let bits = effectiveLength * Math.log2(Math.max(pool, 2));
  const lower = password.toLowerCase();
  if (common.some((word) => lower.includes(word))) bits -= 30;
  if (bits < 45) return 1;
  if (bits < 65) return 2;
  if (bits < 90) return 3;
  return 4;
};
