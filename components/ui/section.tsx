import type { ReactNode } from 'react';

/** A titled page section; the heading labels the region for assistive technology. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="py-8">
      <h2 id={id} className="mb-5 text-xl font-semibold tracking-tight sm:text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
