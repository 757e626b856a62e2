import type { ReactElement } from 'react';

/** One area of the hub in the navigation. `labelKey` is in the `common` namespace. */
export interface NavItem {
  to: string;
  labelKey: string;
  icon: ReactElement;
}
