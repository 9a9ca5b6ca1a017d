import { useState, type ReactNode } from "react";

type Props = { className: string; testId?: string; summary: string; children: () => ReactNode };

/**
 * A `<details>` whose content is made only once it is opened. Technical details (the request,
 * its curl, the raw answer) are large, rarely opened, and came with every review and answer:
 * built up front they were most of the page's work and garbage per send.
 */
export function Collapsed({ className, testId, summary, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} data-testid={testId} onToggle={(e) => { setOpen(e.currentTarget.open); }}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
