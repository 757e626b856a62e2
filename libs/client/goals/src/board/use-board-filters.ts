import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { boardFiltersOf, boardSearch, type BoardFilters } from '../common/paths';

/**
 * The board's period, department and team, kept in the address (?fy=2026&q=3&department=…&team=…) so that
 * a link shares the same view. A change shows at once; the address (updated by the router in a
 * transition) catches up, and a change of address (back, forward, a link) replaces it.
 */
export function useBoardFilters(): [BoardFilters, (change: Partial<BoardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const [shown, setShown] = useState(() => boardFiltersOf(params));
  const [addressSeen, setAddressSeen] = useState(address);
  if (addressSeen !== address) {
    setAddressSeen(address);
    setShown(boardFiltersOf(params));
  }
  const update = (change: Partial<BoardFilters>) => {
    const next = { ...shown, ...change };
    setShown(next);
    setParams(new URLSearchParams(boardSearch(next)));
  };
  return [shown, update];
}
