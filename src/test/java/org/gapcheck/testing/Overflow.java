package org.gapcheck.testing;

/**
 * The script that finds overflowing text on the page open in the browser. Two kinds: an element whose content
 * is wider than its box while the box neither scrolls nor is allowed to (overflow-x other than auto or scroll),
 * reported at the innermost such element, where the long text is; and an element that sticks out of the window
 * sideways outside any scrolling container, reported at the outermost, since everything inside it sticks out too.
 * Each offender is told by tag, id and classes, the nearest ancestor with an id, and the start of its text.
 */
final class Overflow {

    private Overflow() {
    }

    static final String SCRIPT = """
            const win = document.documentElement.clientWidth;
            const shown = 25;
            const box = [], out = [], why = new Map(), whyOut = new Map();
            const inScroller = el => {
              for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
                const o = getComputedStyle(a).overflowX;
                if (o === 'auto' || o === 'scroll') return true;
              }
              return false;
            };
            for (const el of document.body.querySelectorAll('*')) {
              if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
              if (el.getClientRects().length === 0) continue;
              const cs = getComputedStyle(el);
              if (cs.visibility === 'hidden' || cs.clip !== 'auto' || cs.clipPath !== 'none') continue;
              const scrolling = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
              if (!scrolling && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1) {
                box.push(el);
                why.set(el, 'is ' + (el.scrollWidth - el.clientWidth) + ' px wider than its box ('
                    + el.scrollWidth + ' px of content in ' + el.clientWidth + ' px) and does not scroll');
              }
              const r = el.getBoundingClientRect();
              if (r.width > 0 && (r.right > win + 1 || r.left < -1) && !inScroller(el)) {
                out.push(el);
                whyOut.set(el, 'sticks out of the ' + win + ' px window (from x ' + Math.round(r.left)
                    + ' to ' + Math.round(r.right) + ')');
              }
            }
            const outermost = out.filter(el => !out.some(o => o !== el && o.contains(el)));
            const innermost = box.filter(el => !box.some(o => o !== el && el.contains(o))
                && !outermost.some(o => el.contains(o)));
            const describe = (el, reasons) => {
              let name = '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.classList.length ? '.' + [...el.classList].join('.') : '') + '>';
              const place = el.parentElement && el.parentElement.closest('[id]');
              if (place) name += ' in #' + place.id;
              const text = (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim();
              if (text) name += ' "' + (text.length > 60 ? text.slice(0, 60) + '...' : text) + '"';
              const longest = text.split(' ').reduce((a, b) => b.length > a.length ? b : a, '');
              const hint = reasons === why && longest.length > 20 ? '; longest word: ' + longest : '';
              return name + ' ' + reasons.get(el) + hint;
            };
            const all = innermost.map(el => describe(el, why)).concat(outermost.map(el => describe(el, whyOut)));
            const page = document.documentElement.scrollWidth;
            if (all.length === 0 && page > win + 1) {
              all.push('the page is ' + page + ' px wide in a ' + win + ' px window and scrolls sideways');
            }
            return all.length > shown ? all.slice(0, shown).concat(['and ' + (all.length - shown) + ' more']) : all;
            """;
}
