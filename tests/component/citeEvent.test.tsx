/** "Cite this event": a student opens the disclosure, picks a style once, and copies a reference with the event's sources and link. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderBundled } from './helpers';

async function openCitation(id: string) {
  const user = userEvent.setup();
  const { store } = renderBundled();
  act(() => store.getState().select(id));
  const panel = await screen.findByRole('complementary');
  await user.click(within(panel).getByText('Cite this event'));
  return { user, store, panel };
}

describe('Cite this event', () => {
  beforeEach(() => localStorage.clear());

  it('gives an APA reference naming the event, its date, its sources and the link to this view', async () => {
    const { panel } = await openCitation('legal-threat-2026-03');
    expect(within(panel).getByRole('radio', { name: 'APA' })).toBeChecked();
    const text = panel.querySelector('.cite-text')!.textContent;
    expect(text).toMatch(
      /^Microsoft weighs legal action over the Amazon deal \(Mar 2026\)\. \(n\.d\.\)\. In Microsoft and OpenAI: the end of exclusivity \[Interactive timeline; sources: /,
    );
    expect(text).toContain('Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment');
    expect(text).toContain('TechCrunch, as reported by Moccet');
    expect(text).toMatch(/Retrieved \w+ \d+, \d{4}, from http:\/\/localhost(:\d+)?\/\?event=legal-threat-2026-03$/);
  });

  it('remembers the chosen style and copies the reference', async () => {
    const { user, panel } = await openCitation('amendment-2026-04-27');
    await user.click(within(panel).getByRole('radio', { name: 'MLA' }));
    expect(localStorage.getItem('chronicle:citation-style')).toBe('mla');
    const text = panel.querySelector('.cite-text')!.textContent;
    expect(text).toMatch(
      /^“Amended agreement ends Azure exclusivity \(27 Apr 2026\)\.” Microsoft and OpenAI: the end of exclusivity, interactive timeline, http:\/\/localhost(:\d+)?\/\?event=amendment-2026-04-27\. Accessed \d+ \w+\.? \d{4}\. Sources: Moccet, “OpenAI Ends Microsoft Exclusivity, Opens to AWS and Google”; /,
    );
    await user.click(within(panel).getByRole('button', { name: 'Copy citation' }));
    expect(await navigator.clipboard.readText()).toBe(text);
    expect(within(panel).getByRole('status')).toHaveTextContent('Citation copied');
  });

  it('keeps the style for the next event', async () => {
    localStorage.setItem('chronicle:citation-style', 'chicago');
    const { panel } = await openCitation('microsoft-investment-2019');
    expect(within(panel).getByRole('radio', { name: 'Chicago' })).toBeChecked();
    expect(panel.querySelector('.cite-text')!.textContent).toMatch(
      /^“Microsoft invests \$1 billion in OpenAI \(2019\)\.” In Microsoft and OpenAI: the end of exclusivity, interactive timeline\. Sources: /,
    );
  });
});
