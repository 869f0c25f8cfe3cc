import { LineIcon } from '@plenum/client-kit/ui';
/** A smiling face with a plus: "add a reaction". Decorative: the button carries the name. */
export function ReactionIcon() {
  return (
    <LineIcon>
      <path d="M21 12a9 9 0 1 1-6.2-8.56" />
      <path d="M8 14s1.5 2 4 2 4-2 4-2" />
      <path d="M9 9h.01M15 9h.01" />
      <path d="M19 2v6M16 5h6" />
    </LineIcon>
  );
}
