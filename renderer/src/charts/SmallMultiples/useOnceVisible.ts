// True once an element has come near the viewport, and from then on: a grid of many small charts
// draws only those scrolled to (a little ahead), and keeps them drawn.
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useOnceVisible<E extends Element>(): { ref: RefObject<E | null>; visible: boolean } {
  const ref = useRef<E>(null);
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return { ref, visible };
}
