import { describe, expect, it } from 'vitest';
import { viewFromParams, viewToParams } from './view';

describe('the index view in the address', () => {
  it('reads level, period and unit, region by default', () => {
    expect(viewFromParams(new URLSearchParams('')).view).toEqual({ level: 'region' });
    expect(
      viewFromParams(
        new URLSearchParams('level=facility&from=2024-01-01&to=2024-12-31&unit=RU-ROS'),
      ).view,
    ).toEqual({ level: 'facility', from: '2024-01-01', to: '2024-12-31', unit: 'RU-ROS' });
  });

  it('leaves out what is not a level, a day or a code, and drops a reversed end', () => {
    const read = viewFromParams(
      new URLSearchParams('level=district&from=2024-02-30&to=2023-01-01&unit=Иван Петров'),
    );
    expect(read.view).toEqual({ level: 'region', to: '2023-01-01' });
    const reversed = viewFromParams(new URLSearchParams('from=2024-05-01&to=2024-01-01'));
    expect(reversed).toEqual({ view: { level: 'region', from: '2024-05-01' }, reversed: true });
  });

  it('writes the view back, keeping the vault and leaving defaults out', () => {
    const params = viewToParams(
      { level: 'region', from: '2024-01-01' },
      new URLSearchParams('vault=v&unit=RU-ROS&level=country'),
    );
    expect(params.toString()).toBe('vault=v&from=2024-01-01');
  });
});
