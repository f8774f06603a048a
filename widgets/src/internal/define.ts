/**
 * Registers a custom element once. A second registration (the script tag twice, or two versions of
 * the widgets on one page) warns instead of throwing, so the page keeps working.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`cpd-widgets: <${tag}> is already defined by another copy of the widgets; this copy is not used. Load cpd-widgets.js once per page.`);
    return;
  }
  registry.define(tag, ctor);
}
