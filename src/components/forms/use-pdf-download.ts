import { useCallback, useRef, useState } from 'react';
import type { UiTranslator } from '../../i18n/strings';
import type { ClinicConfig } from '../../schemas/clinic';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
import { saveFile } from './save-file';

/** What the page knows about making PDFs: from clinic.config.ts and the page's language. */
export interface PdfSettings {
  clinicName: string;
  /** `clinic.country`: how phone numbers without a +code are read. */
  country: string;
  pageSize: 'letter' | 'a4';
  /** The page's translator: the PDF's own words and its `/Lang`, and the form's messages. */
  ui: UiTranslator;
  /** For the chaperone card's look-in log: `protocol.sessionLengthHours.max`. */
  sessionLengthHoursMax: number;
  /** For the chaperone card's look-in log: `protocol.lookInIntervalMinutes`. */
  lookInIntervalMinutes: number;
  /** The whole config these came from, for what a card works out from it (the dosing-day timeline). */
  config: ClinicConfig;
}

/**
 * The PDF settings from a clinic config (the clinic's own, or with a provider link's overrides).
 * @param ui the page's translator (`useUi()` below the island's provider)
 */
export function pdfSettings(config: ClinicConfig, ui: UiTranslator): PdfSettings {
  return {
    clinicName: config.clinic.name,
    country: config.clinic.country,
    pageSize: config.pdf.pageSize,
    ui,
    // The card's look-in log has one row per look-in over the longest session.
    sessionLengthHoursMax: config.protocol.sessionLengthHours.max,
    lookInIntervalMinutes: config.protocol.lookInIntervalMinutes,
    config,
  };
}

/** Where making the PDF has got to, for the panel under the form. */
export type DownloadState =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'made'; fileName: string }
  | { kind: 'undrawable'; characters: string[] }
  | { kind: 'failed' };

interface MadePdf {
  bytes: Uint8Array;
  fileName: string;
}

/** Hands the PDF to the browser as a download; nothing is sent anywhere. */
const save = ({ bytes, fileName }: MadePdf) => saveFile(bytes, fileName, 'application/pdf');

/**
 * Makes the worksheet PDF on this device and downloads it. pdf-lib and fonts are imported here,
 * on first use, so they are not part of the page's initial JavaScript; the clinic's logo for the
 * PDF's pages (`config.brand.logoSrc`) is fetched only then too (src/pdf/brand-logo.ts). When some characters
 * cannot be drawn, the patient is told first and chooses whether to download anyway.
 */
export function usePdfDownload(definition: WorksheetDefinition, settings: PdfSettings) {
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  const pending = useRef<MadePdf | undefined>(undefined);
  const busy = useRef(false);

  /** Shows "could not be made" (console gets the error): making failed, or something before it did (loading validation). */
  const fail = useCallback((error: unknown) => {
    console.error(error);
    pending.current = undefined;
    setState({ kind: 'failed' });
  }, []);

  const make = useCallback(
    async (answers: WorksheetAnswers) => {
      if (busy.current) return;
      busy.current = true;
      setState({ kind: 'making' });
      try {
        const { makeWorksheetPdf } = await import('./make-pdf');
        const result = await makeWorksheetPdf(definition, answers, settings);
        if (result.undrawable.length > 0) {
          pending.current = result;
          setState({ kind: 'undrawable', characters: result.undrawable });
          return;
        }
        save(result);
        setState({ kind: 'made', fileName: result.fileName });
      } catch (error) {
        fail(error);
      } finally {
        busy.current = false;
      }
    },
    [definition, settings, fail],
  );

  const saveAnyway = useCallback(() => {
    if (!pending.current) return;
    save(pending.current);
    setState({ kind: 'made', fileName: pending.current.fileName });
    pending.current = undefined;
  }, []);

  const clear = useCallback(() => {
    pending.current = undefined;
    setState({ kind: 'idle' });
  }, []);

  return { state, make, saveAnyway, clear, fail };
}
