import { formatWait } from './countdown.js';

/**
 * A sentence with a waiting time that counts down on screen ("… in 4 min 55 s"). Screen readers get the sentence as
 * it was when it appeared, so that a live region around it is announced once, not every second.
 */
export function CountdownText({
  text,
  left,
  total,
}: {
  readonly text: (wait: string) => string;
  /** Seconds still to wait, shown. */
  readonly left: number;
  /** Seconds of the whole wait, read by screen readers. */
  readonly total: number;
}) {
  return (
    <>
      <span aria-hidden="true">{text(formatWait(left))}</span>
      <span className="visually-hidden">{text(formatWait(total))}</span>
    </>
  );
}
