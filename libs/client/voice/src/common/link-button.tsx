import type { ReactElement, ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import { Button, type ButtonProps } from '@fluentui/react-components';

/** A link inside the app that looks like a button (a page's main action, e.g. 起票する). */
export function LinkButton({
  to,
  children,
  appearance = 'primary',
  icon,
}: {
  to: string;
  children: ReactNode;
  appearance?: ButtonProps['appearance'];
  icon?: ReactElement;
}) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Button
      as="a"
      href={href}
      appearance={appearance}
      icon={icon}
      onClick={(event) => navigate(event as React.MouseEvent<HTMLAnchorElement>)}
    >
      {children}
    </Button>
  );
}
