/** The kinds of editor Attune knows how to read and write; each writes through its own model's input path. */
export type EditorKind =
  | 'textarea'
  | 'input'
  | 'lexical'
  | 'slate'
  | 'quill'
  | 'prosemirror'
  | 'draft'
  | 'ckeditor'
  | 'contenteditable';

/** One editor on the page, seen through the only operations the content script needs. */
export interface EditorAdapter {
  kind: EditorKind;
  /** The editable element itself: the textarea/input, or the root of the contenteditable region. */
  element: HTMLElement;
  /** The draft as the user sees it, lines joined with "\n", without placeholders or zero-width characters. */
  getText(): string;
  /** Replaces the whole draft through the editor's own input path; resolves true once re-reading shows `text`. */
  replaceText(text: string): Promise<boolean>;
  focus(): void;
  /**
   * After a decision, once the site is done with the box: the caret goes at the end of what the editor holds,
   * unless it is already inside it or the user has moved on to another element.
   */
  caretToEnd(): void;
  /** Remembers the caret so `restoreSelection` can put it back after the pause. */
  saveSelection(): () => void;
  /** The element the nudge is placed against. */
  anchor(): HTMLElement;
}
