import type { ReactNode } from 'react';

/** A calm explanation of an empty list, with the action that fills it. */
export function EmptyState({
  title,
  children,
  action,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly action?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <p>{children}</p>
      {action ? <div className="empty-state-action">{action}</div> : null}
    </section>
  );
}
