// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dosingDayWorksheet } from '../../../src/worksheets/dosing-day/definition';
import { intentionWorksheet } from '../../../src/worksheets/intention/definition';
import { renderWorksheet } from './render-form';

/**
 * A worksheet's panel (`src/worksheets/<id>/Panel.tsx`, see src/components/forms/worksheet-panel.tsx):
 * nothing of it loads until the patient starts on the form, then it shows after the section
 * `panelAfter` and follows the answers. The dosing-day plan's panel is the timeline.
 */

const timeline = () => screen.queryByRole('table', { name: /Your timeline/ });

describe('the dosing-day plan’s panel', () => {
  it('is not there before the patient starts on the form', async () => {
    renderWorksheet(dosingDayWorksheet);
    await act(async () => {});

    expect(screen.queryByRole('heading', { name: 'Your timeline' })).toBeNull();
  });

  it('loads on the first focus, after “Your session”, and asks for the date and time first', async () => {
    const user = userEvent.setup();
    const { container } = renderWorksheet(dosingDayWorksheet);
    await user.click(screen.getByLabelText('Date of the session'));

    const heading = await screen.findByRole('heading', { name: 'Your timeline' });
    const panel = heading.closest('section')!;
    expect(panel.previousElementSibling).toBe(container.querySelector('section#session'));
    expect(within(panel).getByText('Enter the date and start time of the session to see your timeline.')).toBeTruthy();
    expect(timeline()).toBeNull();
  });

  it('follows the answers as they are typed: the timeline appears and changes with the place', async () => {
    const user = userEvent.setup();
    renderWorksheet(dosingDayWorksheet);
    await user.type(screen.getByLabelText('Date of the session'), '2031-05-06');
    await user.type(screen.getByLabelText('Start time'), '10:30');
    await user.click(screen.getByLabelText('At the clinic'));

    await waitFor(() => expect(timeline()).not.toBeNull());
    const rows = () =>
      within(timeline()!)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent);
    expect(rows()[0]).toMatch(/^6:30\s?AM\s?Last food/);
    expect(rows().some((row) => /Arrive at the clinic/.test(row!))).toBe(true);

    await user.click(screen.getByLabelText('At home, with the care team on a video call'));
    await waitFor(() => expect(rows().some((row) => /Your chaperone arrives/.test(row!))).toBe(true));
    expect(rows().some((row) => /Arrive at the clinic/.test(row!))).toBe(false);
    expect(screen.getByRole('button', { name: 'Add to calendar' })).toBeTruthy();
  });
});

it('a worksheet without a Panel.tsx never gets one', async () => {
  const user = userEvent.setup();
  renderWorksheet(intentionWorksheet);
  await user.click(screen.getAllByRole('textbox')[0]!);
  await act(async () => {});

  expect(screen.queryByRole('heading', { name: 'Your timeline' })).toBeNull();
});
