/** What a key press in the message input does: Enter sends, Shift+Enter (or Enter while an IME composes) types. */
export function composerKey(event: {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly isComposing?: boolean;
}): 'send' | 'type' {
  return event.key === 'Enter' && !event.shiftKey && event.isComposing !== true ? 'send' : 'type';
}
