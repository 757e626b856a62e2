import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A switch kept in the address (`?name=value`), so a reload, a shared link and back/forward
 * keep it. The switch follows a click at once; the address (updated in a transition) catches
 * up, and a change of address (back, forward, a link) moves the switch.
 */
export function useFlagParam(name: string, value: string): [boolean, (on: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const inAddress = params.get(name) === value;
  const [on, setOnNow] = useState(inAddress);
  const [addressSeen, setAddressSeen] = useState(inAddress);
  if (addressSeen !== inAddress) {
    setAddressSeen(inAddress);
    setOnNow(inAddress);
  }
  const setOn = (next: boolean) => {
    setOnNow(next);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(name, value);
        else updated.delete(name);
        return updated;
      },
      { replace: true },
    );
  };
  return [on, setOn];
}
