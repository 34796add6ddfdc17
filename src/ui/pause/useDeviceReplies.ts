import { useEffect, useRef, useState } from 'preact/hooks';
import { parseDeviceReplies, type DeviceRequest } from '../../analysis/device-prompt';
import { deviceAsk, guardDeviceReplies } from '../../analysis/device-replies';
import type { Analysis, ReframeOptions, Suggestion } from '../../analysis/types';

/** Asks Chrome's on-device model for replies; the pause knows nothing of how the question gets there. */
export interface DeviceWriter {
  /** The model's raw answer for this reading; rejects when there is none. */
  ask(request: DeviceRequest): Promise<string>;
  /** Ends the model session and aborts what it is writing; asks still waiting reject. */
  close(): void;
}

/** How long after the breathing ends the model's first replies may still join the template ones. */
export const DEVICE_LATE_MS = 4_000;

/**
 * The model's replies for the pause, once the breathing is over: asked as soon as the draft can be read (the
 * reply writer's tagger is ready, early in the breathing) and again when the writer names a feeling or need (one
 * question at a time, the latest naming next), guarded reply by reply. Empty when the model has nothing that
 * passes, fails, or is late; after that the pause stops asking and the session ends.
 */
export function useDeviceReplies(
  writer: DeviceWriter | undefined,
  draft: string,
  analysis: Analysis,
  /** What the writer named in the pause, and the other person's message where the pause read one. */
  naming: ReframeOptions,
  /** The draft can be read as the template replies read it: the tagger is ready, or the breathing is over. */
  readable: boolean,
  breathingDone: boolean,
  lateMs = DEVICE_LATE_MS,
): Suggestion[] {
  const [replies, setReplies] = useState<Suggestion[]>([]);
  const [off, setOff] = useState(writer === undefined);
  const offRef = useRef(off);
  offRef.current = off;
  const asking = useRef(false);
  const next = useRef<ReframeOptions | null>(null);

  const ask = (options: ReframeOptions): void => {
    if (!writer || offRef.current) return;
    if (asking.current) {
      next.current = options;
      return;
    }
    let question: ReturnType<typeof deviceAsk>;
    try {
      question = deviceAsk(draft, analysis, options);
    } catch {
      setOff(true);
      return;
    }
    asking.current = true;
    writer
      .ask(question.request)
      .then((output) => {
        const kept = guardDeviceReplies(question, parseDeviceReplies(output));
        if (kept.length > 0 && !offRef.current) setReplies(kept);
      })
      .catch(() => undefined)
      .finally(() => {
        asking.current = false;
        const waiting = next.current;
        next.current = null;
        if (waiting) ask(waiting);
      });
  };

  useEffect(() => {
    if (readable) ask({ feeling: naming.feeling, need: naming.need, theirFeeling: naming.theirFeeling, theirs: naming.theirs });
  }, [readable, naming.feeling, naming.need, naming.theirFeeling, naming.theirs]);

  const shown = replies.length > 0;
  useEffect(() => {
    if (!writer || off || !breathingDone || shown) return undefined;
    const timer = setTimeout(() => setOff(true), lateMs);
    return () => clearTimeout(timer);
  }, [off, breathingDone, shown]);

  useEffect(() => {
    if (off) writer?.close();
  }, [off]);
  useEffect(() => () => writer?.close(), []);

  return off || !breathingDone ? [] : replies;
}
