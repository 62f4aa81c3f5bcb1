/**
 * Loads Pagefind's Component UI on demand and opens its search dialog.
 * Runs in the browser only; kept tiny because it ships on every content page.
 */

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

let ready: Promise<PagefindModalElement> | undefined;

/** Appends a classic script (Pagefind's bundle finds its own path from `document.currentScript`). */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

function loadStylesheet(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/**
 * Fetches the Component UI once, adds the dialog from `#search-dialog-template`, and opens it.
 * @param launcher the link that was used; carries the bundle path and site base as data attributes
 */
export async function openSearchDialog(launcher: HTMLElement): Promise<void> {
  ready ??= (async () => {
    const { bundle = '/pagefind/', base = '/' } = launcher.dataset;
    const template = document.querySelector<HTMLTemplateElement>('#search-dialog-template');
    if (!template) throw new Error('The search dialog template is missing.');
    const config = document.createElement('pagefind-config');
    config.setAttribute('bundle-path', bundle);
    config.setAttribute('base-url', base);
    document.body.append(config, template.content.cloneNode(true));
    loadStylesheet(`${bundle}pagefind-component-ui.css`);
    await loadScript(`${bundle}pagefind-component-ui.js`);
    await customElements.whenDefined('pagefind-modal');
    return document.querySelector('pagefind-modal') as PagefindModalElement;
  })();
  try {
    (await ready).open();
  } catch (error) {
    ready = undefined;
    throw error;
  }
}
