import { useEffect, useState } from 'react';
import type { LinkTranslator } from '../../i18n/strings';
import { buildProviderLink, type BuiltLink, type PlanDraft } from '../../links/build-link';
import type { ClinicConfig } from '../../schemas/clinic';
import type { LinkTargets } from '../../schemas/link-fragment';

/**
 * The link for what the provider has typed, rebuilt after every change. Building is asynchronous
 * (phone numbers are checked by the one phone rule, whose library loads with the first number), so
 * this is `undefined` until the first link is built, and a build that a newer change overtook is
 * dropped: the page never shows a link for an older draft once a newer one is ready.
 * @param draft what was typed; pass the same object until something changes (it is an effect dependency)
 * @param links the builder page's provider-link strings (from `useLinks()`, so the same object each render)
 */
export function useBuiltLink(
  draft: PlanDraft,
  targets: LinkTargets,
  clinic: ClinicConfig,
  links: LinkTranslator,
): BuiltLink | undefined {
  const [built, setBuilt] = useState<BuiltLink>();
  useEffect(() => {
    let latest = true;
    void buildProviderLink(draft, targets, clinic, links).then((next) => {
      if (latest) setBuilt(next);
    });
    return () => {
      latest = false;
    };
  }, [draft, targets, clinic, links]);
  return built;
}
