import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  /** While true the button is disabled, shows a spinner and says so to screen readers. */
  readonly pending?: boolean;
  readonly testId?: string;
}

/** A button with the app's look; `pending` keeps double submissions out. */
export function Button({
  variant = 'secondary',
  pending = false,
  testId,
  className,
  disabled,
  children,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')}
      disabled={disabled === true || pending}
      aria-busy={pending || undefined}
      data-testid={testId}
      {...rest}
    >
      {pending ? <span className="spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
