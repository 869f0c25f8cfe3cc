import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { invitePath, roomPath } from '../router/matchRoute.js';
import { useRouter } from '../router/Router.js';
import { TextField } from '../shell/TextField.js';
import { parseRoomInput } from './parseRoomInput.js';

/** "Join a meeting": a pasted meeting link, guest link or room id; another server's link is opened there. */
export function JoinByLinkForm() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [link, setLink] = useState('');
  const [linkProblem, setLinkProblem] = useState<'empty' | 'invalid' | null>(null);

  const go = (event: FormEvent) => {
    event.preventDefault();
    const input = parseRoomInput(link, window.location);
    switch (input.kind) {
      case 'empty':
      case 'invalid':
        setLinkProblem(input.kind);
        return;
      case 'here':
        navigate(roomPath(input.roomId));
        return;
      case 'invite':
        navigate(invitePath(input.code));
        return;
      case 'elsewhere':
        // A meeting of another Plenum server: its id means nothing here, so go there.
        window.location.assign(input.url);
        return;
    }
  };

  return (
    <form onSubmit={go} noValidate>
      <TextField
        label={t.start.linkLabel}
        hint={t.start.linkHint}
        error={
          linkProblem === 'empty' ? t.start.emptyLink : linkProblem === 'invalid' ? t.start.invalidLink : undefined
        }
        value={link}
        autoComplete="off"
        spellCheck={false}
        onValueChange={(value) => {
          setLink(value);
          setLinkProblem(null);
        }}
      />
      <button type="submit" className="button">
        {t.start.join}
      </button>
    </form>
  );
}
