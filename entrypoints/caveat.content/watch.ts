/** Quiet time before a rescan, so a burst of DOM changes (a framework render, a comment list loading) costs one scan. */
const DEBOUNCE_MS = 400;

const isOwn = (node: Node) => node.nodeName.startsWith('CAVEAT-') || !!node.parentElement?.closest('caveat-popover');

/** Did the page itself change text (not just attributes, not Caveat's own nodes)? */
function pageChangedText(records: MutationRecord[]): boolean {
  return records.some((r) => {
    if (r.type === 'characterData') return !isOwn(r.target);
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.some((n) => !isOwn(n) && (n.nodeType === 3 || (n.textContent ?? '').trim() !== ''));
  });
}

/**
 * Calls `rescan` after the page adds or changes text (late comments, infinite
 * scroll, single-page navigation, re-renders). `pause` wraps Caveat's own DOM
 * work so it never triggers a rescan.
 */
export function watchPage(root: Node, rescan: () => void, signal: AbortSignal): { pause<T>(work: () => T): T } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (!pageChangedText(records)) return;
    clearTimeout(timer);
    timer = setTimeout(rescan, DEBOUNCE_MS);
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(root, options);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
  return {
    pause(work) {
      observer.disconnect();
      try {
        return work();
      } finally {
        observer.takeRecords();
        if (!signal.aborted) observer.observe(root, options);
      }
    },
  };
}
