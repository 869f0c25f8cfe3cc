import { selfOf } from '@plenum/client-kit';
import { LineIcon, ModulePanel } from '@plenum/client-kit/ui';
import { inOwnGroup, ownGroup, ParticipantList } from '@plenum/module-core/ui';
import { mediaStateOf } from '@plenum/module-media/client';
import {
  CameraIcon,
  CameraOffIcon,
  MediaStatusIcons,
  MicIcon,
  MicOffIcon,
  mediaSummary,
  microphoneButton,
  PeopleIcon,
  RemoteAudio,
  ScreenIcon,
  SettingsIcon,
} from '@plenum/module-media/ui';
import { moderationCommands } from '@plenum/module-moderation/client';
import { moderationProtocol } from '@plenum/module-moderation/protocol';
import { Fragment, type ReactNode, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { EnabledDialIn } from '../api/dialInApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { copyText } from '../shell/copyText.js';
import { ToggleButton } from '../shell/ToggleButton.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { WaitingScreen, waitingHeading } from '../waiting/WaitingScreen.js';
import { buildTiles } from './buildTiles.js';
import type { ConferenceSession, SessionEndReason } from './ConferenceSession.js';
import { LeaveControl } from './LeaveControl.js';
import { LiveAnnouncer } from './LiveAnnouncer.js';
import { MeetingDetailsDialog } from './MeetingDetailsDialog.js';
import { ModerationIcon, ModerationPanel } from './ModerationPanel.js';
import { canShareMeetingLink } from './meetingLinkSharing.js';
import { uiModules } from './moduleRegistry.js';
import { actionsFor, type CoreActions, mountModules, nameGroup } from './mountModules.js';
import { NoticeBanners } from './notices/NoticeBanners.js';
import { showsNoticeAbout } from './notices/noticeRules.js';
import { useOwnerDialIn } from './ownerDialIn.js';
import { participantActions } from './participantActions.js';
import { RenameSelfControl } from './RenameSelfControl.js';
import { SettingsDialog } from './SettingsDialog.js';
import { Stage } from './Stage.js';
import { ToolbarButton } from './ToolbarButton.js';
import { ToolbarEntryControl } from './ToolbarEntryControl.js';
import { ToolbarMenu } from './ToolbarMenu.js';
import { inToolbarOrder } from './toolbarLayout.js';
import { useToolbarLayout } from './useToolbarLayout.js';

export interface ConferenceProps {
  readonly session: ConferenceSession;
  readonly title: string;
  /** The address others open to join (this server's `/r/<id>`), for "Copy meeting link". */
  readonly meetingLink: string;
  /**
   * The room's telephone dial-in details, or null when there are none to show (see `loadOwnerDialIn`). Called only
   * for the room's owner; without it the meeting offers no "Meeting details".
   */
  readonly loadDialIn?: (() => Promise<EnabledDialIn | null>) | undefined;
  readonly onEnded: (reason: SessionEndReason, roomFullMax: number | null) => void;
}

/** Whether this browser can share a screen at all (phones and some embedded browsers cannot). */
export function canShareScreen(
  nav: { readonly mediaDevices?: Partial<MediaDevices> | undefined } | undefined,
): boolean {
  return typeof nav?.mediaDevices?.getDisplayMedia === 'function';
}

/** The words of the microphone button, by what pressing it does (see `microphoneButton`). */
const microphoneLabels = { mute: 'muteMicrophone', unmute: 'unmuteMicrophone', locked: 'microphoneLocked' } as const;

/**
 * Which side panel is open: the participant list, the moderation panel (moderators), or a
 * registered module's panel (`module:<ns>`). At most one is open at a time.
 */
type Panel = 'participants' | 'moderation' | `module:${string}`;

/**
 * The conference view: stage, participant panel (with moderators' actions), the moderators'
 * waiting-room panel, toolbar, connection banner, notices and remote audio; or, while the
 * person waits for a moderator, the waiting screen. The live region stays across both, so
 * "You were let in" is heard. It renders from session snapshots, which change on protocol
 * events and on active-speaker switches only; video and audio are attached through refs,
 * never per frame.
 */
export function Conference({ session, title, meetingLink, loadDialIn, onEnded }: ConferenceProps) {
  const { t, locale } = useI18n();
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [panel, setPanel] = useState<Panel | null>(null);
  const waitingFor = snapshot.room.admission.status === 'waiting' ? snapshot.room.admission : null;
  // Focus the meeting's heading when it appears, also after the waiting screen.
  const heading = useFocusHeading<HTMLHeadingElement>(waitingFor === null);
  const panelHeadingId = useId();
  const videoHeadingId = useId();
  /** The toolbar slot of each panel's toggle, to give focus back when the panel closes. */
  const toggles = useRef(new Map<Panel, HTMLElement>());
  const toggleRef = (which: Panel) => (element: HTMLElement | null) => {
    if (element) toggles.current.set(which, element);
    else toggles.current.delete(which);
  };
  /** Where focus goes back to when the settings close: their button, or "More" when it was in its popup. */
  const settingsButton = useRef<HTMLElement | null>(null);
  const toolbarRef = useRef<HTMLElement>(null);
  const moreSlot = useRef<HTMLDivElement>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const detailsButton = useRef<HTMLButtonElement>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  /** The Moderation panel's sections the moderator opened or closed: as left when the panel opens again. */
  const [moderationOpened, setModerationOpened] = useState<Readonly<Record<string, boolean>>>({});
  const [copyFailed, setCopyFailed] = useState(false);
  const shownTitle = title || t.room.untitled;
  useDocumentTitle(waitingFor ? waitingHeading(t, waitingFor) : shownTitle, t.appName);
  const screenSharing = useMemo(() => canShareScreen(typeof navigator === 'undefined' ? undefined : navigator), []);

  useEffect(() => {
    // A reload or a closed tab is not "leaving": the server keeps the seat for the grace
    // period, and a reload comes back into it with the ticket kept in this tab.
    const suspend = () => session.suspend();
    // Back in the tab from the back/forward cache: the session was suspended, so reload to resume.
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    // After a reload there was no click to let audio start; the first one does.
    const unlockAudio = () => session.resumeAudio();
    window.addEventListener('pagehide', suspend);
    window.addEventListener('pageshow', restored);
    window.addEventListener('pointerdown', unlockAudio);
    window.addEventListener('keydown', unlockAudio);
    return () => {
      window.removeEventListener('pagehide', suspend);
      window.removeEventListener('pageshow', restored);
      window.removeEventListener('pointerdown', unlockAudio);
      window.removeEventListener('keydown', unlockAudio);
      session.dispose();
    };
  }, [session]);

  const {
    connection,
    room,
    media,
    modules,
    local,
    remote,
    activeSpeaker,
    notices: shownNotices,
    roomFullMax,
    mediaRestoring,
    devices,
  } = snapshot;
  useEffect(() => {
    if (connection.phase === 'closed') onEnded(connection.reason, roomFullMax);
  }, [connection, roomFullMax, onEnded]);

  const selfId = room.self?.participantId ?? null;
  const tiles = useMemo(
    () =>
      buildTiles({
        selfId,
        selfName: room.participants.find((p) => p.id === selfId)?.displayName ?? '',
        participants: room.participants,
        media,
        remote,
        local,
      }),
    [selfId, room.participants, media, remote, local],
  );
  const remoteAudio = useMemo(
    () => remote.filter((r) => r.kind === 'audio').map((r) => ({ key: `${r.mid}:${r.track.id}`, track: r.track })),
    [remote],
  );
  const micOff = !local.microphone || local.microphoneMuted;
  // What moderators allow (core permissions): restricted people cannot unmute (a notice or, once it is gone, the
  // toolbar's hint says why, never both); "Share screen" without permission explains that a moderator must allow it.
  const permissions = room.participants.find((p) => p.id === selfId)?.permissions;
  const micRestricted = permissions?.microphone === false;
  const mic = microphoneButton({ open: local.microphone !== null, muted: local.microphoneMuted }, micRestricted);
  const micHint = micRestricted && !showsNoticeAbout(shownNotices, 'microphone');
  // In breakout rooms the stage, the count and "alone" go by the own room: the others are neither seen nor heard.
  const ownRoom = inOwnGroup(room.participants, selfId);
  const inBreakout = ownGroup(room.participants, selfId) !== null;
  const alone = room.self !== null && ownRoom.every((p) => p.id === selfId);
  const selfMedia = {
    microphone: { published: local.microphone !== null, muted: local.microphoneMuted },
    camera: { published: local.camera !== null, muted: false },
    screen: { published: local.screen !== null, muted: false },
  };
  const mediaOf = (id: string) => (id === selfId ? selfMedia : mediaStateOf(media, id));

  const selfInfo = room.participants.find((p) => p.id === selfId);
  const shareLink = canShareMeetingLink(selfInfo);
  // The owner's "Meeting details" with the telephone dial-in, while the room has it.
  const { dialIn, reload: reloadDialIn } = useOwnerDialIn(loadDialIn, selfInfo?.owner === true);
  const self = selfId ? selfOf(selfId, room.participants) : null;
  const moderator = self?.moderator === true;
  // The same actions, in the same order, in the participant list and the Moderation panel.
  const coreActions: CoreActions = (p) => participantActions(selfInfo, p, t.roles, session);
  const mounted = mountModules(uiModules, modules, self, room.participants, locale, session, t.core, coreActions);
  const toolbarEntries = mounted.flatMap((m) => {
    const entry = m.ui.toolbar?.(m.props);
    return entry ? [{ ...m, entry, key: `module:${m.ns}` as const }] : [];
  });
  const badgeModules = mounted.filter((m) => m.ui.tileBadge);
  const tileBadges =
    badgeModules.length === 0
      ? undefined
      : (id: string): ReactNode => {
          const participantId = room.participants.find((p) => p.id === id)?.id;
          return participantId
            ? badgeModules.map((m) => <Fragment key={m.ns}>{m.ui.tileBadge?.({ ...m.props, participantId })}</Fragment>)
            : null;
        };
  const actions = moderator
    ? {
        of: (p: (typeof room.participants)[number]) => actionsFor(mounted, coreActions, p),
        label: t.roles.actionsFor,
      }
    : undefined;
  // A module's panel shows while its toggle does, so losing moderator rights closes it.
  const modulePanel = (() => {
    if (!panel?.startsWith('module:')) return null;
    const open = toolbarEntries.find((x) => x.key === panel && !x.entry.action);
    const node = open?.ui.panel?.({ ...open.props, headingId: panelHeadingId, onClose: () => closePanel() });
    return node ? node : null;
  })();
  const shownPanel: Panel | null =
    panel === 'participants' || (panel === 'moderation' && moderator) || modulePanel !== null ? panel : null;
  // Visible notices of modules' panels ("Ben is waiting"); while any is up, nobody is "alone" here.
  const notices = toolbarEntries.filter((x) => x.entry.notice && !x.entry.action && !x.entry.menu);

  // Beyond the core controls (microphone, camera, screen, leave), as many as fit show in the row, in toolbar order
  // (see `inToolbarOrder`); the rest go into "More". `inRow` is false inside the "More" popup.
  const toolbarItems = inToolbarOrder<{
    readonly key: string;
    readonly badge: number;
    readonly render: (inRow: boolean) => ReactNode;
  }>([
    {
      key: 'participants',
      badge: 0,
      render: (inRow) => (
        <div
          key="participants"
          ref={toggleRef('participants')}
          className="toolbar__slot"
          {...(inRow ? { 'data-measure': 'participants' } : {})}
        >
          <ToggleButton
            label={t.controls.showParticipants}
            pressed={shownPanel === 'participants'}
            onClick={() => togglePanel('participants')}
            icon={<PeopleIcon />}
            badge={String(ownRoom.length)}
          />
        </div>
      ),
    },
    ...toolbarEntries.map(({ ns, key, entry }) => ({
      key,
      badge: entry.badge ?? 0,
      render: (inRow: boolean) => (
        <div
          key={key}
          ref={toggleRef(key)}
          className="toolbar__slot"
          data-toolbar={ns}
          data-count={entry.badge ?? 0}
          {...(inRow ? { 'data-measure': key } : {})}
        >
          <ToolbarEntryControl entry={entry} panelShown={shownPanel === key} onTogglePanel={() => togglePanel(key)} />
        </div>
      ),
    })),
    ...(moderator
      ? [
          {
            key: 'moderation',
            badge: 0,
            render: (inRow: boolean) => (
              <div
                key="moderation"
                ref={toggleRef('moderation')}
                className="toolbar__slot"
                {...(inRow ? { 'data-measure': 'moderation' } : {})}
              >
                <ToggleButton
                  label={t.moderation.open}
                  pressed={shownPanel === 'moderation'}
                  onClick={() => togglePanel('moderation')}
                  icon={<ModerationIcon />}
                />
              </div>
            ),
          },
        ]
      : []),
    {
      key: 'settings',
      badge: 0,
      render: (inRow) => (
        <div key="settings" className="toolbar__slot" {...(inRow ? { 'data-measure': 'settings' } : {})}>
          <ToolbarButton
            label={t.controls.settings}
            icon={<SettingsIcon />}
            aria-haspopup="dialog"
            onClick={(event) => {
              settingsButton.current = inRow
                ? event.currentTarget
                : (moreSlot.current?.querySelector('button') ?? null);
              setSettingsOpen(true);
            }}
          />
        </div>
      ),
    },
  ]);
  const toolbarLayout = useToolbarLayout(
    toolbarRef,
    toolbarItems.map((item) => item.key),
    [
      locale,
      micOff,
      micRestricted,
      local.camera === null,
      ...toolbarEntries.map(({ entry }) => `${entry.label}:${entry.badge ?? 0}`),
    ].join('|'),
  );
  const overflow = toolbarItems.slice(toolbarLayout.shown);
  const overflowBadge = overflow.reduce((sum, item) => sum + item.badge, 0);

  const closePanel = () => {
    const toggle = shownPanel ? toggles.current.get(shownPanel) : undefined;
    setPanel(null);
    // A toggle inside the closed "More" popup is gone: focus goes back to "More".
    (toggle?.querySelector('button') ?? moreSlot.current?.querySelector('button'))?.focus();
  };
  const togglePanel = (which: Panel) => (shownPanel === which ? closePanel() : setPanel(which));
  const closePanelRef = useRef(closePanel);
  closePanelRef.current = closePanel;
  useEffect(() => {
    if (!shownPanel) return;
    // Escape closes the panel wherever focus is, unless a dialog is open and takes it first.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      closePanelRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shownPanel]);

  const copyLink = async () => {
    const copied = await copyText(meetingLink);
    setCopyFailed(!copied);
    if (copied) session.announce({ kind: 'linkCopied' });
    return copied;
  };

  // One live region for both screens, so that "You were let in" is heard as the view changes.
  return (
    <>
      {waitingFor ? (
        <WaitingScreen
          title={title}
          sentBack={waitingFor.sentBack}
          moderatorPresent={waitingFor.moderatorPresent}
          camera={local.camera}
          onLeave={() => session.leave()}
        />
      ) : (
        <div className="conference" data-theme="dark">
          <a className="skip-link" href="#conference-main">
            {t.skipToContent}
          </a>
          <header className="conference__header">
            <h1 ref={heading} tabIndex={-1} className="conference__title">
              {shownTitle}
            </h1>
            {shareLink && (
              <CopyLinkButton onCopy={copyLink} label={t.conference.copyLink} copiedText={t.conference.linkCopied} />
            )}
            {dialIn && (
              <button
                ref={detailsButton}
                type="button"
                className="button button--small copy-link__button"
                aria-haspopup="dialog"
                onClick={() => {
                  reloadDialIn();
                  setDetailsOpen(true);
                }}
              >
                {t.meetingDetails.open}
              </button>
            )}
            <LanguageSwitch />
          </header>
          <div className="conference__banners">
            {(connection.phase === 'connecting' || connection.phase === 'reconnecting') && (
              <div className="banner" role="status">
                {connection.phase === 'connecting'
                  ? t.conference.joining
                  : connection.serverShutdown
                    ? t.conference.serverRestarting
                    : t.conference.reconnecting}
              </div>
            )}
            {mediaRestoring && connection.phase === 'joined' && (
              // Not a live region: the announcer says it once, and a calm banner should not repeat it.
              <div className="banner banner--calm" data-testid="media-restoring">
                {t.conference.mediaRestoring}
              </div>
            )}
            <NoticeBanners
              notices={shownNotices}
              t={t}
              locale={locale}
              onDismiss={(id) => session.dismissNotice(id)}
              onHold={(id, held) => session.holdNotice(id, held)}
              fallbackFocus={() => document.getElementById('conference-main')}
            />
            {copyFailed && (
              <div className="banner banner--notice" role="alert">
                <span className="banner__link">{t.conference.copyLinkFailed(meetingLink)}</span>
                <button type="button" className="button button--small" onClick={() => setCopyFailed(false)}>
                  {t.conference.dismiss}
                </button>
              </div>
            )}
          </div>
          <main id="conference-main" className="conference__main" tabIndex={-1}>
            <section className="stage" aria-labelledby={videoHeadingId}>
              <h2 id={videoHeadingId} className="visually-hidden">
                {t.conference.videoHeading}
              </h2>
              <Stage tiles={tiles} activeSpeaker={activeSpeaker} badges={tileBadges}>
                {notices.map(({ key, entry }) =>
                  entry.notice && shownPanel !== key ? (
                    <div key={key} className="stage-notice" data-notice={key.slice(7)}>
                      <p>{entry.notice.text}</p>
                      <button type="button" className="button button--small" onClick={() => setPanel(key)}>
                        {entry.notice.open}
                      </button>
                    </div>
                  ) : null,
                )}
                {alone && notices.length === 0 && (
                  <div className="alone-hint">
                    <p>
                      {inBreakout
                        ? t.conference.aloneInRoom
                        : shareLink
                          ? t.conference.aloneHint
                          : t.conference.aloneHintNoLink}
                    </p>
                    {shareLink && !inBreakout && (
                      <CopyLinkButton
                        onCopy={copyLink}
                        label={t.conference.copyLink}
                        copiedText={t.conference.linkCopied}
                        variant="hint"
                      />
                    )}
                  </div>
                )}
              </Stage>
              {mounted.map((m) => {
                const overlay = m.ui.overlay?.(m.props);
                return overlay ? (
                  <div key={m.ns} className="stage-overlay" data-overlay={m.ns}>
                    {overlay}
                  </div>
                ) : null;
              })}
            </section>
            {modulePanel && shownPanel && (
              <aside className="side-panel" aria-labelledby={panelHeadingId} data-panel={shownPanel.slice(7)}>
                {modulePanel}
              </aside>
            )}
            {shownPanel === 'moderation' && (
              <aside className="side-panel" aria-labelledby={panelHeadingId}>
                <ModerationPanel
                  modules={mounted}
                  messages={t.moderation}
                  headingId={panelHeadingId}
                  onClose={closePanel}
                  opened={moderationOpened}
                  onOpen={(id, open) => setModerationOpened((before) => ({ ...before, [id]: open }))}
                />
              </aside>
            )}
            {shownPanel === 'participants' && (
              <aside className="side-panel" aria-labelledby={panelHeadingId}>
                <ParticipantList
                  actions={actions}
                  participants={room.participants}
                  selfId={selfId}
                  allRooms={moderator}
                  groupName={(group) => nameGroup(mounted, t.core, group)}
                  selfControls={
                    selfInfo && (
                      <RenameSelfControl
                        self={selfInfo}
                        policy={room.policy}
                        words={{ ...t.prejoin, ...t.renameSelf, locked: t.conference.renameLocked }}
                        onRename={(name) => session.rename(name)}
                      />
                    )
                  }
                  messages={t.core}
                  headingId={panelHeadingId}
                  onClose={closePanel}
                  frame={ModulePanel}
                  summary={(p) => mediaSummary(mediaOf(p.id), t.media)}
                  status={(p) => (
                    <>
                      <MediaStatusIcons media={mediaOf(p.id)} messages={t.media} decorative />
                      {mounted.map((m) => (
                        <Fragment key={m.ns}>{m.ui.participantBadge?.({ ...m.props, participantId: p.id })}</Fragment>
                      ))}
                    </>
                  )}
                />
              </aside>
            )}
          </main>
          <section
            ref={toolbarRef}
            className={`toolbar toolbar--${toolbarLayout.density}`}
            aria-label={t.controls.toolbar}
          >
            {micHint && <p className="toolbar__hint">{t.conference.microphoneRestricted}</p>}
            <div className="toolbar__group">
              <div className="toolbar__slot" data-measure="core:microphone">
                <ToolbarButton
                  label={t.controls[microphoneLabels[mic.action]]}
                  onClick={() => void session.toggleMicrophone()}
                  icon={mic.action === 'mute' ? <MicIcon /> : <MicOffIcon />}
                  disabled={mic.disabled}
                  data-microphone={mic.action}
                />
              </div>
              <div className="toolbar__slot" data-measure="core:camera">
                <ToolbarButton
                  label={local.camera === null ? t.controls.turnCameraOn : t.controls.turnCameraOff}
                  onClick={() => void session.toggleCamera()}
                  icon={local.camera === null ? <CameraOffIcon /> : <CameraIcon />}
                />
              </div>
              {screenSharing && (
                <div className="toolbar__slot" data-measure="core:screen">
                  <ToggleButton
                    label={t.controls.shareScreen}
                    pressed={local.screen !== null}
                    onClick={() => void session.toggleScreen()}
                    icon={<ScreenIcon />}
                  />
                </div>
              )}
              {toolbarItems.slice(0, toolbarLayout.shown).map((item) => item.render(true))}
              {overflow.length > 0 && (
                <div ref={moreSlot} className="toolbar__slot" data-measure="more">
                  <ToolbarMenu
                    label={t.controls.more}
                    icon={<MoreIcon />}
                    variant="list"
                    {...(overflowBadge > 0 ? { badge: String(overflowBadge) } : {})}
                    menu={() => <div className="toolbar-more">{overflow.map((item) => item.render(false))}</div>}
                  />
                </div>
              )}
            </div>
            <div className="toolbar__slot" data-measure="leave">
              <LeaveControl
                moderator={moderator}
                words={{ leave: t.controls.leave, ...t.leave }}
                onLeave={() => session.leave()}
                onEndForEveryone={() => session.sender(moderationProtocol)(moderationCommands.endMeeting())}
              />
            </div>
          </section>
          <RemoteAudio tracks={remoteAudio} sinkId={devices.speaker} messages={t.media} />
          {settingsOpen && (
            <SettingsDialog
              session={session}
              local={local}
              devices={devices}
              onClose={() => setSettingsOpen(false)}
              returnFocus={settingsButton}
            />
          )}
          {detailsOpen && (
            <MeetingDetailsDialog
              meetingLink={meetingLink}
              dialIn={dialIn}
              t={t}
              onClose={() => setDetailsOpen(false)}
              returnFocus={detailsButton}
            />
          )}
        </div>
      )}
      <LiveAnnouncer session={session} t={t} locale={locale} />
    </>
  );
}

/**
 * "Copy meeting link" (for those who can share it): in the header, and in the hint while nobody else is here. The
 * live region announces success; a short visible note confirms it for sighted users.
 */
function CopyLinkButton({
  onCopy,
  label,
  copiedText,
  variant = 'header',
}: {
  readonly onCopy: () => Promise<boolean>;
  readonly label: string;
  readonly copiedText: string;
  readonly variant?: 'header' | 'hint';
}) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2500);
    return () => window.clearTimeout(timer);
  }, [copied]);
  return (
    <span className={`copy-link copy-link--${variant}`}>
      <button
        type="button"
        className="button button--small copy-link__button"
        onClick={() => void onCopy().then(setCopied)}
      >
        <LinkIcon />
        <span className="copy-link__label">{label}</span>
      </button>
      {copied && (
        <span className="copy-link__done" aria-hidden="true">
          {copiedText}
        </span>
      )}
    </span>
  );
}

function MoreIcon() {
  return (
    <LineIcon>
      <circle cx="5" cy="12" r="1.5" />
      <circle cx="12" cy="12" r="1.5" />
      <circle cx="19" cy="12" r="1.5" />
    </LineIcon>
  );
}

function LinkIcon() {
  return (
    <LineIcon size={20}>
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </LineIcon>
  );
}
