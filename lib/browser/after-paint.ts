/**
 * Runs `task` in a task of its own after the next frame is painted: work a tap causes that the
 * shopper does not see (the URL's query, say) then never delays the tap's visible answer.
 */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
