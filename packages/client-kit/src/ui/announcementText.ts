import type { ModuleAnnouncement } from '../Announcement.js';
import type { Locale } from '../locale.js';
import type { AnyUiModule } from './UiModule.js';

/**
 * The words of a module's announcement in `locale`, from that module's own messages; '' when no
 * registered module has the namespace or the key (nothing sensible to say).
 */
export function announcementText(
  modules: readonly AnyUiModule[],
  { ns, announcement }: ModuleAnnouncement,
  locale: Locale,
): string {
  const module = modules.find((m) => m.client.protocol.ns === ns);
  const texts = module?.messages[locale].announce;
  const text = texts && Object.hasOwn(texts, announcement.key) ? texts[announcement.key] : undefined;
  // The client module of the same namespace made the announcement, so key and params belong together.
  return text ? (text as (params: object) => string)(announcement.params) : '';
}
