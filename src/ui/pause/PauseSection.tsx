import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';

export interface PauseSectionProps {
  /** The section's modifier class, e.g. 'attune-why'. */
  name: string;
  heading: MessageKey;
  sectionRef?: Ref<HTMLElement>;
  children: ComponentChildren;
}

/** One step of the pause card, named by its heading. */
export function PauseSection({ name, heading, sectionRef, children }: PauseSectionProps) {
  const headingId = useId();
  return (
    <section ref={sectionRef} class={`attune-section ${name}`} aria-labelledby={headingId}>
      <h3 class="attune-section__title" id={headingId}>
        {t(heading)}
      </h3>
      {children}
    </section>
  );
}
