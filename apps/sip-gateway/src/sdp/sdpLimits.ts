/** Bounds on what the SDP parser accepts, so that hostile input costs little. */
export interface SdpLimits {
  /** Whole description, in bytes (UTF-8). */
  readonly maxBytes: number;
  readonly maxLines: number;
  /** One line, in characters, without its line ending. */
  readonly maxLineLength: number;
  readonly maxMediaSections: number;
  /** Formats on one m-line. RTP has 128 payload types. */
  readonly maxFormats: number;
}

export const DEFAULT_SDP_LIMITS: SdpLimits = {
  maxBytes: 32 * 1024,
  maxLines: 512,
  maxLineLength: 2048,
  maxMediaSections: 16,
  maxFormats: 128,
};
