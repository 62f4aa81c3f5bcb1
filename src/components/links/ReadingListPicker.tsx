import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../i18n/numbers';
import { useLinks } from '../../i18n/react';
import { formatMinutes } from '../../lib/format';
import type { ModuleSummary } from '../../links/site-links';
import { chooseItem, moveItem, totalMinutes } from '../../links/reading-list';

interface Props {
  /** Every module, in the recommended reading order. */
  modules: readonly ModuleSummary[];
  /** Slugs of the chosen modules, in the order the patient will read them. */
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

type Action = 'up' | 'down' | 'remove';

/** Where focus goes after the next render: a button of one item, or the list's heading. */
type FocusTarget = { slug: string; action: Action } | 'heading';

/**
 * Step 1: tick modules, then put them in order with Move up, Move down and Remove buttons —
 * never drag and drop alone, which keyboard and screen-reader users cannot do (WCAG 2.5.7).
 * Focus stays on the button used, even though the item moved, and a polite live region says where
 * it went ("Moved Safety to position 2 of 5"), because a moved item is otherwise silent.
 */
export function ReadingListPicker({ modules, chosen, onChange }: Props) {
  const links = useLinks();
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const bySlug = new Map(modules.map((module) => [module.slug, module]));
  const titleOf = (slug: string) => bySlug.get(slug)?.title ?? slug;
  const minutes = totalMinutes(chosen, new Map(modules.map((module) => [module.slug, module.minutes])));

  // React moves list items by re-inserting DOM nodes, which drops focus; put it back after each change.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'heading') heading.current?.focus();
    else if (target) buttons.current.get(`${target.slug}:${target.action}`)?.focus();
  }, [chosen]);

  const move = (index: number, by: -1 | 1) => {
    const slug = chosen[index]!;
    const to = index + by;
    // At either end the button stays (aria-disabled), so focus is not lost; it simply does nothing.
    if (to < 0 || to >= chosen.length) return;
    focusNext.current = { slug, action: by < 0 ? 'up' : 'down' };
    onChange(moveItem(chosen, index, to));
    setAnnouncement(
      links.t('builder.list.moved', {
        title: titleOf(slug),
        position: formatNumber(to + 1, links.language),
        count: formatNumber(chosen.length, links.language),
      }),
    );
  };

  const remove = (index: number) => {
    const slug = chosen[index]!;
    const rest = chosen.filter((candidate) => candidate !== slug);
    // The item that takes its place, else the one before it, else the heading of the (now empty) list.
    const neighbour = rest[index] ?? rest[index - 1];
    focusNext.current = neighbour ? { slug: neighbour, action: 'remove' } : 'heading';
    onChange(rest);
    setAnnouncement(links.t('builder.list.removed', { title: titleOf(slug) }));
  };

  const chooseAll = () => {
    onChange(modules.map((module) => module.slug));
    setAnnouncement(links.tPlural('builder.list.allChosen', modules.length));
  };

  const button = (slug: string, action: Action, label: string, onClick: () => void, disabled = false) => (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-disabled={disabled || undefined}
      ref={(element) => {
        const key = `${slug}:${action}`;
        if (element) buttons.current.set(key, element);
        else buttons.current.delete(key);
      }}
      onClick={onClick}
    >
      {label}
      <span className="visually-hidden"> {titleOf(slug)}</span>
    </button>
  );

  return (
    <section className="builder__step" aria-labelledby="builder-list-heading">
      <h2 id="builder-list-heading">{links.t('builder.list.heading')}</h2>
      <fieldset className="fieldset" aria-describedby="builder-list-hint">
        <legend className="field__label">{links.t('builder.list.legend')}</legend>
        <p className="field__hint" id="builder-list-hint">
          {links.t('builder.list.hint')}
        </p>
        <div className="choices choices--checkbox">
          {modules.map((module) => {
            const id = `builder-module-${module.slug}`;
            return (
              <div className="choice" key={module.slug}>
                <input
                  id={id}
                  type="checkbox"
                  className="choice__input"
                  checked={chosen.includes(module.slug)}
                  aria-describedby={`${id}-hint`}
                  onChange={(event) => onChange(chooseItem(chosen, module.slug, event.target.checked))}
                />
                <label className="choice__label" htmlFor={id}>
                  {module.title}
                </label>
                <p className="choice__hint" id={`${id}-hint`}>
                  {links.t('builder.list.meta', {
                    section: module.sectionLabel,
                    duration: formatMinutes(module.minutes, links.language),
                  })}
                </p>
              </div>
            );
          })}
        </div>
      </fieldset>
      <p>
        <button type="button" className="button button--secondary" onClick={chooseAll}>
          {links.t('builder.list.chooseAll')}
        </button>
      </p>

      <h3 id="builder-order-heading" ref={heading} tabIndex={-1}>
        {links.t('builder.list.orderHeading')}
      </h3>
      {chosen.length === 0 ? (
        <p>{links.t('builder.list.empty')}</p>
      ) : (
        <ol className="reading-order" aria-labelledby="builder-order-heading">
          {chosen.map((slug, index) => (
            <li className="reading-order__item" key={slug}>
              <span className="reading-order__title">{titleOf(slug)}</span>
              <span className="reading-order__actions">
                {button(slug, 'up', links.t('builder.list.moveUp'), () => move(index, -1), index === 0)}
                {button(
                  slug,
                  'down',
                  links.t('builder.list.moveDown'),
                  () => move(index, 1),
                  index === chosen.length - 1,
                )}
                {button(slug, 'remove', links.t('builder.list.remove'), () => remove(index))}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="builder__total">
        {links.t('builder.list.total', { duration: formatMinutes(minutes, links.language) })}
      </p>
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
    </section>
  );
}
