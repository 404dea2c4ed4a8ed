import type { ReactNode } from 'react';
import { RulesNav } from './RulesNav.js';

/** The shell both halves of the Rules tab share: title, the Rules/Review switch, a line on what this half does. */
export function RulesSection({
  kind,
  title,
  intro,
  children,
}: {
  kind: 'rules' | 'review';
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      className={`side-view ${kind}-view`}
      data-testid={`${kind}-view`}
      aria-labelledby={`${kind}-title`}
      tabIndex={-1}
      data-focus-home
    >
      <div className="rules-head">
        <h2 id={`${kind}-title`}>{title}</h2>
        <RulesNav />
      </div>
      <p className="muted rules-intro">{intro}</p>
      {children}
    </section>
  );
}
