import type { Ref } from 'react';
import { useUi } from '../../i18n/react';
import type { DraftView } from './draft-keeping';

interface Props {
  /** `undefined` until the draft code has loaded: the box shows unticked, as built. */
  view?: DraftView;
  onKeep: (keeping: boolean) => void;
  onErase: () => void;
  /** The box, so focus can return to it after erasing. */
  boxRef: Ref<HTMLInputElement>;
}

/**
 * "Keep a draft on this device", above the questions: the choice is made before typing, and a
 * restored draft is announced where the patient starts, not by the download button at the end of
 * a long form they may not reach. Worded like the plan's "Keep my ticks on this device"; shaped as
 * a GOV.UK checkbox with its hint under the label. Only the markup is here: what it does loads
 * after hydration (draft-keeping.ts).
 */
export function DraftPanel({ view, onKeep, onErase, boxRef }: Props) {
  const { t } = useUi();
  return (
    <div className="draft">
      <div className="choice">
        <input
          id="draft-keep"
          ref={boxRef}
          type="checkbox"
          className="choice__input"
          autoComplete="off"
          aria-describedby="draft-hint"
          checked={view?.keeping ?? false}
          onChange={(event) => onKeep(event.target.checked)}
        />
        <label className="choice__label" htmlFor="draft-keep">
          {t('draft.keepLabel')}
        </label>
        <p className="field__hint draft__hint" id="draft-hint">
          {t('draft.keepHint')}
        </p>
      </div>
      {view?.canErase && (
        <div className="draft__erase">
          <button
            type="button"
            className="button button--secondary"
            aria-describedby="draft-erase-hint"
            onClick={onErase}
          >
            {t('draft.erase')}
          </button>
          <p className="field__hint" id="draft-erase-hint">
            {t('draft.eraseHint')}
          </p>
        </div>
      )}
      <div className="draft__status" role="status">
        {view?.messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </div>
  );
}
