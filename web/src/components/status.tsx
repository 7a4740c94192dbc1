// The loading, error and empty states every view shows the same way.
import type { ReactNode } from 'react';
import { ApiError, type Loadable } from '../api.js';

export function Loading({ what }: { what: string }) {
  return <p className="state loading" role="status" aria-live="polite">Loading {what}…</p>;
}

export function ErrorBox({ error }: { error: Error }) {
  const hint = error instanceof ApiError ? error.hint : undefined;
  return (
    <div className="state error" role="alert">
      <strong>Could not load this view.</strong> {error.message}
      {hint && <div className="hint">{hint}</div>}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

/** Renders `ok` with the data once it is there, else the loading or error state. */
export function Load<T>({ value, what, ok }: { value: Loadable<T>; what: string; ok: (data: T) => ReactNode }) {
  if (value.status === 'loading') return <Loading what={what} />;
  if (value.status === 'error') return <ErrorBox error={value.error} />;
  return <>{ok(value.data)}</>;
}
