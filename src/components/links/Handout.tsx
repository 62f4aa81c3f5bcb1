import { formatMinutes } from '../../lib/format';
import { t } from '../../i18n/t';
import { tLink } from '../../i18n/t-links';
import type { ModuleSummary } from '../../links/site-links';
import { QrCode, type QrState } from './QrCode';

interface Props {
  clinicName: string;
  url?: string;
  qr: QrState;
  /** The chosen modules, in reading order. */
  modules: readonly ModuleSummary[];
  /** The chosen worksheet's title, if any. */
  worksheetTitle?: string;
}

/**
 * The one-page handout: on screen a preview, in print the only thing on the page (see
 * link-builder.css). Everything a patient needs without the screen: the link written out in full,
 * the QR code, what to read in order and the worksheet. No answers or clinic numbers are printed:
 * the plan page shows those, and a sheet of paper is easily left lying about.
 */
export function Handout({ clinicName, url, qr, modules, worksheetTitle }: Props) {
  return (
    <section className="handout-preview" aria-labelledby="builder-handout-heading">
      <h2 id="builder-handout-heading" className="handout-preview__heading">
        {tLink('builder.handout.heading')}
      </h2>
      <div className="handout-preview__actions">
        <p className="field__hint" id="builder-print-hint">
          {tLink('builder.handout.printHint')}
        </p>
        <button type="button" className="button" aria-describedby="builder-print-hint" onClick={() => window.print()}>
          {tLink('builder.handout.print')}
        </button>
      </div>
      <div className="handout">
        <p className="handout__clinic">{clinicName}</p>
        <h3 className="handout__title">{tLink('builder.handout.title')}</h3>
        <p>{tLink('builder.handout.open')}</p>
        {url && <p className="handout__link">{url}</p>}
        <div className="handout__body">
          <div>
            {modules.length > 0 && (
              <>
                <p>{tLink('builder.handout.read')}</p>
                <ol className="handout__list">
                  {modules.map((module) => (
                    <li key={module.slug}>
                      {module.title}{' '}
                      <span className="handout__minutes">
                        ({tLink('builder.handout.minutes', { duration: formatMinutes(module.minutes) })})
                      </span>
                    </li>
                  ))}
                </ol>
              </>
            )}
            {worksheetTitle && <p>{tLink('builder.handout.worksheet', { title: worksheetTitle })}</p>}
          </div>
          <QrCode state={qr} className="handout__qr" />
        </div>
        <p className="handout__privacy">{t('footer.privacy')}</p>
      </div>
    </section>
  );
}
