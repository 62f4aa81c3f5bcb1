// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Input from '../../../src/worksheets/kinds/signature/Input';
import { decodeStrokes, PEN, type StrokePoint } from '../../../src/worksheets/kinds/signature/strokes';
import type { SignatureField, WorksheetAnswers } from '../../../src/worksheets/types';
import { drawnSignaturePoints, strokesValue } from '../../fixtures/pdf/signature-strokes';
import { UiStringsProvider } from '../../../src/i18n/react';
import { translatorFor, uiStrings } from '../../../src/i18n/strings';

/**
 * The signature input with the pad it drives: what it keeps as the answer (strokes, or a PNG for
 * a drawing an older version kept), what it draws back, and its Undo and Clear. jsdom has no canvas,
 * so signature_pad is a stand-in that behaves as the real one does where the input relies on it:
 * `toData()` holds only strokes (a picture put back by `fromDataURL` is not one), `clear()` takes
 * both away, `fromData` adds to what is there unless told to clear.
 */

const pads = vi.hoisted(() => [] as FakePad[]);

interface FakePad {
  options: Record<string, unknown>;
  picture: string;
  data: { points: StrokePoint[] }[];
  fromData: ReturnType<typeof vi.fn>;
  /** The patient draws a stroke. */
  draw(points: StrokePoint[]): void;
}

vi.mock('signature_pad', () => ({
  default: class {
    options: Record<string, unknown>;
    picture = '';
    data: { points: StrokePoint[] }[] = [];
    endStroke: () => void = () => undefined;
    fromData = vi.fn((groups: { points: StrokePoint[] }[], { clear = true } = {}) => {
      if (clear) this.clear();
      this.data = [...this.data, ...groups];
    });
    constructor(_canvas: HTMLCanvasElement, options: Record<string, unknown>) {
      this.options = options;
      pads.push(this as unknown as FakePad);
    }
    addEventListener(type: string, listener: () => void) {
      if (type === 'endStroke') this.endStroke = listener;
    }
    off() {}
    clear() {
      this.data = [];
      this.picture = '';
    }
    isEmpty() {
      return this.data.length === 0 && this.picture === '';
    }
    toData() {
      return this.data;
    }
    fromDataURL(url: string) {
      this.picture = url;
      return Promise.resolve();
    }
    toDataURL() {
      return `data:image/png;base64,${btoa(JSON.stringify({ picture: this.picture, strokes: this.data.length }))}`;
    }
    draw(points: StrokePoint[]) {
      this.data.push({ points });
      this.endStroke();
    }
  },
}));

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = () => null;
  // A desktop pad: 600 × 200 CSS pixels (jsdom lays nothing out).
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 200 });
});

afterEach(() => {
  cleanup();
  pads.length = 0;
});

/** The English words the input is drawn with (this file mocks signature_pad itself, so it does not use render-form.tsx). */
const ui = translatorFor('en');
const withStrings = () => ({
  wrapper: ({ children }: { children: ReactNode }) => (
    <UiStringsProvider strings={uiStrings('en')} language="en">
      {children}
    </UiStringsProvider>
  ),
});

const field: SignatureField = { id: 'drawn', kind: 'signature', label: 'Your drawn signature' };
const [wave, underline] = drawnSignaturePoints(600, 200) as [StrokePoint[], StrokePoint[]];
/** The PNG an older version kept (a stand-in: the pad shows it, only the PDF engine decodes it). */
const OLDER_PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** The input in a form whose answer starts as `initial`, once its pad has loaded. */
async function renderSignature(initial = '') {
  let form!: UseFormReturn<WorksheetAnswers>;
  function OneField() {
    form = useForm<WorksheetAnswers>({ defaultValues: { drawn: initial } });
    return <Input field={field} form={form} errors={{}} />;
  }
  render(<OneField />, withStrings());
  await waitFor(() => expect(pads).toHaveLength(1));
  return { pad: pads[0]!, answer: () => form.getValues('drawn') as string, form: () => form };
}

