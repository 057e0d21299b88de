// The floor of an interaction: the same change of the page, made without the app.
//
// The app's page is copied twice as static HTML (scripts removed): before the
// interaction and after it. The floor page is the "before" copy with a listener
// that, on the same input event, makes exactly the DOM changes that turn it into
// the "after" copy (attributes and texts where the structure is the same, the
// inner HTML of the smallest element whose children differ otherwise), and back
// on the next repetition. What the timer then measures is what the browser
// itself needs for this input and this change of the page: input dispatch,
// style, layout, paint and the wait for the frame. No implementation of the same
// screen can be faster, so it is the physical limit the app is compared with.

/** In the app's page: the document as static HTML, without scripts. */
export function snapshot() {
  const copy = document.documentElement.cloneNode(true);
  copy.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((e) => e.remove());
  return '<!DOCTYPE html>\n' + copy.outerHTML;
}

/**
 * In the floor page: prepares the changes from this document to `after` (HTML)
 * and makes them, alternately forwards and back, at each `trigger` event.
 * Returns how many changes it found (0 means the copies were the same).
 */
export function installReplay([after, trigger]) {
  const target = new DOMParser().parseFromString(after, 'text/html').documentElement;
  const ops = [];
  const plan = (live, want) => {
    const names = new Set([...live.getAttributeNames(), ...want.getAttributeNames()]);
    for (const n of names) {
      const a = live.getAttribute(n), b = want.getAttribute(n);
      if (a !== b) ops.push({ kind: 'attr', el: live, n, a, b });
    }
    const have = [...live.childNodes], next = [...want.childNodes];
    const same = have.length === next.length && have.every((c, i) =>
      c.nodeType === next[i].nodeType && (c.nodeType !== 1 || c.tagName === next[i].tagName));
    if (!same) {
      ops.push({ kind: 'html', el: live, a: live.innerHTML, b: want.innerHTML });
      return;
    }
    have.forEach((c, i) => {
      if (c.nodeType === 3 && c.data !== next[i].data) ops.push({ kind: 'text', node: c, a: c.data, b: next[i].data });
      else if (c.nodeType === 1) plan(c, next[i]);
    });
  };
  plan(document.documentElement, target);
  let forward = true;
  addEventListener(trigger, () => {
    const side = forward ? 'b' : 'a';
    for (const op of ops) {
      const v = op[side];
      if (op.kind === 'text') op.node.data = v;
      else if (op.kind === 'html') op.el.innerHTML = v;
      else if (v === null) op.el.removeAttribute(op.n);
      else op.el.setAttribute(op.n, v);
    }
    forward = !forward;
    window.__replays = (window.__replays ?? 0) + 1;
  }, { capture: true });
  return ops.length;
}
