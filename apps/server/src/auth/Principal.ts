/**
 * Who is making a request, as established by the authentication hook (`authenticate`). Routes read
 * `request.principal`: undefined means nobody is signed in. The tenant and admin flag are the ones stored at the
 * user's last login; every tenant-scoped query takes `tenantId` from here, never from the request.
 */
export type Principal = {
  readonly kind: 'user';
  readonly userId: string;
  readonly tenantId: string;
  readonly isAdmin: boolean;
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook for `/v1` and `/auth` requests; see {@link Principal}. */
    principal: Principal | undefined;
    /** The raw session id from the cookie, when it named a valid session (for logout). */
    sessionId: string | undefined;
  }
}
