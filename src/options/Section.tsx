import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** One panel of the options page, named by its heading. */
export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="attune-panel options-section" aria-labelledby={id}>
      <h2 id={id} class="options-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
