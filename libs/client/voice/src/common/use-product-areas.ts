import { useQuery } from '@apollo/client/react';
import { VoiceProductAreasQuery } from '../graphql/documents';
import type { ProductAreaOption } from './types';

/** The active product areas in display order (read once, shared through the cache). */
export function useProductAreas(): { areas: readonly ProductAreaOption[]; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(VoiceProductAreasQuery);
  return { areas: data?.productAreas ?? [], loading, error };
}
