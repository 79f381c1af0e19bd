// One primary action per view (the rule is written out beside .button-primary in
// renderer/styles/components.css). New enquiry, in the header, is the desk's primary action; a view
// whose reason to exist is one action of its own (the visitor's brief: Print; Updates: Check now)
// shows that action as a ViewPrimaryButton instead, and while one is on screen New enquiry steps
// down to the secondary style (same place, same Alt+N). A view that has not yet shown its action
// (the brief still loading, Updates without a sync service) leaves New enquiry primary, so a view
// never has two primary buttons, nor none.
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';

interface PrimaryAction {
  /** Whether the view on screen shows a primary action of its own. */
  viewHasOwn: boolean;
  /** Called by a ViewPrimaryButton as it mounts; the function returned, as it unmounts. */
  claim(): () => void;
}

const PrimaryActionContext = createContext<PrimaryAction | null>(null);

export function PrimaryActionProvider({ children }: { children: ReactNode }) {
  const [claims, setClaims] = useState(0);
  const claim = useCallback(() => {
    setClaims((count) => count + 1);
    return () => setClaims((count) => count - 1);
  }, []);
  const value = useMemo(() => ({ viewHasOwn: claims > 0, claim }), [claims, claim]);
  return <PrimaryActionContext.Provider value={value}>{children}</PrimaryActionContext.Provider>;
}

/** Whether the header's New enquiry should give way to the view's own primary action. */
export function useViewHasOwnPrimaryAction(): boolean {
  return useContext(PrimaryActionContext)?.viewHasOwn ?? false;
}

/** A view's own primary action: styled primary, and New enquiry secondary while it is shown. */
export function ViewPrimaryButton({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const context = useContext(PrimaryActionContext);
  const claim = context?.claim;
  // Before the browser paints: the header never shows two primary buttons, not even for a frame.
  useLayoutEffect(() => claim?.(), [claim]);
  return <button type="button" className={`button button-primary${className ? ` ${className}` : ''}`} {...props} />;
}
