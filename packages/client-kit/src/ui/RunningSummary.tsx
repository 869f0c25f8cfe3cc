import './runningSummary.css';

export interface RunningSummaryProps {
  /** What runs, a line each ("A poll is running: Lunch?", "2 people have voted"). */
  readonly lines: readonly string[];
  /** The button that ends it ("End poll"). */
  readonly stopLabel: string;
  readonly onStop: () => void;
}

/** A module's section of the Moderation panel while something it started runs: what runs, and the button to end it. */
export function RunningSummary({ lines, stopLabel, onStop }: RunningSummaryProps) {
  return (
    <div className="running-summary">
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines are fixed positions of the summary
        <p key={index}>{line}</p>
      ))}
      <button type="button" className="button button--small" onClick={onStop}>
        {stopLabel}
      </button>
    </div>
  );
}
