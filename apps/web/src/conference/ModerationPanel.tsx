import { useEffect, useId, useRef } from 'react';
import type { Catalogue } from '../i18n/en.js';
import type { MountedModule } from './mountModules.js';

/**
 * The shared "Moderation" panel (owner and moderators): one section per module that offers
 * moderator tools, under the module's heading, in registry order; a short note when none does.
 * The heading takes focus when the panel opens; Escape is handled by the conference.
 */
export function ModerationPanel({
  modules,
  messages,
  headingId,
  onClose,
}: {
  readonly modules: readonly MountedModule[];
  readonly messages: Catalogue['moderation'];
  readonly headingId: string;
  readonly onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const baseId = useId();
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  const sections = modules.flatMap((m) => {
    const section = m.ui.moderation?.(m.props);
    return section ? [{ ns: m.ns, ...section }] : [];
  });
  return (
    <div className="moderation-panel">
      <div className="moderation-panel__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {messages.heading}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={messages.close}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {sections.length === 0 ? (
        <p className="moderation-panel__empty">{messages.empty}</p>
      ) : (
        sections.map((section) => (
          <section
            key={section.ns}
            className="moderation-panel__section"
            data-moderation={section.ns}
            aria-labelledby={`${baseId}-${section.ns}`}
          >
            <h3 id={`${baseId}-${section.ns}`}>{section.heading}</h3>
            {section.content}
          </section>
        ))
      )}
    </div>
  );
}

/** A shield: the moderator's tools. */
export function ModerationIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M12 3l8 3v6c0 4.5-3.4 8.2-8 9-4.6-.8-8-4.5-8-9V6l8-3z" />
      <path d="M9 12l2 2 4-4" />
    </svg>
  );
}
