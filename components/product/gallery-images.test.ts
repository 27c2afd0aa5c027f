import { describe, expect, it } from 'vitest';
import { colorGalleryCss } from './gallery-images';

describe('the colour gallery stylesheet', () => {
  it('shows the default gallery until a colour is checked, then the checked colour’s', () => {
    const css = colorGalleryCss(['navy', 'sand']);
    expect(css).toContain('[data-color-gallery]{display:none}');
    expect(css).toContain('[data-default-gallery]{display:flex}');
    expect(css).toContain(
      'main:has(input[name="color"][value="sand"]:checked) [data-color-gallery="sand"]{display:flex}',
    );
  });

  it('leaves out a value that is not a plain slug rather than write it into a selector', () => {
    const css = colorGalleryCss(['navy', 'x"]{}body{display:none']);
    expect(css).not.toContain('body');
    expect(css.split('\n')).toHaveLength(4);
  });
});
