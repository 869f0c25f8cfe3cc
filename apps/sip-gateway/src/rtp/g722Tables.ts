/**
 * The constants of ITU-T G.722, named after the blocks of the Recommendation's ADPCM description that use them.
 * Only the 64 kbit/s mode is here (mode 1: 6-bit lower band, 2-bit higher band), the rate RTP's G.722 (RFC 3551)
 * carries; the 56 and 48 kbit/s modes only differ in the decoder's lower-band inverse quantizer.
 */

/**
 * QMF coefficients h0…h23 (scaled by 2^13). The filter is symmetric (h(i) = h(23 − i)) and its even and
 * odd coefficients each sum to 4096, which gives the transmit QMF's shift of 14 and the receive QMF's shift of 11
 * for unity gain on 16-bit samples.
 */
export const QMF_COEFFICIENTS = Int32Array.from([
  3, -11, -11, 53, 12, -156, 32, 362, -210, -805, 951, 3876, 3876, 951, -805, -210, 362, 32, -156, 12, 53, -11, -11, 3,
]);

/**
 * QUANTL: the 30 decision levels of the lower-band quantizer for positive differences, normalised (multiplied by
 * the scale factor and shifted by 12 before comparing). Interval k (1…30) lies between levels k − 1 and k; the last
 * one is open above.
 */
export const LOWER_DECISION_LEVELS = Int32Array.from([
  0, 35, 72, 110, 150, 190, 233, 276, 323, 370, 422, 473, 530, 587, 650, 714, 786, 858, 940, 1023, 1121, 1219, 1339,
  1458, 1612, 1765, 1980, 2195, 2557, 2919,
]);

/** QUANTL: the 6-bit code for interval k (index k, 1…30) of a negative difference. Codes 0–3 are never sent. */
export const LOWER_CODE_NEGATIVE = Uint8Array.from([
  0, 63, 62, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4,
]);

/** QUANTL: the 6-bit code for interval k (index k, 1…30) of a positive (or zero) difference. */
export const LOWER_CODE_POSITIVE = Uint8Array.from([
  0, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33,
  32,
]);

/** INVQBL, mode 1: output level of each 6-bit code (scaled by 2^3 against the decision levels). */
export const LOWER_LEVELS_6BIT = Int32Array.from([
  -136, -136, -136, -136, -24808, -21904, -19008, -16704, -14984, -13512, -12280, -11192, -10232, -9360, -8576, -7856,
  -7192, -6576, -6000, -5456, -4944, -4464, -4008, -3576, -3168, -2776, -2400, -2032, -1688, -1360, -1040, -728, 24808,
  21904, 19008, 16704, 14984, 13512, 12280, 11192, 10232, 9360, 8576, 7856, 7192, 6576, 6000, 5456, 4944, 4464, 4008,
  3576, 3168, 2776, 2400, 2032, 1688, 1360, 1040, 728, 432, 136, -432, -136,
]);

/**
 * INVQAL: output level of each 4-bit code (the 6-bit code without its two lowest bits). The predictor and the
 * scale factor only ever see this coarse value, so a decoder that lost the lowest bits still tracks the encoder.
 */
export const LOWER_LEVELS_4BIT = Int32Array.from([
  0, -20456, -12896, -8968, -6288, -4240, -2584, -1200, 20456, 12896, 8968, 6288, 4240, 2584, 1200, 0,
]);

/** LOGSCL: the magnitude class (0–7) of each 4-bit code. */
export const LOWER_MAGNITUDE_CLASS = Uint8Array.from([0, 7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3, 2, 1, 0]);

/** LOGSCL: the step of the log scale factor for each magnitude class. */
export const LOWER_LOG_STEP = Int32Array.from([-60, -30, 58, 172, 334, 538, 1198, 3042]);

/** LOGSCL and LOGSCH: upper limits of the lower and higher band's log scale factor. */
export const LOWER_LOG_SCALE_MAX = 18432;
export const HIGHER_LOG_SCALE_MAX = 22528;

/** QUANTH: the decision level of the 2-bit quantizer (normalised like the lower band's). */
export const HIGHER_DECISION_LEVEL = 564;

/** QUANTH: 2-bit code for the small (index 1) and large (index 2) interval of a negative difference. */
export const HIGHER_CODE_NEGATIVE = Uint8Array.from([0, 1, 0]);

/** QUANTH: 2-bit code for the small (index 1) and large (index 2) interval of a positive (or zero) difference. */
export const HIGHER_CODE_POSITIVE = Uint8Array.from([0, 3, 2]);

/** INVQAH: output level of each 2-bit code. */
export const HIGHER_LEVELS_2BIT = Int32Array.from([-7408, -1616, 7408, 1616]);

/** LOGSCH: the step of the log scale factor for each 2-bit code (small steps shrink it, large ones grow it). */
export const HIGHER_LOG_STEP = Int32Array.from([798, -214, 798, -214]);

/**
 * SCALEL and SCALEH: the antilog table, 2^(i/32) × 2048 rounded (i = 0…31). It is the Recommendation's table; it
 * equals this formula for every entry, so it is computed here.
 */
export const ANTILOG = Int32Array.from({ length: 32 }, (_, i) => Math.round(2048 * 2 ** (i / 32)));
