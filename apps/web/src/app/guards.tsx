import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { returnPath } from '../features/identity/returnPath';
import { useSession } from './session';

/** Pages that need open keys: signed-out users go to sign in, locked ones to unlock. */
export function RequireUnlocked() {
  const { status, signedOutByUser } = useSession();
  const location = useLocation();
  const from = location.pathname + location.search;
  if (status === 'signedOut') {
    // After an expired session, come back here; after "Sign out", start afresh.
    return <Navigate to="/login" replace state={signedOutByUser ? null : { from }} />;
  }
  if (status === 'locked') return <Navigate to="/unlock" replace state={{ from }} />;
  return <Outlet />;
}

/** Sign-in and registration: only for users without a session. */
export function RequireSignedOut() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'unlocked') return <Navigate to={returnPath(location.state)} replace />;
  if (status === 'locked') return <Navigate to="/unlock" replace state={location.state} />;
  return <Outlet />;
}

/** The unlock page: only for a session whose keys are not in memory. */
export function RequireLocked() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'signedOut') return <Navigate to="/login" replace state={location.state} />;
  if (status === 'unlocked') return <Navigate to={returnPath(location.state)} replace />;
  return <Outlet />;
}
