import { useMemo } from 'react';
import { useLinks } from '../../i18n/react';
import { createTranslator } from '../../i18n/translator';
import { formatMinutes } from '../../lib/format';
import type { PatientLanguage } from '../../links/patient-language';
import type { ClinicConfig } from '../../schemas/clinic';
import { QrCode, type QrState } from './QrCode';

interface Props {
  clinicName: string;
  /**
   * The clinic's brand (`clinic.brand`): its name heads the handout in place of the clinic's, as
   * it heads every page of the site the patient opens, and its logo (the built URL) sits beside it.
   */
  brand?: Pick<ClinicConfig['brand'], 'name' | 'logoSrc'>;
  url?: string;
  qr: QrState;
  /** The chosen modules' slugs, in reading order. */
  readingList: readonly string[];
  /** The chosen worksheet's id, if any. */
  worksheet?: string;
  /** The patient's language: the handout is printed in it. */
  patient: PatientLanguage;
}

/**
 * The one-page handout: on screen a preview, in print the only thing on the page (see
 * link-builder.css). Everything a patient needs without the screen: the link written out in full,
 * the QR code, what to read in order and the worksheet. No answers or clinic numbers are printed:
 * the plan page shows those, and a sheet of paper is easily left lying about. It is headed by the
 * site's name as the clinic brands it (`brand.name`, else the clinic's name) and its logo.
 *
 * The preview's heading and print button are the provider's, in the page's language; the handout
 * itself is the patient's, in the patient's language (marked with `lang`, so screen readers and
 * hyphenation follow it), with the modules' titles and reading times as that language's pages
 * show them.
 */
export function Handout({ clinicName, brand, url, qr, readingList, worksheet, patient }: Props) {
  const links = useLinks();
  const words = useMemo(() => createTranslator(patient.words, patient.lang), [patient]);
  const modules = readingList.flatMap((slug) => {
    const module = patient.modules[slug];
    return module ? [{ slug, ...module }] : [];
  });
  const worksheetTitle = worksheet === undefined ? undefined : patient.worksheets[worksheet];
  return (
    <section className="handout-preview" aria-labelledby="builder-handout-heading">
      <h2 id="builder-handout-heading" className="handout-preview__heading">
        {links.t('builder.handout.heading')}
      </h2>
      <div className="handout-preview__actions">
        <p className="field__hint" id="builder-print-hint">
          {links.t('builder.handout.printHint')}
        </p>
        <button type="button" className="button" aria-describedby="builder-print-hint" onClick={() => window.print()}>
          {links.t('builder.handout.print')}
        </button>
      </div>
      <div className="handout" lang={patient.lang} dir={patient.dir}>
        <p className={brand?.logoSrc ? 'handout__clinic handout__clinic--logo' : 'handout__clinic'}>
          {/* Decorative: the name beside it says who it is. */}
          {brand?.logoSrc && <img className="handout__logo" src={brand.logoSrc} alt="" />}
          {brand?.name ?? clinicName}
        </p>
        <h3 className="handout__title">{words.t('builder.handout.title')}</h3>
        <p>{words.t('builder.handout.open')}</p>
        {url && <p className="handout__link">{url}</p>}
        <div className="handout__body">
          <div>
            {modules.length > 0 && (
              <>
                <p>{words.t('builder.handout.read')}</p>
                <ol className="handout__list">
                  {modules.map((module) => (
                    <li key={module.slug}>
                      {module.title}{' '}
                      <span className="handout__minutes">
                        ({words.t('builder.handout.minutes', { duration: formatMinutes(module.minutes, patient.lang) })}
                        )
                      </span>
                    </li>
                  ))}
                </ol>
              </>
            )}
            {worksheetTitle && <p>{words.t('builder.handout.worksheet', { title: worksheetTitle })}</p>}
          </div>
          <QrCode state={qr} className="handout__qr" label={words.t('builder.qr.label')} />
        </div>
        <p className="handout__privacy">{words.t('footer.privacy')}</p>
      </div>
    </section>
  );
}
