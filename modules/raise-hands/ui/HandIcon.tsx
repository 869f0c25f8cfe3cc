import { LineIcon } from '@plenum/client-kit/ui';
/** An open hand, raised. Decorative: the control or badge around it carries the name. */
export function HandIcon() {
  return (
    <LineIcon>
      <path d="M18 11V6a2 2 0 0 0-4 0v5" />
      <path d="M14 10V4a2 2 0 0 0-4 0v6" />
      <path d="M10 10.5V6a2 2 0 0 0-4 0v8" />
      <path d="M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-5.99-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.82L7 15" />
    </LineIcon>
  );
}
