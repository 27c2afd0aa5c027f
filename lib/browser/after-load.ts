/**
 * Runs `task` once the page has loaded and the main thread is idle (or `timeoutMs` after load at
 * the latest), so work nobody waits for never competes with the page's own start-up.
 */
export function afterLoadWhenIdle(task: () => void, timeoutMs: number): void {
  const whenIdle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(task, { timeout: timeoutMs })
      : setTimeout(task, 0);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
