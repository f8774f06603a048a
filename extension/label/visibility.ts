/**
 * Whether the label's actions are really visible to the member of staff: Intersection Observer v2
 * (`trackVisibility`) reports false when the page dims the frame (opacity 0.01), transforms or filters
 * it, or lays anything over it, so a page cannot trick a click on "Start a request". Browsers without
 * v2 (Firefox) report true: the actions then rely on living in the extension's own frame.
 */
export function watchVisibility(target: Element, onChange: (visible: boolean) => void): () => void {
  const supported = 'isVisible' in IntersectionObserverEntry.prototype;
  if (!supported) {
    onChange(true);
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
      onChange(last.isVisible === true);
    },
    { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return () => observer.disconnect();
}
