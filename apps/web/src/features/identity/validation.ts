import { emailSchema, recoveryCodeSchema, totpCodeSchema } from '@vigil/core';
import type { MessageId } from '../../app/i18n/en';
import { MIN_PASSWORD_LENGTH } from './passwordStrength';

/** The message for an e-mail field, or null when it is acceptable. Uses the API's own schema. */
export const emailProblem = (value: string): MessageId | null => {
  if (value.trim() === '') return 'identity.validation.required';
  return emailSchema.safeParse(value).success ? null : 'identity.validation.email';
};

/** The message for a new password, or null when it is long enough. */
export const newPasswordProblem = (value: string): MessageId | null => {
  if (value === '') return 'identity.validation.required';
  return [...value].length < MIN_PASSWORD_LENGTH ? 'identity.validation.passwordTooShort' : null;
};

/** The message for a six-digit TOTP code, or null. */
export const totpProblem = (value: string): MessageId | null =>
  totpCodeSchema.safeParse(value.replace(/\s/g, '')).success
    ? null
    : 'identity.validation.totpFormat';

/** The message for a recovery code, or null. */
export const recoveryProblem = (value: string): MessageId | null =>
  recoveryCodeSchema.safeParse(value).success ? null : 'identity.validation.recoveryFormat';

/** Moves focus to the first invalid field of a form, so keyboard users land on the problem. */
export const focusFirstInvalid = (form: HTMLFormElement | null): void => {
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  target?.focus();
};
