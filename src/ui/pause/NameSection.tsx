import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { ReasonKind } from '../../analysis/types';
import { FeelingPicker, type Naming } from '../FeelingPicker';
import { PauseSection } from './PauseSection';

export interface NameSectionProps {
  topReason: ReasonKind | undefined;
  naming: Naming;
  onChange(naming: Naming): void;
  sectionRef: Ref<HTMLElement>;
  /** Offer to name what they might feel; off when the "They said" card asks it instead. */
  askTheirs?: boolean;
}

/** Naming the feeling and the need behind the draft, which shapes the replies. */
export function NameSection({ topReason, naming, onChange, sectionRef, askTheirs = true }: NameSectionProps) {
  const id = useId();
  return (
    <PauseSection name="attune-name" heading="pauseNameHeading" sectionRef={sectionRef}>
      <FeelingPicker idPrefix={`${id}-naming`} topReason={topReason} naming={naming} askTheirs={askTheirs} onChange={onChange} />
    </PauseSection>
  );
}