describe('the signature input', () => {
  it('draws with the pen the PDF draws with', async () => {
    const { pad } = await renderSignature();
    expect(pad.options).toMatchObject(PEN);
  });

  it('keeps a drawing as the pad’s strokes, to a tenth of a pixel', async () => {
    const { pad, answer } = await renderSignature();
    act(() => pad.draw(wave));
    act(() => pad.draw(underline));

    expect(answer()).toBe(strokesValue(600, 200, [wave, underline]));
    const drawing = decodeStrokes(answer())!;
    expect([drawing.width, drawing.height]).toEqual([600, 200]);
    expect(drawing.strokes[1]!.map(({ x, y }) => [x, y])).toEqual(
      underline.map(({ x, y }) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]),
    );
  });

  it('draws strokes that come back through the pad’s own fromData, and keeps the answer as it was', async () => {
    const value = strokesValue(600, 200, [wave]);
    const { pad, answer } = await renderSignature(value);

    // Each stroke with the pen's options (a stroke's own, in signature_pad), not the pad's spacing.
    const { minDistance: _, ...pen } = PEN;
    expect(pad.fromData).toHaveBeenCalledTimes(1);
    expect(pad.data[0]).toMatchObject({
      ...pen,
      points: decodeStrokes(value)!.strokes[0]!.map((point) => ({ ...point, pressure: 0 })),
    });
    expect(answer()).toBe(value);
  });

  it('shrinks strokes drawn on a larger pad to fit this one, and never enlarges a smaller pad’s', async () => {
    const { pad, form } = await renderSignature();
    act(() => form().setValue('drawn', strokesValue(1200, 400, [[{ x: 1000, y: 300, time: 1 }]])));
    await waitFor(() => expect(pad.data[0]?.points[0]).toMatchObject({ x: 500, y: 150 }));

    act(() => form().setValue('drawn', strokesValue(300, 100, [[{ x: 250, y: 80, time: 1 }]])));
    await waitFor(() => expect(pad.data[0]?.points[0]).toMatchObject({ x: 250, y: 80 }));
  });

  it('shows an older version’s PNG as a picture, and keeps it a PNG when drawn on', async () => {
    const { pad, answer } = await renderSignature(OLDER_PNG);
    expect(pad.picture).toBe(OLDER_PNG);
    expect(pad.data).toEqual([]);

    act(() => pad.draw(wave));
    expect(JSON.parse(atob(answer().slice('data:image/png;base64,'.length)))).toEqual({
      picture: OLDER_PNG,
      strokes: 1,
    });
  });

  it('Undo takes back the last stroke', async () => {
    const { pad, answer } = await renderSignature();
    act(() => pad.draw(wave));
    act(() => pad.draw(underline));
    await userEvent.setup().click(screen.getByRole('button', { name: ui.t('form.signature.undo') }));

    expect(answer()).toBe(strokesValue(600, 200, [wave]));
  });

  it('Undo on an older picture takes back the new strokes one by one, then the picture', async () => {
    const { pad, answer } = await renderSignature(OLDER_PNG);
    act(() => pad.draw(wave));
    act(() => pad.draw(underline));
    const undo = () => userEvent.setup().click(screen.getByRole('button', { name: ui.t('form.signature.undo') }));

    await undo();
    expect([pad.picture, pad.data.length]).toEqual([OLDER_PNG, 1]);
    expect(answer()).toMatch(/^data:image\/png;base64,/);
    await undo();
    expect([pad.picture, pad.data.length]).toEqual([OLDER_PNG, 0]);
    await undo();
    expect(answer()).toBe('');
    expect(pad.picture).toBe('');
  });

  it('Clear empties the answer, picture and strokes alike', async () => {
    const { pad, answer } = await renderSignature(OLDER_PNG);
    act(() => pad.draw(wave));
    await userEvent.setup().click(screen.getByRole('button', { name: ui.t('form.signature.clear') }));

    expect(answer()).toBe('');
    act(() => pad.draw(underline));
    expect(answer()).toBe(strokesValue(600, 200, [underline]));
  });
});
