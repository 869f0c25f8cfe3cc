import { LineIcon, ModulePanel } from '@plenum/client-kit/ui';
import { useId, useRef } from 'react';
import type { Catalogue } from '../i18n/en.js';
import { type PanelSection, panelSections, startsOpen } from './moderationSections.js';
import type { MountedModule } from './mountModules.js';
import { scrollWithin } from './scrollWithin.js';
import './ModerationPanel.css';

/**
 * The shared "Moderation" panel (owner and moderators): the sections every module offers for moderators, the most
 * used first (see `panelSections`), each under a disclosure button in its `h3` heading (`aria-expanded`). Frequent
 * sections start open, the others closed; what the moderator opens or closes is the caller's to keep (`opened`, by
 * section id), so that the panel opens again as it was left; closed sections keep their content's state while the
 * panel is open (it is only hidden). A jump list at the top ("Jump to") opens a section, scrolls the panel (only the
 * panel) to it and moves focus to its heading. In the modules' panel frame: the panel's heading takes focus when it
 * opens, and Escape closes it (unless a control inside took it first). A short note when no module offers anything.
 */
export function ModerationPanel({
  modules,
  messages,
  headingId,
  onClose,
  opened,
  onOpen,
}: {
  readonly modules: readonly MountedModule[];
  readonly messages: Catalogue['moderation'];
  readonly headingId: string;
  readonly onClose: () => void;
  /** Which sections (by id) the moderator opened (true) or closed (false); the others are as they start. */
  readonly opened: Readonly<Record<string, boolean>>;
  /** The moderator opened (true) or closed (false) the section with id `id`. */
  readonly onOpen: (id: string, open: boolean) => void;
}) {
  /** The panel's scroll area. */
  const panel = useRef<HTMLElement>(null);
  const baseId = useId();
  const jumpId = useId();
  const sections = panelSections(
    modules.map((m) => ({
      ns: m.ns,
      sections: [m.ui.moderation?.(m.props), ...(m.ui.moderationSections?.(m.props) ?? [])],
    })),
  );
  const isOpen = (section: PanelSection) => opened[section.id] ?? startsOpen(section);
  const idOf = (section: PanelSection, part: 'toggle' | 'body') => `${baseId}-${part}-${section.id}`;
  const setOpen = (section: PanelSection, open: boolean) => onOpen(section.id, open);
  const jumpTo = (section: PanelSection) => {
    setOpen(section, true);
    const toggle = document.getElementById(idOf(section, 'toggle'));
    if (toggle && panel.current) scrollWithin(panel.current, toggle);
    toggle?.focus({ preventScroll: true });
  };
  return (
    <ModulePanel
      className="moderation-panel"
      headingId={headingId}
      heading={messages.heading}
      closeLabel={messages.close}
      onClose={onClose}
      bodyRef={panel}
    >
      {sections.length === 0 && <p className="moderation-panel__empty">{messages.empty}</p>}
      {sections.length > 2 && (
        <nav className="moderation-panel__jump" aria-labelledby={jumpId}>
          <span id={jumpId} className="moderation-panel__jump-label">
            {messages.jumpTo}
          </span>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <a
                  href={`#${idOf(section, 'toggle')}`}
                  onClick={(event) => {
                    event.preventDefault();
                    jumpTo(section);
                  }}
                >
                  {section.heading}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {sections.map((section) => {
        const open = isOpen(section);
        return (
          <section
            key={section.id}
            className="moderation-panel__section"
            data-moderation={section.ns}
            data-section={section.key}
            aria-labelledby={idOf(section, 'toggle')}
          >
            <h3 className="moderation-panel__heading">
              <button
                id={idOf(section, 'toggle')}
                type="button"
                className="moderation-panel__toggle"
                aria-expanded={open}
                aria-controls={idOf(section, 'body')}
                onClick={() => setOpen(section, !open)}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="16" height="16">
                  <path
                    d="M9 6l6 6-6 6"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
                {section.heading}
              </button>
            </h3>
            <div id={idOf(section, 'body')} className="moderation-panel__body" hidden={!open}>
              {section.content}
            </div>
          </section>
        );
      })}
    </ModulePanel>
  );
}

/** A shield: the moderator's tools. */
export function ModerationIcon() {
  return (
    <LineIcon>
      <path d="M12 3l8 3v6c0 4.5-3.4 8.2-8 9-4.6-.8-8-4.5-8-9V6l8-3z" />
      <path d="M9 12l2 2 4-4" />
    </LineIcon>
  );
}
