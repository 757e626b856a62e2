import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';
import { Link, type LinkProps } from '@fluentui/react-components';

type AnchorEvent = React.MouseEvent<HTMLAnchorElement | HTMLButtonElement | HTMLSpanElement>;

/** A Fluent link that navigates inside the app (a real href, so it opens in a new tab too). */
export function AppLink({
  to,
  children,
  className,
  inline,
  onNavigate,
}: {
  to: To;
  children: ReactNode;
  className?: string;
  inline?: LinkProps['inline'];
  /** Called when the link navigates in this tab (a panel around it may close). */
  onNavigate?: () => void;
}) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement | HTMLButtonElement | HTMLSpanElement>(to);
  return (
    <Link
      href={href}
      className={className}
      inline={inline}
      onClick={(event: AnchorEvent) => {
        if (event.defaultPrevented) return;
        navigate(event);
        if (event.defaultPrevented) onNavigate?.();
      }}
    >
      {children}
    </Link>
  );
}
