/**
 * `media=auto` (an addition to the design doc's parameters, issue 22): a newsroom that already has
 * its readers' consent loads third-party media at once, without the click. Read here, where media is
 * drawn, so the first view carries none of it. `link`: a web component's own address (the store's `link`).
 */
export const autoLoad = (link?: string): boolean => new URLSearchParams(link ? new URL(link).search : location.search).get('media') === 'auto';
