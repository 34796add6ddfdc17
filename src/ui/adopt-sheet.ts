/** One constructed sheet per CSS text, shared by every shadow root of this frame; null where none can be built. */
const sheets = new Map<string, CSSStyleSheet | null>();

function constructedSheet(css: string): CSSStyleSheet | null {
  if (sheets.has(css)) return sheets.get(css) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  sheets.set(css, sheet);
  return sheet;
}

/** Adds `css` to a shadow root, after the sheets it already has. */
export function adoptSheet(root: ShadowRoot, css: string): void {
  const sheet = constructedSheet(css);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Some content-script worlds cannot adopt a sheet made here; a <style> element does the same job.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}
