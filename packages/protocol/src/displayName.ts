import { z } from 'zod';

export const displayNameMaxLength = 64;

/**
 * A person's name as others see it in a meeting: trimmed, 1–64 characters, no control or invisible formatting
 * characters (they can break layouts, spoof text direction or hide a name), except the zero-width (non-)joiners
 * that emoji sequences and scripts such as Persian or Hindi need.
 */
export const DisplayName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(displayNameMaxLength)
  .refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name.replace(/[\u200C\u200D]/g, '')), {
    message: 'must not contain control or invisible formatting characters',
  });
