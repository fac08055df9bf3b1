import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../renderer/formats/fileName';

describe('exportFileName', () => {
  it('joins readable parts with dashes and keeps letters of any script', () => {
    expect(exportFileName(['Łukasz Wałęsa', 'personal data'], 'json')).toBe(
      'Łukasz-Wałęsa-personal-data.json',
    );
  });

  it('turns folder separators and reserved characters into dashes', () => {
    const name = exportFileName(['Leipzig / Birmingham: "June" <2025>?'], 'ics');
    expect(name).toBe('Leipzig-Birmingham-June-2025.ics');
    expect(name).not.toMatch(/[/\\:"<>?*|]/);
  });

  it('falls back to a name when nothing readable is left', () => {
    expect(exportFileName(['***', ''], 'pdf')).toBe('export.pdf');
  });
});
