// An ordinary <a href> that moves inside the workbench without reloading the page; a
// modified click (new tab, new window) still does what the browser does.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../url-state.js';

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; replace?: boolean }) {
  const { replace, onClick, ...rest } = props;
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href, { replace });
  };
  return <a {...rest} onClick={click} />;
}
