/**
 * Storing the asset would take the tenant over its `storageMegabytes` quota; nothing was stored. Carries the numbers
 * so a caller can say how far over it is. `sizeBytes` is at least the asset's size (reading stops at the quota).
 */
export class QuotaExceeded extends Error {
  override readonly name = 'QuotaExceeded';
  readonly code = 'quotaExceeded';
  constructor(
    readonly usedBytes: number,
    readonly quotaBytes: number,
    readonly sizeBytes: number,
  ) {
    super(`The tenant's storage quota of ${quotaBytes} bytes is exceeded (${usedBytes} used, ${sizeBytes} more)`);
  }
}
