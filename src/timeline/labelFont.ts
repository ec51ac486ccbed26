/**
 * The font labels are measured in (lanes/measureLabel.ts, vertical/measureCardText.ts): the page's, or
 * in a web component the font of its shadow root's root element, not the article's body around it.
 */
let source: Element | undefined;

/** Called by a web component before it renders. */
export function measureLabelsIn(element: Element): void {
  source = element;
}

export const labelFont = (): string => `12.5px ${getComputedStyle(source ?? document.body).fontFamily || 'sans-serif'}`;
