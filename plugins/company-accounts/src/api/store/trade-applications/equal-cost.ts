import { randomBytes, scrypt } from "node:crypto"

/**
 * The work a new application spends on the applicant's password: the emailpass provider hashes it
 * with scrypt (N = 2^15, r = 8, p = 1, its default). The answer for an email that already has an
 * account spends the same, so the time taken does not tell the two apart either.
 */
export function spendPasswordHashTime(password: string): Promise<void> {
  return new Promise((resolve) => {
    scrypt(password, randomBytes(32), 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, () => resolve())
  })
}
