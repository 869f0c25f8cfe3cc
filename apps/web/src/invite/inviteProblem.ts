import { ApiFailure } from '../api/http.js';

/**
 * Why an invitation cannot be used (yet), in the guest's terms. The first five end the visit (the link itself is no
 * good); the others are shown at the form, which can be sent again.
 */
export type InviteProblem =
  | { readonly kind: 'notFound' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'revoked' }
  | { readonly kind: 'usedUp' }
  | { readonly kind: 'guestsDisabled' }
  | { readonly kind: 'passwordRequired' }
  | { readonly kind: 'passwordWrong' }
  | { readonly kind: 'nameRefused' }
  /** `seconds` is null when the server did not say how long to wait. */
  | { readonly kind: 'tooManyAttempts'; readonly seconds: number | null }
  | { readonly kind: 'network' }
  | { readonly kind: 'other' };

const finalKinds = new Set<InviteProblem['kind']>(['notFound', 'expired', 'revoked', 'usedUp', 'guestsDisabled']);

/** Whether the link itself cannot be used, so that there is no form to show any more. */
export function isFinalProblem(problem: InviteProblem): boolean {
  return finalKinds.has(problem.kind);
}

/** Reads a failure of `GET` or `POST /v1/invites/{code}`. */
export function inviteProblem(error: unknown): InviteProblem {
  if (!(error instanceof ApiFailure)) return { kind: 'other' };
  switch (error.code) {
    case 'inviteNotFound':
      return { kind: 'notFound' };
    case 'inviteExpired':
      return { kind: 'expired' };
    case 'inviteRevoked':
      return { kind: 'revoked' };
    case 'inviteUsedUp':
      return { kind: 'usedUp' };
    case 'featureDisabled':
      return { kind: 'guestsDisabled' };
    case 'passwordRequired':
      return { kind: 'passwordRequired' };
    case 'passwordWrong':
      return { kind: 'passwordWrong' };
    case 'tooManyAttempts':
      return { kind: 'tooManyAttempts', seconds: error.retryAfterSeconds ?? null };
    case 'network':
      return { kind: 'network' };
    case 'invalidBody':
      if (error.issues.some((issue) => issue.path === 'displayName')) return { kind: 'nameRefused' };
      if (error.issues.some((issue) => issue.path === 'password')) return { kind: 'passwordWrong' };
      return { kind: 'other' };
    default:
      return { kind: 'other' };
  }
}
