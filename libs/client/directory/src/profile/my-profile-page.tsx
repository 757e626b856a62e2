import { Navigate } from 'react-router';
import { LoadingState, useAuth } from '@kakehashi/client-platform';

/** `/me`: the signed-in person's own profile. */
export default function MyProfilePage() {
  const { me } = useAuth();
  if (!me) return <LoadingState />;
  return <Navigate to={`/people/${me.id}`} replace />;
}
