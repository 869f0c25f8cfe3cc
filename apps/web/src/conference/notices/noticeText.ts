import { announcementText, type Locale } from '@plenum/client-kit/ui';
import type { Catalogue } from '../../i18n/en.js';
import { uiModules } from '../moduleRegistry.js';
import type { Notice } from './Notice.js';

/**
 * The words of a notice in the current language. `secondsLeft`: for a notice that counts down, the seconds still to
 * wait, said instead of the whole wait.
 */
export function noticeText(t: Catalogue, locale: Locale, notice: Notice, secondsLeft?: number): string {
  switch (notice.kind) {
    case 'micProblem':
      return t.conference.micProblem[notice.failure];
    case 'cameraProblem':
      return t.conference.cameraProblem[notice.failure];
    case 'mediaUnavailable':
    case 'publishFailed':
    case 'screenProblem':
    case 'microphoneFallback':
    case 'cameraFallback':
    case 'speakerFallback':
    case 'renameLocked':
    case 'microphoneRestricted':
    case 'screenShareNotAllowed':
    case 'screenShareRevoked':
    case 'screenShareTaken':
    case 'screenShareAllowed':
      return t.conference[notice.kind];
    case 'renamedByModerator':
      return t.conference.renamedByModerator(notice.name);
    case 'moderationFailed':
      return t.roles.actionFailed;
    case 'module': {
      const { announcement } = notice;
      if (secondsLeft === undefined) return announcementText(uiModules, notice, locale);
      const params = { ...announcement.params, seconds: secondsLeft };
      return announcementText(uiModules, { ns: notice.ns, announcement: { ...announcement, params } }, locale);
    }
  }
}
