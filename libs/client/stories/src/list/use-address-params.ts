import { useEffect, useRef, useState } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

type Update = (change: (current: URLSearchParams) => URLSearchParams, options?: NavigateOptions) => void;

/**
 * The address's parameters, changed at once on screen: the router updates the address in a
 * transition, so a checkbox or a tab bound to it straight would lag a click behind. A change
 * of address from elsewhere (back, forward, a link) replaces what is shown.
 */
export function useAddressParams(): [URLSearchParams, Update] {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const [shown, setShown] = useState(() => new URLSearchParams(params));
  const [addressSeen, setAddressSeen] = useState(address);
  if (addressSeen !== address) {
    setAddressSeen(address);
    setShown(new URLSearchParams(params));
  }
  // The latest parameters for a change made later (a debounced search), never those of an older render.
  const latest = useRef(shown);
  useEffect(() => {
    latest.current = shown;
  });
  const update: Update = (change, options) => {
    const next = change(latest.current);
    latest.current = next;
    setShown(next);
    setParams(next, options);
  };
  return [shown, update];
}
