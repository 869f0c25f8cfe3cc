/** Why a session description could not be read. `line` is 1-based. */
export interface SdpParseError {
  readonly code: SdpParseErrorCode;
  readonly line?: number;
  /** Which field or attribute was wrong; never a copy of the input. */
  readonly field?: string;
}

export type SdpParseErrorCode =
  | 'too_large'
  | 'too_many_lines'
  | 'line_too_long'
  | 'too_many_media'
  | 'too_many_formats'
  | 'bad_character'
  | 'bad_line'
  | 'missing_version'
  | 'bad_version'
  | 'missing_origin'
  | 'bad_origin'
  | 'duplicate_line'
  | 'misplaced_line'
  | 'bad_connection'
  | 'missing_connection'
  | 'bad_bandwidth'
  | 'bad_timing'
  | 'bad_media'
  | 'bad_attribute';
