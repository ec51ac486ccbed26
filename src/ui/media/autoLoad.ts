/**
 * `media=auto` (an addition to the design doc's parameters, issue 22): a newsroom that already has
 * its readers' consent loads third-party media at once, without the click. Read here, where media is
 * drawn, so the first view carries none of it.
 */
export const autoLoad = (search = location.search): boolean => new URLSearchParams(search).get('media') === 'auto';
