import type { ReactNode } from 'react';

/** The narrow, centred card the sign-in screens share. */
export function AuthCard({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="auth-wrap">
      <section className="card auth-card" aria-labelledby="auth-title">
        <h1 id="auth-title">{title}</h1>
        {children}
      </section>
    </div>
  );
}
